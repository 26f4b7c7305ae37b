import Foundation
import Testing
@testable import EntityGraph

@Suite struct MeasureTests {
    /// A graph of two nodes holding c(a), c(b) windows, c(a,b) together, among W.
    static func pair(a: Int, b: Int, both: Int, windows: Int) -> CooccurrenceGraph {
        CooccurrenceGraph(window: .sentence, documentIDs: ["d"], windowCount: windows,
                          nodes: [.init(id: "a", label: "A", type: .person, mentions: a, documents: 1, windows: a),
                                  .init(id: "b", label: "B", type: .person, mentions: b, documents: 1, windows: b)],
                          edges: [.init(source: 0, target: 1, count: both, documents: 1)])
    }

    /// One case: the window counts and the measures worked out by hand from the formulas of `Measure`.
    struct Row: Sendable, CustomTestStringConvertible {
        var a: Int, b: Int, both: Int, windows: Int
        var jaccard: Double, dice: Double, pmi: Double, npmi: Double
        var testDescription: String { "c(a)=\(a) c(b)=\(b) c(a,b)=\(both) W=\(windows)" }
    }

    static let rows: [Row] = [
        // Jaccard 2/4, Dice 4/6, PMI log2(20/8), NPMI log2(2.5) / -log2(2/10).
        Row(a: 4, b: 2, both: 2, windows: 10, jaccard: 0.5, dice: 2.0 / 3, pmi: log2(2.5), npmi: log2(2.5) / log2(5)),
        // Independence: p(a,b) = p(a) p(b) gives PMI 0 and NPMI 0.
        Row(a: 2, b: 2, both: 1, windows: 4, jaccard: 1.0 / 3, dice: 0.5, pmi: 0, npmi: 0),
        // Less often together than by chance: negative PMI.
        Row(a: 5, b: 5, both: 1, windows: 10, jaccard: 1.0 / 9, dice: 0.2, pmi: log2(0.4), npmi: log2(0.4) / log2(10)),
        // Always together: NPMI 1 (the formula's limit, 0/0 when W = c(a,b)).
        Row(a: 3, b: 3, both: 3, windows: 3, jaccard: 1, dice: 1, pmi: 0, npmi: 1),
        Row(a: 3, b: 3, both: 3, windows: 6, jaccard: 1, dice: 1, pmi: 1, npmi: 1),
    ]

    @Test(arguments: rows)
    func computesEveryMeasure(row: Row) {
        let graph = Self.pair(a: row.a, b: row.b, both: row.both, windows: row.windows)
        let edge = graph.edges[0]
        #expect(graph.value(.count, of: edge) == Double(row.both))
        #expect(graph.value(.documents, of: edge) == 1)
        #expect(abs(graph.value(.jaccard, of: edge) - row.jaccard) < 1e-12)
        #expect(abs(graph.value(.dice, of: edge) - row.dice) < 1e-12)
        #expect(abs(graph.value(.pmi, of: edge) - row.pmi) < 1e-12)
        #expect(abs(graph.value(.npmi, of: edge) - row.npmi) < 1e-12)
    }

    @Test(arguments: Measure.allCases)
    func weightIsTheChosenMeasure(measure: Measure) {
        var graph = Self.pair(a: 4, b: 2, both: 2, windows: 10)
        graph.measure = measure
        #expect(graph.weight(of: graph.edges[0]) == graph.value(measure, of: graph.edges[0]))
    }
}
