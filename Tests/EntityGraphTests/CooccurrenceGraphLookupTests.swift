import Testing
@testable import EntityGraph

@Suite struct CooccurrenceGraphLookupTests {
    static let graph = CooccurrenceGraph(window: .sentence, documentIDs: [], windowCount: 0, nodes: [
        .init(id: "eg:person/jean-yves-le-drian", label: "Jean-Yves Le Drian", type: .person, mentions: 1, documents: 1, windows: 1),
        .init(id: "geonames:4140963", label: "Washington", type: .place, mentions: 1, documents: 1, windows: 1),
        .init(id: "local:person/washington", label: "Washington", type: .person, mentions: 1, documents: 1, windows: 1),
        .init(id: "iso:US", label: "États-Unis", type: .country, mentions: 1, documents: 1, windows: 1),
    ], edges: [])
    static let aliases = [(form: "Le Drian", id: "eg:person/jean-yves-le-drian"), (form: "USA", id: "iso:US")]

    @Test(arguments: [
        ("Jean-Yves Le Drian", 0), ("jean-yves le drian", 0), ("JEAN-YVES LE DRIAN", 0), ("Le Drian", 0),
        ("eg:person/jean-yves-le-drian", 0), ("geonames:4140963", 1), ("Etats-Unis", 3), ("usa", 3),
    ])
    func findsNodesByIDNameOrAlias(query: String, expected: Int) throws {
        #expect(try Self.graph.node(named: query, aliases: Self.aliases) == expected)
    }

    @Test func reportsAmbiguousNames() {
        #expect(throws: GraphError.ambiguousEntity(query: "Washington", candidates: [
            "Washington (PLACE, geonames:4140963)", "Washington (PERSON, local:person/washington)"])) {
            try Self.graph.node(named: "Washington")
        }
    }

    @Test(arguments: [("Le Drain", ["Jean-Yves Le Drian"]), ("Etats", ["États-Unis"]), ("Zanzibar", [])])
    func suggestsCloseNames(query: String, suggestions: [String]) {
        #expect(throws: GraphError.unknownEntity(query: query, suggestions: suggestions)) {
            try Self.graph.node(named: query, aliases: Self.aliases.filter { $0.form != "Le Drian" })
        }
    }
}
