/// A place announced by a locative noun: "la ville de Mossoul", "la province occidentale d'Al-Anbar",
/// "la région Auvergne-Rhône-Alpes", "the city of Aleppo".
///
/// The trigger is a strong entry of `place-triggers` ("ville de", "province
/// of", "capitale"); weak ones ("à", "in") only locate and serve
/// `PlaceQualifierRule`. Adjectives may follow the trigger, then an optional
/// preposition and article, then a capitalised name, which may begin with
/// "Le"/"La" ("la ville de La Rochelle"). A country or an organization after
/// the trigger ("la deuxième ville d'Irak") is not the place it announces.
public struct PlaceTriggerRule: Extractor {
    public let name = "place-trigger"
    /// The word lists.
    public let lexicon: RuleLexicon
    private let names: NameRun

    /// Creates the rule.
    public init(lexicon: RuleLexicon) {
        self.lexicon = lexicon
        self.names = NameRun(lexicon: lexicon)
    }

    public func candidates(in text: AnalyzedText, gazetteer: CompiledGazetteer) -> [Mention] {
        var result: [Mention] = []
        let count = text.tokens.count
        var index = 0
        while index < count {
            defer { index += 1 }
            let token = text.tokens[index]
            guard token.kind == .word, let triggerEnd = lexicon.entry(in: text, at: index, roles: .placeTrigger) else { continue }
            let sentence = text.sentenceOfToken[index]
            var start = triggerEnd
            while start < count, start - triggerEnd < 2, text.sentenceOfToken[start] == sentence,
                  WordShape.isLowercaseAdjective(text, start) || lexicon.roles(text, start).contains(.demonym) {
                start += 1
            }
            if start < count, lexicon.roles(text, start).contains(.preposition) {
                start += 1
                if start < count, lexicon.roles(text, start).contains(.article), !text.tokens[start].isCapitalized { start += 1 }
            }
            guard start < count, text.sentenceOfToken[start] == sentence,
                  var end = names.end(from: start, in: text, maximum: 4, particleStart: text.tokens[start].isCapitalized) else { continue }
            if lexicon.roles(text, start).contains(.firstName), !lexicon.roles(text, start).contains(.place), end - start >= 2 {
                continue
            }
            // "le maire de Montréal Denis Coderre": a first name inside the run starts the next name.
            if let cut = (start + 1..<end).first(where: { lexicon.roles(text, $0).contains(.firstName) && $0 + 1 < end }) { end = cut }
            // "la deuxième ville d'Irak": a country or a body after the trigger is not the place it announces.
            if end - start == 1, !lexicon.roles(text, start).isDisjoint(with: [.org, .person, .country]) { continue }
            result.append(Mention(rule: name, type: .place, tokens: start..<end, in: text,
                                  priority: Mention.Priority.cuedRule, trigger: index..<triggerEnd))
            index = end - 1
        }
        return result
    }
}
