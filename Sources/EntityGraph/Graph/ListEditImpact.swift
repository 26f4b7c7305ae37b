/// What a change to the lists does to a corpus: the mentions gained and lost, the entities and edges that appear or vanish.
///
/// Built from two extraction runs of the same documents (lists as they are,
/// lists as edited), for `gazetteer add|remove --dry-run`. It compares
/// results, never text: the caller passes each mention's surface form.
public struct ListEditImpact: Sendable {
    /// One document's extraction with the text each mention covers (same order as `result.mentions`).
    public struct Run: Sendable {
        /// The extraction.
        public var result: ExtractionResult
        /// The covered text of each mention.
        public var surfaces: [String]

        /// Pairs a result with its mentions' surfaces.
        public init(result: ExtractionResult, surfaces: [String]) {
            self.result = result
            self.surfaces = surfaces
        }
    }

    /// A mention in one run and not (with this entity) in the other.
    public struct MentionChange: Sendable, Equatable {
        /// The document's id.
        public var document: String
        /// The text covered.
        public var surface: String
        /// Type and entity id.
        public var type: EntityType
        /// The entity's id.
        public var entityID: String
        /// The rule that found it.
        public var rule: String
    }

    /// An entity (node) or a co-occurrence (edge) present in one graph only.
    public struct GraphChange: Sendable, Equatable {
        /// `PERSON 'Ashton Carter' (local:person/ashton-carter)` or `A -- B`.
        public var label: String
        /// Mentions (nodes) or co-occurrences (edges).
        public var count: Int
    }

    /// Mentions found only with the edited lists, in document and text order.
    public private(set) var gained: [MentionChange] = []
    /// Mentions found only with the current lists.
    public private(set) var lost: [MentionChange] = []
    /// Entities only in the edited graph.
    public private(set) var appearing: [GraphChange] = []
    /// Entities only in the current graph.
    public private(set) var vanishing: [GraphChange] = []
    /// Edges only in the edited graph.
    public private(set) var newEdges: [GraphChange] = []
    /// Edges only in the current graph.
    public private(set) var lostEdges: [GraphChange] = []

    /// Compares the runs `before` and `after` of the same documents, building both graphs with `window`.
    public init(before: [Run], after: [Run], window: Window = .sentence) {
        for (old, new) in zip(before, after) {
            func changes(_ run: Run, missingFrom other: Run) -> [MentionChange] {
                let keys = Set(other.result.mentions.map { ListEditImpact.key($0) })
                return zip(run.result.mentions, run.surfaces).filter { !keys.contains(ListEditImpact.key($0.0)) }.map {
                    MentionChange(document: run.result.documentID, surface: $0.1, type: $0.0.type, entityID: $0.0.entityID, rule: $0.0.rule)
                }
            }
            gained += changes(new, missingFrom: old)
            lost += changes(old, missingFrom: new)
        }
        var oldBuilder = CooccurrenceGraphBuilder(window: window), newBuilder = CooccurrenceGraphBuilder(window: window)
        before.forEach { oldBuilder.add($0.result) }
        after.forEach { newBuilder.add($0.result) }
        let oldGraph = oldBuilder.graph(), newGraph = newBuilder.graph()
        (appearing, vanishing) = ListEditImpact.difference(ListEditImpact.nodes(oldGraph), ListEditImpact.nodes(newGraph))
        (newEdges, lostEdges) = ListEditImpact.difference(ListEditImpact.edges(oldGraph), ListEditImpact.edges(newGraph))
    }

    /// Whether the edit changes nothing on the corpus.
    public var isEmpty: Bool {
        gained.isEmpty && lost.isEmpty && appearing.isEmpty && vanishing.isEmpty && newEdges.isEmpty && lostEdges.isEmpty
    }

    /// The report for people: counts first, then each change (at most `limit` lines per section).
    public func rendered(limit: Int = 20) -> String {
        if isEmpty { return "No change on this corpus: no mention gained or lost, no entity or edge appears or vanishes.\n" }
        var out = "On this corpus the change would give: \(gained.count) mention(s) gained, \(lost.count) lost; "
            + "\(appearing.count) entit\(appearing.count == 1 ? "y appears" : "ies appear"), \(vanishing.count) vanish; "
            + "\(newEdges.count) edge(s) appear, \(lostEdges.count) vanish.\n"
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\n\(title) (\(lines.count)):\n"
            for line in lines.prefix(limit) { out += "  \(line)\n" }
            if lines.count > limit { out += "  ... and \(lines.count - limit) more\n" }
        }
        section("Mentions gained", ListEditImpact.grouped(gained))
        section("Mentions lost", ListEditImpact.grouped(lost))
        section("Entities appearing", appearing.map { "\($0.label): \($0.count) mention(s)" })
        section("Entities vanishing", vanishing.map { "\($0.label): \($0.count) mention(s)" })
        section("Edges appearing", newEdges.map { "\($0.label): \($0.count) co-occurrence(s)" })
        section("Edges vanishing", lostEdges.map { "\($0.label): \($0.count) co-occurrence(s)" })
        return out
    }

    /// One line per surface, type, entity and rule, in first-seen order: `'Mossoul' PLACE geonames:99072 [gazetteer]: 9 in 3 document(s)`.
    static func grouped(_ changes: [MentionChange]) -> [String] {
        var order: [String] = [], counts: [String: (mentions: Int, documents: [String])] = [:]
        for change in changes {
            let line = "'\(change.surface)' \(change.type.rawValue) \(change.entityID) [\(change.rule)]"
            if counts[line] == nil { order.append(line); counts[line] = (0, []) }
            counts[line]!.mentions += 1
            if counts[line]!.documents.last != change.document { counts[line]!.documents.append(change.document) }
        }
        return order.map { line in
            let c = counts[line]!
            return line + ": \(c.mentions) in \(c.documents.count == 1 ? c.documents[0] : "\(c.documents.count) documents")"
        }
    }

    // MARK: - Keys

    private static func key(_ mention: Mention) -> String {
        "\(mention.span.start):\(mention.span.end):\(mention.type.rawValue):\(mention.entityID):\(mention.isDemonym)"
    }

    private static func nodes(_ graph: CooccurrenceGraph) -> [(key: String, change: GraphChange)] {
        graph.nodes.map { ($0.id, GraphChange(label: "\($0.type.rawValue) '\($0.label)' (\($0.id))", count: $0.mentions)) }
    }

    private static func edges(_ graph: CooccurrenceGraph) -> [(key: String, change: GraphChange)] {
        graph.edges.map { edge in
            let a = graph.nodes[edge.source], b = graph.nodes[edge.target]
            let (x, y) = a.id < b.id ? (a, b) : (b, a)
            return (x.id + "\u{1}" + y.id, GraphChange(label: "'\(x.label)' -- '\(y.label)'", count: edge.count))
        }
    }

    /// The items only in `new`, then only in `old`, each in its graph's order.
    private static func difference(_ old: [(key: String, change: GraphChange)], _ new: [(key: String, change: GraphChange)])
        -> ([GraphChange], [GraphChange]) {
        let oldKeys = Set(old.map(\.key)), newKeys = Set(new.map(\.key))
        return (new.filter { !oldKeys.contains($0.key) }.map(\.change), old.filter { !newKeys.contains($0.key) }.map(\.change))
    }
}
