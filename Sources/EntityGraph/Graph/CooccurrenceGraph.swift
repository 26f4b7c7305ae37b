/// An undirected graph of entities that appear in the same window, with the counts behind every edge and the evidence for it.
///
/// Nodes are kept in order of first appearance (documents in input order), edges
/// sorted by their endpoints' indices: the same input always gives the same graph.
/// Association measures are computed from the counts on demand (`value(_:of:)`),
/// so pruning never changes them.
public struct CooccurrenceGraph: Sendable, Equatable {
    /// An entity of the graph.
    public struct Node: Sendable, Equatable {
        /// Gazetteer id, or the id derived from type and canonical name.
        public var id: String
        /// Display name (the canonical name).
        public var label: String
        /// Entity type.
        public var type: EntityType
        /// Number of mentions.
        public var mentions: Int
        /// Number of documents that mention it.
        public var documents: Int
        /// Number of windows that hold it: c(a) in the measures' formulas.
        public var windows: Int
        /// Distinct dates of the documents that mention it, sorted (empty when documents have no dates).
        public var days: [CalendarDay]

        /// Creates a node.
        public init(id: String, label: String, type: EntityType, mentions: Int, documents: Int, windows: Int,
                    days: [CalendarDay] = []) {
            self.id = id
            self.label = label
            self.type = type
            self.mentions = mentions
            self.documents = documents
            self.windows = windows
            self.days = days
        }
    }

    /// One window that supports an edge: its document and the sentences holding the two entities there.
    public struct Evidence: Sendable, Equatable {
        /// Index into `documentIDs`.
        public var document: Int32
        /// Sentence holding the source entity (a sentence holding both when there is one).
        public var sourceSentence: Int32
        /// Sentence holding the target entity; equal to `sourceSentence` when one sentence holds both.
        public var targetSentence: Int32

        /// Creates evidence.
        public init(document: Int32, sourceSentence: Int32, targetSentence: Int32) {
            self.document = document
            self.sourceSentence = sourceSentence
            self.targetSentence = targetSentence
        }

        /// The distinct sentences, in text order.
        public var sentences: [Int] {
            sourceSentence == targetSentence ? [Int(sourceSentence)]
                : [Int(min(sourceSentence, targetSentence)), Int(max(sourceSentence, targetSentence))]
        }
    }

    /// Two entities that appear together; `source < target`.
    public struct Edge: Sendable, Equatable {
        /// Index of the first node.
        public var source: Int
        /// Index of the second node.
        public var target: Int
        /// Number of windows holding both: c(a,b).
        public var count: Int
        /// Number of documents holding both in one window.
        public var documents: Int
        /// Every supporting window, in document order (`count` entries).
        public var evidence: [Evidence]
        /// The text of the first supporting window's sentence(s), shortened; nil when the extraction kept no texts.
        public var example: String?
        /// Distinct dates of the supporting documents, sorted.
        public var days: [CalendarDay]

        /// Creates an edge.
        public init(source: Int, target: Int, count: Int, documents: Int, evidence: [Evidence] = [],
                    example: String? = nil, days: [CalendarDay] = []) {
            self.source = source
            self.target = target
            self.count = count
            self.documents = documents
            self.evidence = evidence
            self.example = example
            self.days = days
        }
    }

    /// The window used to count co-occurrences.
    public var window: Window
    /// The measure exported as each edge's `weight`.
    public var measure: Measure
    /// Ids of the documents read, in input order; `Evidence.document` indexes them.
    public var documentIDs: [String]
    /// Number of windows holding at least one entity: W in the measures' formulas.
    public var windowCount: Int
    /// Nodes in order of first appearance.
    public var nodes: [Node]
    /// Edges sorted by (source, target).
    public var edges: [Edge]

    /// Creates a graph from parts built elsewhere (the builder, tests).
    public init(window: Window, measure: Measure = .count, documentIDs: [String], windowCount: Int,
                nodes: [Node], edges: [Edge]) {
        self.window = window
        self.measure = measure
        self.documentIDs = documentIDs
        self.windowCount = windowCount
        self.nodes = nodes
        self.edges = edges
    }

    /// Every measure of `edge`, from the corpus counts.
    public func measures(of edge: Edge) -> EdgeMeasures {
        EdgeMeasures(pair: edge.count, documents: edge.documents, first: nodes[edge.source].windows,
                     second: nodes[edge.target].windows, windows: windowCount)
    }

    /// The value of `measure` for `edge`.
    public func value(_ measure: Measure, of edge: Edge) -> Double { measures(of: edge).value(measure) }

    /// The edge's weight: the value of the chosen `measure`.
    public func weight(of edge: Edge) -> Double { value(measure, of: edge) }

    /// Whether any node has dates (documents carried a `date`).
    public var hasDates: Bool { nodes.contains { !$0.days.isEmpty } }

    /// Ids of the first `limit` distinct documents that support `edge`, in document order.
    public func evidenceDocuments(of edge: Edge, limit: Int) -> [String] {
        var result: [String] = []
        var last: Int32 = -1
        for item in edge.evidence where item.document != last {
            last = item.document
            result.append(documentIDs[Int(item.document)])
            if result.count == limit { break }
        }
        return result
    }

    /// The index of the edge between two nodes, if any.
    public func edgeIndex(between a: Int, and b: Int) -> Int? {
        let key = (min(a, b), max(a, b))
        var low = 0, high = edges.count
        while low < high {
            let mid = (low + high) / 2
            if (edges[mid].source, edges[mid].target) < key { low = mid + 1 } else { high = mid }
        }
        return low < edges.count && edges[low].source == key.0 && edges[low].target == key.1 ? low : nil
    }
}
