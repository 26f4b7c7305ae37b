/// Runs every extractor on a document and resolves overlapping candidates once.
///
/// Overlap policy: longer spans first; then higher priority; then curated over
/// generated; then the earlier span. Accepted mentions are returned in text order.
public struct Pipeline: Sendable {
    /// The compiled lists every extractor shares.
    public let gazetteer: CompiledGazetteer
    /// The extractors, in the order their candidates are collected.
    public let extractors: [any Extractor]
    /// Whether `extract` also returns the text of every sentence holding a mention (graph evidence);
    /// off by default so that `extract` and `evaluate` do not pay for it.
    public var keepsSentenceTexts = false

    /// Creates a pipeline; the default extractors are the gazetteer's.
    public init(gazetteer: CompiledGazetteer, extractors: [any Extractor] = [GazetteerExtractor()]) {
        self.gazetteer = gazetteer
        self.extractors = extractors
    }

    /// Analyzes a document's text; its boilerplate lines are flagged.
    public func analyze(_ document: Document) -> AnalyzedText {
        AnalyzedText(document.text, lexicon: gazetteer.lexicon, boilerplate: document.boilerplate.map(\.span))
    }

    /// Extracts the mentions of a document.
    public func extract(_ document: Document) -> (text: AnalyzedText, result: ExtractionResult) {
        let text = analyze(document)
        var candidates: [Mention] = []
        for extractor in extractors { candidates.append(contentsOf: extractor.candidates(in: text, gazetteer: gazetteer)) }
        // Page chrome ("Lire aussi : ...", share buttons) never yields mentions.
        candidates.removeAll { text.isBoilerplate($0.span) }
        let mentions = Pipeline.resolve(candidates)
        var sentenceTexts: [Int: String] = [:]
        if keepsSentenceTexts {
            for mention in mentions where sentenceTexts[mention.sentence] == nil {
                let tokens = text.sentences[mention.sentence]
                sentenceTexts[mention.sentence] = text.string(TextSpan(start: text.tokens[tokens.lowerBound].span.start,
                                                                       end: text.tokens[tokens.upperBound - 1].span.end))
            }
        }
        return (text, ExtractionResult(documentID: document.id, metadata: document.metadata, mentions: mentions,
                                       sentenceCount: text.sentences.count, paragraphOfSentence: text.paragraphOfSentence(),
                                       sentenceTexts: sentenceTexts))
    }

    /// Keeps the candidates the overlap policy prefers, in text order.
    public static func resolve(_ candidates: [Mention]) -> [Mention] {
        let ranked = candidates.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.span.length != y.span.length { return x.span.length > y.span.length }
            if x.priority != y.priority { return x.priority > y.priority }
            if x.isCurated != y.isCurated { return x.isCurated }
            if x.span.start != y.span.start { return x.span.start < y.span.start }
            return a.offset < b.offset
        }
        var accepted: [Mention] = []
        for (_, candidate) in ranked where !accepted.contains(where: { $0.span.overlaps(candidate.span) }) {
            accepted.append(candidate)
        }
        return accepted.sorted { $0.span < $1.span }
    }
}
