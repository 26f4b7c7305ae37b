import EntityGraph
import Foundation
import Testing

/// The segmenter against the gold co-occurrence pairs of the five seeds: two gold entities that the
/// segmentation puts in one sentence make a pair; ../shared/eval/edges.json lists the expected pairs.
@Suite struct TextSeedSegmentationTests {
    struct Pair: Hashable, Comparable, CustomStringConvertible {
        var document: String
        var a: String
        var b: String
        static func < (l: Pair, r: Pair) -> Bool { (l.document, l.a, l.b) < (r.document, r.a, r.b) }
        var description: String { "\(document): \(a) + \(b)" }
    }

    /// Gold entities of each seed: (code point start, canonical name).
    static func gold(_ shared: URL) throws -> [(id: String, entities: [(start: Int, canonical: String)])] {
        let lines = try String(contentsOf: shared.appendingPathComponent("eval/seeds.gold.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        return try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let entities = try #require(object["entities"] as? [[String: Any]])
            return (object["id"] as! String, entities.map { ($0["start"] as! Int, $0["canonical"] as! String) })
        }
    }

    /// The pairs of gold entities that fall in one sentence of the analyzed seeds.
    static func predictedPairs(_ shared: URL) throws -> Set<Pair> {
        var pairs = Set<Pair>()
        for (id, entities) in try gold(shared) {
            let text = try String(contentsOf: shared.appendingPathComponent("seeds/\(id).txt"), encoding: .utf8)
            let analyzed = AnalyzedText(text, lexicon: Lexicon())
            // Code point offset -> byte offset.
            var byteOffsets: [Int] = []
            var offset = 0
            for scalar in text.unicodeScalars { byteOffsets.append(offset); offset += UTF8.width(scalar) }
            byteOffsets.append(offset)
            var bySentence: [Int: Set<String>] = [:]
            for entity in entities {
                let byte = byteOffsets[entity.start]
                let token = try #require(analyzed.tokens.firstIndex { $0.span.end > byte })
                bySentence[Int(analyzed.sentenceOfToken[token]), default: []].insert(entity.canonical)
            }
            for names in bySentence.values {
                let sorted = names.sorted()
                for i in sorted.indices { for j in sorted.indices where j > i { pairs.insert(Pair(document: id, a: sorted[i], b: sorted[j])) } }
            }
        }
        return pairs
    }

    static func expectedPairs(_ shared: URL) throws -> Set<Pair> {
        let data = try Data(contentsOf: shared.appendingPathComponent("eval/edges.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [[String]]])
        return Set(object.flatMap { id, pairs in pairs.map { Pair(document: id, a: min($0[0], $0[1]), b: max($0[0], $0[1])) } })
    }

    @Test(.enabled(if: CorpusFixtures.shared != nil, "needs ../shared/eval"))
    func goldPairsInOneSentenceMatchTheExpectedEdges() throws {
        let shared = try #require(CorpusFixtures.shared)
        let predicted = try Self.predictedPairs(shared)
        let expected = try Self.expectedPairs(shared)
        let common = predicted.intersection(expected).count
        let recall = Double(common) / Double(expected.count)
        let precision = Double(common) / Double(predicted.count)
        print("seed sentence pairs: \(common) of \(expected.count) expected pairs found (recall \(recall)), "
              + "\(predicted.count - common) extra (precision \(precision))")
        for pair in expected.subtracting(predicted).sorted() { print("  missing: \(pair)") }
        for pair in predicted.subtracting(expected).sorted() { print("  extra:   \(pair)") }
        #expect(recall >= 0.98)
        #expect(precision >= 0.98)
    }
}
