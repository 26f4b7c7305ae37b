/// Drops a listed place or country that is only part of a longer capitalised name no list or rule knows:
/// "France" in "France Inter", "Air France", "Washington" in "Washington Post", "New York" in "New York Times".
///
/// A capital on the next word (or on the previous one inside a sentence) with
/// no punctuation between says the name goes on; the longer name is left out
/// rather than cut, since a wrong place is worse than a missed organization.
public struct NameBoundaryFilter: Sendable {
    /// The word lists.
    public let lexicon: RuleLexicon
    private let names: NameRun

    /// Creates the filter.
    public init(lexicon: RuleLexicon) {
        self.lexicon = lexicon
        self.names = NameRun(lexicon: lexicon)
    }

    /// The mentions (in text order, without overlaps) minus the places and countries embedded in a longer name.
    public func filter(_ mentions: [Mention], in text: AnalyzedText) -> [Mention] {
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for mention in mentions where !mention.isDemonym { for t in mention.tokens { covered[t] = true } }
        return mentions.filter { mention in
            guard mention.rule == "gazetteer", !mention.isDemonym, mention.type == .country || mention.type == .place else { return true }
            return !isEmbedded(mention.tokens, in: text, covered: covered)
        }
    }

    /// Whether the tokens have an uncovered name word right after them, or right before them inside a sentence.
    func isEmbedded(_ tokens: Range<Int>, in text: AnalyzedText, covered: [Bool]) -> Bool {
        let sentence = text.sentenceOfToken[tokens.lowerBound]
        let after = tokens.upperBound
        if after < text.tokens.count, !covered[after], text.sentenceOfToken[after] == sentence, names.isNameWord(text, after),
           !text.tokens[after].flags.contains(.afterLineBreak) {
            return true
        }
        let before = tokens.lowerBound - 1
        if before >= 0, !covered[before], text.sentenceOfToken[before] == sentence, names.isNameWord(text, before),
           !text.tokens[before].flags.contains(.sentenceInitial) {
            return true
        }
        return false
    }
}
