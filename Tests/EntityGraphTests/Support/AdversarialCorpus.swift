import EntityGraph
import Foundation

/// A graph whose entity names, document ids and sentences are the adversarial names of
/// `../shared/tools/fixtures/good/adversarial.json` (quotes, `&`, `<`, backslashes, newlines, controls, emoji,
/// right-to-left text, DOT keywords, a 5,000-character label), read at test time and never committed.
enum AdversarialCorpus {
    /// The fixture's names and its edges (index pairs with a weight), or nil when ../shared is absent.
    static func fixture() throws -> (names: [String], links: [(Int, Int, Int)])? {
        guard let shared = Paths.shared else { return nil }
        let path = shared + "/tools/fixtures/good/adversarial.json"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let nodes = object["nodes"] as! [[String: Any]]
        let ids = nodes.map { $0["id"] as! String }
        let names = nodes.map { $0["label"] as! String }
        let links = (object["links"] as! [[String: Any]]).map { link in
            (ids.firstIndex(of: link["source"] as! String)!, ids.firstIndex(of: link["target"] as! String)!,
             (link["weight"] as! NSNumber).intValue)
        }
        return (names, links)
    }

    /// One document per fixture edge, named with adversarial ids, holding the edge's pair in `weight` sentences,
    /// then one document naming every entity alone. Dated documents alternate with undated ones, so that GEXF
    /// spells and missing dates are both exercised.
    static func results(names: [String], links: [(Int, Int, Int)]) -> [ExtractionResult] {
        func mention(_ index: Int, sentence: Int, position: Int) -> Mention {
            let offset = sentence * 10 + position
            return Mention(span: TextSpan(start: offset, end: offset + 1), tokens: offset..<(offset + 1), sentence: sentence,
                           type: EntityType.allCases[index % EntityType.allCases.count],
                           // Raw names as ids too: the `entity` column gets the same treatment as labels.
                           entityID: index % 3 == 0 ? "adv:" + names[index] : "local:adv/\(index)",
                           canonical: names[index], rule: "test")
        }
        var results = links.enumerated().map { k, link in
            let (a, b, weight) = link
            var mentions: [Mention] = []
            var texts: [Int: String] = [:]
            for sentence in 0..<weight {
                mentions += [mention(a, sentence: sentence, position: 0), mention(b, sentence: sentence, position: 5)]
                texts[sentence] = "« \(names[a]) » met \(names[b]) \\ \"quoted\" <tag> & \u{7}"
            }
            let id = k % 2 == 0 ? "doc \(k) \(names[(k * 5) % names.count])" : "doc-\(k)"
            return ExtractionResult(documentID: id, metadata: k % 3 == 0 ? [:] : ["date": "2016-07-\(10 + k % 4)"],
                                    mentions: mentions, sentenceCount: weight,
                                    paragraphOfSentence: [Int32](repeating: 0, count: weight), sentenceTexts: texts)
        }
        results.append(ExtractionResult(documentID: "every name", metadata: [:],
                                        mentions: names.indices.map { mention($0, sentence: $0, position: 0) },
                                        sentenceCount: names.count, paragraphOfSentence: names.indices.map { _ in 0 }))
        return results
    }

    /// The adversarial graph, or nil when ../shared is absent.
    static func graph(measure: Measure = .count) throws -> CooccurrenceGraph? {
        guard let (names, links) = try fixture() else { return nil }
        var builder = CooccurrenceGraphBuilder()
        for result in results(names: names, links: links) { builder.add(result) }
        return builder.graph(weightedBy: measure)
    }
}
