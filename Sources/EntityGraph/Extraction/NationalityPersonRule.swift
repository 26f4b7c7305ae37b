/// A person introduced by a nationality noun: "le Danois Jakob Fuglsang", "l'Américaine Simone Biles".
///
/// Sports and culture news name people this way. The noun is a demonym right
/// after an article, inside a sentence; the demonym itself stays a demonym
/// mention of its country.
public struct NationalityPersonRule: Extractor {
    public let name = "person-nationality"
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
        while index + 1 < count {
            defer { index += 1 }
            let token = text.tokens[index]
            // After an article the demonym is a noun whatever its case ("l'Italienne", "l'américaine"); capitalised at
            // the start of a sentence it may be the subject ("Français et Allemands ont...").
            guard token.kind == .word, !token.flags.contains(.sentenceInitial), lexicon.roles(text, index).contains(.demonym),
                  index > 0, lexicon.roles(text, index - 1).contains(.article) else { continue }
            guard let end = names.end(from: index + 1, in: text, maximum: 4) else { continue }
            if end - index == 2, !lexicon.roles(text, index + 1).isDisjoint(with: [.country, .place, .org]) { continue }
            result.append(Mention(rule: name, type: .person, tokens: (index + 1)..<end, in: text,
                                  priority: Mention.Priority.cuedRule, trigger: index..<(index + 1)))
            index = end - 1
        }
        return result
    }
}
