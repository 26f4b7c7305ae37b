/// A person named after a courtesy title or an office: "M. Carter", "le président Barack Obama",
/// "le ministre de la Défense, Jean-Yves Le Drian", "Secretary of State John Kerry".
///
/// Courtesy titles (`honorifics`) are followed by the name at once. Offices
/// (`person-titles`) may take adjectives ("le ministre français"), a party
/// acronym ("le député LR") and a complement ("de la Défense", "d'État à la
/// Défense des États-Unis"); after a complement the name must follow a comma
/// (apposition) or start with a known first name, since capitalised words of
/// the complement ("Défense") are not names. The title is never in the span,
/// as in the gold conventions of both evaluation sets.
public struct PersonTitleRule: Extractor {
    public let name = "person-title"
    /// The word lists.
    public let lexicon: RuleLexicon
    private let names: NameRun

    /// Longest complement skipped between an office and an apposed name.
    static let complementLimit = 10

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
            guard text.tokens[index].kind == .word else { continue }
            if let end = lexicon.entry(in: text, at: index, roles: .honorific) {
                guard text.tokens[index].flags.contains(.initialCapital) || !text.tokens[index].flags.contains(.abbreviation),
                      let nameEnd = names.end(from: end, in: text, maximum: 6, particleStart: true),
                      isPlausible(text, end..<nameEnd) else { continue }
                result.append(Mention(rule: "person-honorific", type: .person, tokens: end..<nameEnd, in: text,
                                      priority: Mention.Priority.cuedRule, trigger: index..<end))
                index = nameEnd - 1
                continue
            }
            guard let end = lexicon.entry(in: text, at: index, roles: .title) else { continue }
            if let name = name(after: end, in: text) {
                result.append(Mention(rule: name.apposed ? "person-title-apposition" : "person-title", type: .person,
                                      tokens: name.tokens, in: text, priority: Mention.Priority.cuedRule, trigger: index..<end))
                index = name.tokens.upperBound - 1
            }
        }
        return result
    }

    /// The name that an office ending before token `start` introduces, if any.
    func name(after start: Int, in text: AnalyzedText) -> (tokens: Range<Int>, apposed: Bool)? {
        let count = text.tokens.count
        let sentence = text.sentenceOfToken[min(start, count - 1)]
        var index = start
        // Modifiers: "français", "sortant", "général adjoint", a party acronym ("LR").
        var modifiers = 0
        while index < count, modifiers < 3, text.sentenceOfToken[index] == sentence {
            let roles = lexicon.roles(text, index)
            let isModifier = (roles.contains(.demonym) && !text.tokens[index].flags.contains(.initialCapital))
                || (roles.contains(.title) && !text.tokens[index].flags.contains(.initialCapital))
                || WordShape.isLowercaseAdjective(text, index)
                || (WordShape.isAcronym(text, index) && roles.isDisjoint(with: [.country, .place]))
            guard isModifier, roles.isDisjoint(with: RuleLexicon.Roles.grammar) else { break }
            index += 1
            modifiers += 1
        }
        guard index < count, text.sentenceOfToken[index] == sentence else { return nil }
        if let end = names.end(from: index, in: text, maximum: 6, particleStart: false), isPlausible(text, index..<end) {
            return (index..<end, false)
        }
        // "le secrétaire général, Ban Ki-moon": the name in apposition right after the title.
        if WordShape.isPunctuation(text, index, 0x2C), index + 1 < count,
           let end = names.end(from: index + 1, in: text, maximum: 6), end - index - 1 >= 2, isPlausible(text, (index + 1)..<end) {
            return ((index + 1)..<end, true)
        }
        // A complement opened by a preposition, then ", Name" or a name that starts with a first name.
        guard lexicon.roles(text, index).contains(.preposition) else { return nil }
        let limit = min(count, index + PersonTitleRule.complementLimit)
        var cursor = index + 1
        while cursor < limit, text.sentenceOfToken[cursor] == sentence {
            let token = text.tokens[cursor]
            if token.kind == .punctuation {
                guard WordShape.isPunctuation(text, cursor, 0x2C) else { return nil }
                guard let end = names.end(from: cursor + 1, in: text, maximum: 6), isPlausible(text, (cursor + 1)..<end) else {
                    return nil
                }
                return ((cursor + 1)..<end, true)
            }
            let roles = lexicon.roles(text, cursor)
            if roles.contains(.firstName), roles.isDisjoint(with: [.place, .country]), token.flags.contains(.initialCapital),
               let end = names.end(from: cursor, in: text, maximum: 6), end - cursor >= 2, isPlausible(text, cursor..<end) {
                return (cursor..<end, true)
            }
            // "l'ambassadeur irakien à Paris Fareed Yasseen": a known place ends the complement, a full name follows.
            if !roles.isDisjoint(with: [.place, .country]), token.flags.contains(.initialCapital), cursor + 1 < count,
               let end = names.end(from: cursor + 1, in: text, maximum: 6), end - cursor - 1 >= 2 {
                return ((cursor + 1)..<end, true)
            }
            cursor += 1
        }
        return nil
    }

    /// A name is not a lone word that the lists know as a place, country or organization, nor a lone acronym.
    func isPlausible(_ text: AnalyzedText, _ tokens: Range<Int>) -> Bool {
        guard tokens.count == 1 else { return true }
        let roles = lexicon.roles(text, tokens.lowerBound)
        if roles.contains(.person) { return true }
        return roles.isDisjoint(with: [.country, .place, .org, .demonym, .title, .orgHead]) && !WordShape.isAcronym(text, tokens.lowerBound)
    }
}
