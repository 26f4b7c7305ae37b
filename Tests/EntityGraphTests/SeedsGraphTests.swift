import Foundation
import Testing
@testable import EntityGraph

/// The end-to-end graph of seeds/ with the fixture gazetteers: text -> extraction -> graph -> JSON.
@Suite struct SeedsGraphTests {
    static func seedsGraph(window: Window = .sentence) throws -> CooccurrenceGraph {
        var pipeline = Pipeline(gazetteer: CompiledGazetteer(try Gazetteer(directory: Paths.fixtureGazetteers)))
        pipeline.keepsSentenceTexts = true
        var builder = CooccurrenceGraphBuilder(window: window)
        let reader = CorpusReader()
        for file in try reader.files(for: [Paths.root + "/seeds"]) {
            for document in try reader.documents(in: file).documents { builder.add(pipeline.extract(document).result) }
        }
        return builder.graph()
    }

    @Test func matchesTheGoldenGraph() throws {
        try Golden.check(JSONWriter().render(try Self.seedsGraph())[0], against: "seeds.json")
    }

    /// What `entitygraph explain "Jean-Yves Le Drian" "Ashton Carter" seeds/` prints: every supporting sentence names both.
    @Test func evidenceOfLeDrianAndCarterNamesBoth() throws {
        let graph = try Self.seedsGraph()
        let edge = try #require(graph.edge("Jean-Yves Le Drian", "Ashton Carter"))
        #expect(edge.count == edge.evidence.count)
        #expect(edge.count >= 1)
        let example = try #require(edge.example)
        #expect(example.contains("Le Drian") && example.contains("Carter"))
        #expect(edge.evidence.allSatisfy { $0.sentences.count == 1 })
    }

    @Test(arguments: [Window.sentence, .paragraph, .document, .tokens(20)])
    func widerWindowsNeverLoseSentencePairs(window: Window) throws {
        let sentence = try Self.seedsGraph()
        let other = try Self.seedsGraph(window: window)
        #expect(other.nodes.map(\.id) == sentence.nodes.map(\.id))
        if window != .tokens(20) {
            for edge in sentence.edges {
                #expect(other.edgeIndex(between: edge.source, and: edge.target) != nil)
            }
        }
    }
}
