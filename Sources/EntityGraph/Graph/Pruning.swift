/// Which nodes and edges to keep, applied in a fixed order (Decision 0204):
///
/// 1. `types`; 2. edges whose weight is not positive (Gephi drops weight 0),
/// then `minimumCount` and `minimumWeight`; 3. the disparity-filter backbone;
/// 4. the ego network; 5. `topNodes` by mentions (the ego centre always stays);
/// 6. `topEdges` by weight; 7. isolated nodes, when asked.
/// Measures are those of the whole corpus: pruning never changes them.
public struct Pruning: Sendable, Equatable {
    /// Entity types to keep (nil: all).
    public var types: Set<EntityType>?
    /// Smallest count an edge needs.
    public var minimumCount: Int
    /// Smallest weight an edge needs (nil: any positive weight).
    public var minimumWeight: Double?
    /// Significance level of the disparity filter (nil: no backbone).
    public var backboneAlpha: Double?
    /// Id of the node whose ego network is kept (nil: whole graph).
    public var egoID: String?
    /// Hops from the ego centre.
    public var egoDepth: Int
    /// Number of nodes with most mentions to keep (nil: all).
    public var topNodes: Int?
    /// Number of heaviest edges to keep (nil: all).
    public var topEdges: Int?
    /// Whether nodes left without edges are removed.
    public var dropsIsolatedNodes: Bool

    /// Creates a pruning; the defaults keep everything.
    public init(types: Set<EntityType>? = nil, minimumCount: Int = 1, minimumWeight: Double? = nil, backboneAlpha: Double? = nil,
                egoID: String? = nil, egoDepth: Int = 1, topNodes: Int? = nil, topEdges: Int? = nil,
                dropsIsolatedNodes: Bool = false) {
        self.types = types
        self.minimumCount = minimumCount
        self.minimumWeight = minimumWeight
        self.backboneAlpha = backboneAlpha
        self.egoID = egoID
        self.egoDepth = egoDepth
        self.topNodes = topNodes
        self.topEdges = topEdges
        self.dropsIsolatedNodes = dropsIsolatedNodes
    }
}
