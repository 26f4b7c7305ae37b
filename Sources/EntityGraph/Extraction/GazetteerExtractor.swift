/// Finds the forms of the compiled gazetteer in a text.
///
/// The compiled gazetteer decides whether a form is a name at all (capitals,
/// stop words, ambiguous words and first names, document evidence: its
/// `MatchPolicy`); this extractor decides how the rules read what it accepts.
///
/// With a rule lexicon, a listed form that the text opens with a lower-case
/// classifier and a description ("groupe Etat islamique", "coalition
/// internationale contre Daech", "ministère français de la Défense", "base
/// aérienne de Saint-Andrews") is read as the annotators of both evaluation
/// sets read it: the classifier and its adjectives are not the name, so the
/// names inside it are matched instead ("Etat islamique", "Daech",
/// "Saint-Andrews"), and a description with no name inside gives nothing. A
/// classifier followed by its complement ("ministère de l'Intérieur") is a name.
public struct GazetteerExtractor: Extractor {
    public let name = "gazetteer"
    /// The rules' word lists, to recognise classifiers (nil: every match is kept as it is).
    public let lexicon: RuleLexicon?

    /// Words that classify the name after them rather than belong to it.
    static let classifiers: RuleLexicon.Roles = [.orgHead, .mediaCue, .title, .placeTrigger]

    /// Creates the extractor.
    public init(lexicon: RuleLexicon? = nil) { self.lexicon = lexicon }

    public func candidates(in text: AnalyzedText, gazetteer: CompiledGazetteer) -> [Mention] {
        var found: [CompiledGazetteer.Match] = []
        var descriptions: [Range<Int>] = []
        for match in gazetteer.matches(in: text) {
            if let inner = descriptionStart(match, in: text) {
                descriptions.append(inner..<match.tokens.upperBound)
            } else {
                found.append(match)
            }
        }
        if !descriptions.isEmpty {
            found.append(contentsOf: gazetteer.matches(in: text, tokens: descriptions))
            found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        return found.map { match in
            let first = text.tokens[match.tokens.lowerBound], last = text.tokens[match.tokens.upperBound - 1]
            let isDemonym = match.role == .demonym
            // The form's own source ranks it: a user's alias of a generated city is a person's judgement (decision 0301).
            let priority = match.isCurated ? (match.exact ? Mention.Priority.curatedExact : Mention.Priority.curated)
                : (match.exact ? Mention.Priority.generatedExact : Mention.Priority.generated)
            return Mention(span: TextSpan(start: first.span.start, end: last.span.end), tokens: match.tokens,
                           sentence: Int(text.sentenceOfToken[match.tokens.lowerBound]), type: gazetteer.type(ofEntity: match.entity),
                           entityID: gazetteer.id(ofEntity: match.entity), canonical: gazetteer.canonical(ofEntity: match.entity),
                           rule: isDemonym ? "gazetteer-demonym" : "gazetteer",
                           source: gazetteer.origin(ofForm: match.form), isDemonym: isDemonym,
                           priority: priority, isCurated: match.isCurated,
                           capitalOf: isDemonym ? nil : gazetteer.capitalOf(entity: match.entity).map { "iso:" + $0 })
        }
    }

    /// The token after the classifier when `match` opens with a lower-case classifier and a description, else nil.
    func descriptionStart(_ match: CompiledGazetteer.Match, in text: AnalyzedText) -> Int? {
        guard let lexicon, match.tokens.count >= 2 else { return nil }
        let first = match.tokens.lowerBound
        guard !text.tokens[first].flags.contains(.initialCapital),
              let end = lexicon.entry(in: text, at: first, roles: GazetteerExtractor.classifiers), end < match.tokens.upperBound
        else { return nil }
        let next = text.tokens[end]
        if next.isCapitalized { return end }
        // A lower-case adjective after the classifier makes a description; a preposition makes a complement.
        if lexicon.roles(text, end).contains(.demonym) || WordShape.isLowercaseAdjective(text, end) { return end }
        return nil
    }
}
