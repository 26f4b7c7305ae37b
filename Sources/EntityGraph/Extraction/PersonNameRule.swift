/// A known first name followed by capitalised name words: "John Kerry", "Florence Parly", "Haider al-Abadi".
///
/// The first-name list only says that a word is often a first name, so the
/// rule needs a surname after it (a first name alone is never an entity), and a
/// first name that is also a common word ("Pierre", "Rose") is not trusted at
/// the start of a sentence, where every word has a capital. A first name right
/// after an organization or place head ("lycée Victor Hugo", "rue Jean
/// Jaurès") names a building or a street, not the person.
public struct PersonNameRule: Extractor {
    public let name = "person-firstname"
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
            guard token.isCapitalized else { continue }
            let roles = lexicon.roles(text, index)
            // "France Inter", "Jordan Valley": a first name that is also a country's name starts other names.
            // "Pape François": a first name that is also a title or a country opens something else.
            guard roles.contains(.firstName), roles.isDisjoint(with: [.honorific, .title, .country]) else { continue }
            if roles.contains(.wordLikeFirstName), token.flags.contains(.sentenceInitial) { continue }
            // "à Paris Fareed Yasseen": after a locative, a first name that is also a place is the place.
            if roles.contains(.place), index > 0, lexicon.roles(text, index - 1).contains(.locative) { continue }
            if index > 0, text.sentenceOfToken[index - 1] == text.sentenceOfToken[index], text.tokens[index - 1].kind == .word,
               !lexicon.roles(text, index - 1).isDisjoint(with: [.orgHead, .placeHead, .eventHead]) {
                continue
            }
            guard let end = names.end(from: index, in: text, maximum: 6), end - index >= 2 else { continue }
            result.append(Mention(rule: name, type: .person, tokens: index..<end, in: text,
                                  priority: Mention.Priority.shapeRule, trigger: index..<(index + 1)))
            index = end - 1
        }
        return result
    }
}
