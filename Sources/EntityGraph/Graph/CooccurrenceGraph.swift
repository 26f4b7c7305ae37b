/// An undirected, weighted graph of entities that appear in the same window.
///
/// Nodes are kept in order of first appearance (documents in input order), edges
/// sorted by their endpoints' indices: the same input always gives the same graph.
public struct CooccurrenceGraph: Sendable, Equatable {
    /// An entity of the graph.
    public struct Node: Sendable, Equatable {
        /// Gazetteer id or derived id.
        public var id: String
        /// Display name (the canonical name).
        public var label: String
        /// Entity type.
        public var type: EntityType
        /// Number of mentions.
        public var mentions: Int
        /// Number of documents that mention it.
        public var documents: Int

        /// Creates a node.
        public init(id: String, label: String, type: EntityType, mentions: Int, documents: Int) {
            self.id = id
            self.label = label
            self.type = type
            self.mentions = mentions
            self.documents = documents
        }
    }

    /// Two entities that appear together; `source < target`.
    public struct Edge: Sendable, Equatable {
        /// Index of the first node.
        public var source: Int
        /// Index of the second node.
        public var target: Int
        /// Number of windows holding both.
        public var count: Int
        /// Number of documents holding both in one window.
        public var documents: Int

        /// Creates an edge.
        public init(source: Int, target: Int, count: Int, documents: Int) {
            self.source = source
            self.target = target
            self.count = count
            self.documents = documents
        }
    }

    /// The window used to count co-occurrences.
    public var window: Window
    /// Nodes in order of first appearance.
    public var nodes: [Node]
    /// Edges sorted by (source, target).
    public var edges: [Edge]

    /// Creates a graph from parts built elsewhere (tests, filters).
    public init(window: Window, nodes: [Node], edges: [Edge]) {
        self.window = window
        self.nodes = nodes
        self.edges = edges
    }
}
