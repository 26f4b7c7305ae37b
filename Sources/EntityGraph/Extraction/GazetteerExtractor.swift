/// Finds the forms of the compiled gazetteer in a text.
public struct GazetteerExtractor: Extractor {
    public let name = "gazetteer"

    /// Creates the extractor.
    public init() {}

    public func candidates(in text: AnalyzedText, gazetteer: CompiledGazetteer) -> [Mention] {
        gazetteer.matches(in: text).map { match in
            let first = text.tokens[match.tokens.lowerBound], last = text.tokens[match.tokens.upperBound - 1]
            let isDemonym = match.role == .demonym
            return Mention(span: TextSpan(start: first.span.start, end: last.span.end), tokens: match.tokens,
                           sentence: Int(text.sentenceOfToken[match.tokens.lowerBound]), type: gazetteer.type(ofEntity: match.entity),
                           entityID: gazetteer.id(ofEntity: match.entity), canonical: gazetteer.canonical(ofEntity: match.entity),
                           rule: isDemonym ? "gazetteer-demonym" : "gazetteer",
                           source: gazetteer.origin(ofForm: match.form), isDemonym: isDemonym,
                           priority: match.exact ? 20 : 10, isCurated: match.isCurated)
        }
    }
}
