@testable import EntityGraph
import Testing

@Suite("Scorer")
struct ScorerTests {
    @Test("exact span and type")
    func exactMatching() {
        var scorer = Scorer()
        let gold = [Annotation(start: 0, end: 5, type: "PERSON"), Annotation(start: 10, end: 15, type: "ORG"),
                    Annotation(start: 20, end: 25, type: "PLACE")]
        let predicted = [Annotation(start: 0, end: 5, type: "PERSON"),   // right
                         Annotation(start: 10, end: 14, type: "ORG"),    // wrong span
                         Annotation(start: 20, end: 25, type: "COUNTRY")] // wrong type
        scorer.add(predicted: predicted, gold: gold)
        #expect(scorer.overall == Scorer.Counts(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(abs(scorer.overall.precision - 1.0 / 3) < 1e-12)
        #expect(abs(scorer.overall.recall - 1.0 / 3) < 1e-12)
        #expect(scorer.byType["PERSON"]?.f1 == 1)
        #expect(scorer.byType["COUNTRY"] == Scorer.Counts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(scorer.table().contains("ALL           1     2     2   0.333   0.333   0.333"))
    }

    @Test("empty predictions give zero, not NaN")
    func empty() {
        var scorer = Scorer()
        scorer.add(predicted: [], gold: [Annotation(start: 0, end: 1, type: "ORG")])
        #expect(scorer.overall.precision == 0 && scorer.overall.f1 == 0)
    }
}
