import EntityGraph

/// Builds extraction results by hand from marked text, so graph tests read like the documents they describe.
///
/// `⟦PERSON:Ashton Carter⟧` is a mention, `⟦COUNTRY:Irak|demonym⟧` a demonym of Irak;
/// entity ids are `test:` + name. Sentences end at ". " (or the end of a
/// paragraph), paragraphs at a blank line, tokens at spaces.
enum MarkedDocument {
    /// The extraction result of `text` as document `id`, with every sentence text kept.
    static func result(_ id: String, _ text: String, date: String? = nil) -> ExtractionResult {
        var mentions: [Mention] = []
        var texts: [Int: String] = [:]
        var paragraphOfSentence: [Int32] = []
        var token = 0
        var sentence = 0
        for (p, paragraph) in text.components(separatedBy: "\n\n").enumerated() {
            for raw in paragraph.components(separatedBy: ". ") where !raw.isEmpty {
                var plain = ""
                var rest = Substring(raw)
                while let open = rest.firstIndex(of: "⟦") {
                    let before = rest[..<open]
                    plain += before
                    token += before.split(separator: " ").count
                    let close = rest[open...].firstIndex(of: "⟧")!
                    let body = rest[rest.index(after: open)..<close]
                    let colon = body.firstIndex(of: ":")!
                    let type = EntityType(rawValue: String(body[..<colon]))!
                    var name = String(body[body.index(after: colon)...])
                    let isDemonym = name.hasSuffix("|demonym")
                    if isDemonym { name.removeLast("|demonym".count) }
                    let words = name.split(separator: " ").count
                    let start = plain.utf8.count
                    plain += name
                    mentions.append(Mention(span: TextSpan(start: start, end: plain.utf8.count), tokens: token..<(token + words),
                                            sentence: sentence, type: type, entityID: "test:" + name, canonical: name,
                                            rule: "test", isDemonym: isDemonym))
                    token += words
                    rest = rest[rest.index(after: close)...]
                }
                plain += rest
                token += rest.split(separator: " ").count
                texts[sentence] = plain
                paragraphOfSentence.append(Int32(p))
                sentence += 1
            }
        }
        return ExtractionResult(documentID: id, metadata: date.map { ["date": $0] } ?? [:], mentions: mentions,
                                sentenceCount: sentence, paragraphOfSentence: paragraphOfSentence, sentenceTexts: texts)
    }

    /// The graph of documents given as marked texts, named d0, d1, ...
    static func graph(_ texts: [String], window: Window = .sentence, measure: Measure = .count) -> CooccurrenceGraph {
        var builder = CooccurrenceGraphBuilder(window: window)
        for (i, text) in texts.enumerated() { builder.add(result("d\(i)", text)) }
        return builder.graph(weightedBy: measure)
    }
}

extension CooccurrenceGraph {
    /// Edges as "A–B" strings with their count and documents, for readable expectations.
    var edgeSummary: [String] {
        edges.map { "\(nodes[$0.source].label)–\(nodes[$0.target].label) \($0.count)/\($0.documents)" }
    }

    /// The edge between two labels.
    func edge(_ a: String, _ b: String) -> Edge? {
        guard let i = nodes.firstIndex(where: { $0.label == a }), let j = nodes.firstIndex(where: { $0.label == b }),
              let index = edgeIndex(between: i, and: j) else { return nil }
        return edges[index]
    }

    /// The node with a label.
    func node(_ label: String) -> Node? { nodes.first { $0.label == label } }
}
