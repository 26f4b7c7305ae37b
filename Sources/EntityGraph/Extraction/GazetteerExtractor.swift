/// Finds the forms of the compiled gazetteer in a text.
public struct GazetteerExtractor: Extractor {
    public let name = "gazetteer"

    /// Creates the extractor.
    public init() {}

    public func candidates(in text: AnalyzedText, gazetteer: CompiledGazetteer) -> [Mention] {
        gazetteer.matches(in: text).map { match in
            let entity = gazetteer.entities[match.entity]
            let first = text.tokens[match.tokens.lowerBound], last = text.tokens[match.tokens.upperBound - 1]
            let isDemonym = match.role == .demonym
            return Mention(span: TextSpan(start: first.span.start, end: last.span.end), tokens: match.tokens,
                           sentence: Int(text.sentenceOfToken[match.tokens.lowerBound]), type: entity.type,
                           entityID: entity.id, canonical: entity.canonical,
                           rule: isDemonym ? "gazetteer-demonym" : "gazetteer",
                           source: origin(of: match, in: text, entity: entity), isDemonym: isDemonym,
                           priority: entity.isCurated ? (match.exact ? Mention.Priority.curatedExact : Mention.Priority.curated)
                               : (match.exact ? Mention.Priority.generatedExact : Mention.Priority.generated),
                           isCurated: entity.isCurated, capitalOf: isDemonym ? nil : entity.attributes["capital_of"])
        }
    }

    /// Where the matched form was declared: the form whose folded key equals the text's, else the canonical's line.
    private func origin(of match: CompiledGazetteer.Match, in text: AnalyzedText, entity: Entity) -> String? {
        let surface = Normalizer.shared.key(text.string(TextSpan(start: text.tokens[match.tokens.lowerBound].span.start,
                                                                 end: text.tokens[match.tokens.upperBound - 1].span.end)))
        let folded = { (form: Entity.Form) in Normalizer.shared.key(form.text).split(separator: " ").joined(separator: " ") }
        return entity.forms.first { $0.role == match.role && folded($0) == surface }?.origin ?? entity.forms.first?.origin
    }
}
