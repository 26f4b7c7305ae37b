/// Accumulates extraction results, in document order, into a co-occurrence graph.
public struct CooccurrenceGraphBuilder: Sendable {
    /// The counting window.
    public let window: Window
    /// Whether demonyms count as mentions of their country.
    public let includeDemonyms: Bool

    private var nodeIndex: [String: Int] = [:]
    private var nodes: [CooccurrenceGraph.Node] = []
    private var edgeIndex: [UInt64: Int] = [:]
    private var edges: [CooccurrenceGraph.Edge] = []

    /// Creates an empty builder.
    public init(window: Window = .sentence, includeDemonyms: Bool = false) {
        self.window = window
        self.includeDemonyms = includeDemonyms
    }

    /// Adds one document's mentions.
    public mutating func add(_ result: ExtractionResult) {
        var documentNodes: [Int] = []
        var seenInDocument = Set<Int>()
        var windows: [Int: [Int]] = [:]
        var windowOrder: [Int] = []
        for mention in result.mentions where includeDemonyms || !mention.isDemonym {
            let node = node(for: mention)
            nodes[node].mentions += 1
            if seenInDocument.insert(node).inserted { documentNodes.append(node); nodes[node].documents += 1 }
            let key: Int
            switch window {
            case .sentence: key = mention.sentence
            case .paragraph: key = Int(result.paragraphOfSentence[mention.sentence])
            case .document: key = 0
            }
            if windows[key] == nil { windowOrder.append(key) }
            if !(windows[key]?.contains(node) ?? false) { windows[key, default: []].append(node) }
        }
        var pairsInDocument = Set<UInt64>()
        for key in windowOrder {
            let members = windows[key]!.sorted()
            for i in 0..<members.count {
                for j in (i + 1)..<members.count {
                    let pair = UInt64(members[i]) << 32 | UInt64(members[j])
                    let index: Int
                    if let existing = edgeIndex[pair] { index = existing } else {
                        index = edges.count
                        edgeIndex[pair] = index
                        edges.append(CooccurrenceGraph.Edge(source: members[i], target: members[j], count: 0, documents: 0))
                    }
                    edges[index].count += 1
                    if pairsInDocument.insert(pair).inserted { edges[index].documents += 1 }
                }
            }
        }
    }

    private mutating func node(for mention: Mention) -> Int {
        if let index = nodeIndex[mention.entityID] { return index }
        nodeIndex[mention.entityID] = nodes.count
        nodes.append(CooccurrenceGraph.Node(id: mention.entityID, label: mention.canonical, type: mention.type, mentions: 0, documents: 0))
        return nodes.count - 1
    }

    /// The graph so far.
    public func graph() -> CooccurrenceGraph {
        CooccurrenceGraph(window: window, nodes: nodes,
                          edges: edges.sorted { ($0.source, $0.target) < ($1.source, $1.target) })
    }
}
