/// An unlisted place placed by a known one: "à Aix-les-Bains (Savoie)", "à Clapiers, dans l'Hérault",
/// "in Hebron, in the West Bank".
///
/// News locates small places by their region, in brackets or after a comma
/// and a locative preposition. The rule needs a locative before the name
/// ("à", "in", "près de") and a place or country the lists know after it, so
/// that "Jean Dupont (PS)" or "Total (France)" stay out.
public struct PlaceQualifierRule: Extractor {
    public let name = "place-qualifier"
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
        var index = 1
        while index < count {
            defer { index += 1 }
            guard text.tokens[index].isCapitalized, lexicon.roles(text, index - 1).contains(.locative),
                  text.sentenceOfToken[index - 1] == text.sentenceOfToken[index],
                  let end = names.end(from: index, in: text, maximum: 3, particleStart: true), end < count,
                  !lexicon.roles(text, index).contains(.firstName) || end - index == 1 else { continue }
            var qualifier = end
            if WordShape.isPunctuation(text, end, 0x28) {
                qualifier = end + 1
            } else if WordShape.isPunctuation(text, end, 0x2C), end + 1 < count, lexicon.roles(text, end + 1).contains(.locative) {
                qualifier = end + 2
                if qualifier < count, lexicon.roles(text, qualifier).contains(.article) { qualifier += 1 }
            } else {
                continue
            }
            guard qualifier < count, text.tokens[qualifier].isCapitalized,
                  !lexicon.roles(text, qualifier).isDisjoint(with: [.place, .country]) else { continue }
            result.append(Mention(rule: name, type: .place, tokens: index..<end, in: text,
                                  priority: Mention.Priority.weakRule, trigger: qualifier..<(qualifier + 1)))
            index = end - 1
        }
        return result
    }
}
