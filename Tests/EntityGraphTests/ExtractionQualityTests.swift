@testable import EntityGraph
import Foundation
import Testing

/// Guards the figures of Documentation/Quality.md on the seeds (skipped when ../shared is absent).
@Suite("Extraction quality on the seeds", .enabled(if: Fixtures.shared != nil))
struct ExtractionQualityTests {
    @Test("seeds: exact F1 >= 0.95 and precision >= 0.97 with the shipped lists")
    func seeds() throws {
        let shared = try #require(Fixtures.shared)
        let standard = try GoldStandard(contentsOf: shared + "/eval/seeds.gold.jsonl")
        let pipeline = try Pipeline(gazetteers: Fixtures.repository + "/gazetteers")
        var scorer = Scorer()
        for id in standard.order {
            let path = Fixtures.repository + "/seeds/\(id).txt"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let (analyzed, result) = pipeline.extract(Document(id: id, text: text))
            scorer.add(predicted: result.annotations(in: analyzed), gold: standard.documents[id] ?? [], documentID: id)
        }
        #expect(scorer.overall.f1 >= 0.95, "\(scorer.table())")
        #expect(scorer.overall.precision >= 0.97, "\(scorer.table())")
    }
}
