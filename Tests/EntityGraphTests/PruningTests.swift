import Testing
@testable import EntityGraph

@Suite struct PruningTests {
    /// Nodes A..F with the given mentions and types; edges "XY:count"; every node is in 10 windows of 100.
    static func graph(_ edges: [String], measure: Measure = .count) -> CooccurrenceGraph {
        let names = ["A", "B", "C", "D", "E", "F"]
        let types: [EntityType] = [.person, .country, .org, .place, .person, .country]
        let mentions = [10, 8, 8, 3, 2, 1]
        let nodes = names.indices.map { i in
            CooccurrenceGraph.Node(id: "id:\(names[i])", label: names[i], type: types[i], mentions: mentions[i], documents: 1, windows: 10)
        }
        let parsed = edges.map { text -> CooccurrenceGraph.Edge in
            let chars = Array(text)
            let (s, t) = (names.firstIndex(of: String(chars[0]))!, names.firstIndex(of: String(chars[1]))!)
            return CooccurrenceGraph.Edge(source: min(s, t), target: max(s, t), count: Int(String(chars[3...]))!, documents: 1)
        }.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        return CooccurrenceGraph(window: .sentence, measure: measure, documentIDs: ["d"], windowCount: 100, nodes: nodes, edges: parsed)
    }

    static func summary(_ graph: CooccurrenceGraph) -> String {
        graph.nodes.map(\.label).joined() + " " + graph.edges.map { graph.nodes[$0.source].label + graph.nodes[$0.target].label }.joined(separator: ",")
    }

    static let base = ["AB:5", "AC:1", "BC:3", "CD:2", "DE:1"]

    @Test(arguments: [
        (Pruning(), "ABCDEF AB,AC,BC,CD,DE"),
        (Pruning(types: [.person, .org]), "ACE AC"),
        (Pruning(minimumCount: 2), "ABCDEF AB,BC,CD"),
        (Pruning(minimumWeight: 3), "ABCDEF AB,BC"),
        (Pruning(minimumCount: 2, dropsIsolatedNodes: true), "ABCD AB,BC,CD"),
        (Pruning(egoID: "id:D", egoDepth: 1), "CDE CD,DE"),
        (Pruning(egoID: "id:D", egoDepth: 2), "ABCDE AB,AC,BC,CD,DE"),
        (Pruning(egoID: "id:D", egoDepth: 0), "D "),
        // Top nodes by mentions; B and C tie at 8 and the first to appear wins.
        (Pruning(topNodes: 2), "AB AB"),
        // The ego centre stays whatever its mentions.
        (Pruning(egoID: "id:E", egoDepth: 1, topNodes: 1), "DE DE"),
        // Top edges by weight, ties by count then endpoint order; nodes stay unless dropped.
        (Pruning(topEdges: 2), "ABCDEF AB,BC"),
        (Pruning(topEdges: 4, dropsIsolatedNodes: true), "ABCD AB,AC,BC,CD"),
        // Order: --min-count runs before --ego, so D's ego network loses the count-1 edge to E.
        (Pruning(minimumCount: 2, egoID: "id:D", egoDepth: 5), "ABCD AB,BC,CD"),
    ])
    func prunesInOrder(pruning: Pruning, expected: String) throws {
        #expect(Self.summary(try Self.graph(Self.base).pruned(pruning)) == expected)
    }

    @Test func dropsEdgesWithoutPositiveWeight() throws {
        // Every node is in 10 of 100 windows: PMI = log2(100 c / 100) = log2(c), 0 for count 1.
        let graph = Self.graph(Self.base, measure: .pmi)
        #expect(Self.summary(try graph.pruned(Pruning())) == "ABCDEF AB,BC,CD")
    }

    @Test func refusesAnEgoRemovedEarlier() {
        #expect(throws: GraphError.self) { try Self.graph(Self.base).pruned(Pruning(types: [.person], egoID: "id:D")) }
    }

    @Test func keepsMeasuresAndEvidenceWhenPruning() throws {
        var graph = Self.graph(Self.base, measure: .jaccard)
        graph.edges[2].evidence = [.init(document: 0, sourceSentence: 3, targetSentence: 3)]
        let before = graph.value(.jaccard, of: graph.edges[2])
        let pruned = try graph.pruned(Pruning(types: [.country, .org]))
        #expect(Self.summary(pruned) == "BCF BC")
        #expect(pruned.value(.jaccard, of: pruned.edges[0]) == before)
        #expect(pruned.edges[0].evidence == graph.edges[2].evidence)
    }

    /// A hub A with one heavy edge among light ones (weights = counts).
    ///
    /// A: degree 4, strength 13. A–B: p = 10/13, (3/13)^3 = 0.012; A–C, A–D, A–E: (12/13)^3 = 0.79.
    /// B: degree 2, strength 11. A–B: (1/11)^1 = 0.091; B–C: (10/11)^1 = 0.91.
    /// C: degree 2, strength 2. B–C and A–C: (1/2)^1 = 0.5. D, E: degree 1, never significant from their side.
    @Test(arguments: [(0.05, "AB"), (0.1, "AB"), (0.6, "AB,AC,BC"), (0.95, "AB,AC,AD,AE,BC")])
    func keepsTheDisparityBackbone(alpha: Double, expected: String) {
        let graph = Self.graph(["AB:10", "AC:1", "AD:1", "AE:1", "BC:1"])
        #expect(Self.summary(graph.backbone(alpha: alpha)).split(separator: " ").last.map(String.init) == expected)
    }

    @Test(arguments: [0.0, 1.0, -0.5])
    func refusesAlphaOutsideTheUnitInterval(alpha: Double) {
        #expect(throws: GraphError.self) { try Self.graph(Self.base).pruned(Pruning(backboneAlpha: alpha)) }
    }
}
