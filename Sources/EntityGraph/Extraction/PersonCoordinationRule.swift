/// Names coordinated with a person: "Matej Benus et Takuya Haneda", "Petra Mede and Måns Zelmerlöw",
/// "Marie Curie, Irène Joliot-Curie et Pierre Curie".
///
/// Runs on the resolved mentions, since its cue is another mention: a person
/// followed by "et", "and" or a comma and a name of two to four words that no
/// list gives another type. Only whole names are taken (a single capitalised
/// word after "et" is too often something else), and only up to the first
/// word that breaks the list.
public struct PersonCoordinationRule: Sendable {
    /// The word lists.
    public let lexicon: RuleLexicon
    private let names: NameRun

    /// Creates the rule.
    public init(lexicon: RuleLexicon) {
        self.lexicon = lexicon
        self.names = NameRun(lexicon: lexicon)
    }

    /// The mentions (in text order, without overlaps) with coordinated names added, in text order.
    public func extend(_ mentions: [Mention], in text: AnalyzedText) -> [Mention] {
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for mention in mentions where !mention.isDemonym { for t in mention.tokens { covered[t] = true } }
        var added: [Mention] = []
        for mention in mentions where mention.type == .person && !mention.isDemonym {
            // Walk right: ", Name", "et Name", as long as each link is a name.
            var cursor = mention.tokens.upperBound
            while let next = coordinatedName(after: cursor, in: text, covered: covered) {
                var person = Mention(rule: "person-coordination", type: .person, tokens: next, in: text,
                                     priority: Mention.Priority.weakRule, trigger: mention.tokens)
                person.sentence = Int(text.sentenceOfToken[next.lowerBound])
                added.append(person)
                for t in next { covered[t] = true }
                cursor = next.upperBound
            }
            // And left: "Name et" before the person.
            var end = mention.tokens.lowerBound
            while let previous = coordinatedName(before: end, in: text, covered: covered) {
                added.append(Mention(rule: "person-coordination", type: .person, tokens: previous, in: text,
                                     priority: Mention.Priority.weakRule, trigger: mention.tokens))
                for t in previous { covered[t] = true }
                end = previous.lowerBound
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.span < $1.span }
    }

    /// Whether token `index` links two members of a list ("et", "and", ",").
    func isLink(_ text: AnalyzedText, _ index: Int) -> Bool {
        WordShape.isPunctuation(text, index, 0x2C) || lexicon.roles(text, index).contains(.conjunction)
    }

    /// The name after the link at `start`, when it is a whole unlisted name of two to four words.
    func coordinatedName(after start: Int, in text: AnalyzedText, covered: [Bool]) -> Range<Int>? {
        let count = text.tokens.count
        guard start + 1 < count, isLink(text, start), text.sentenceOfToken[start] == text.sentenceOfToken[start + 1] else { return nil }
        let first = start + 1
        guard let end = names.end(from: first, in: text, maximum: 4), end - first >= 2, isUnlisted(first..<end, in: text, covered: covered)
        else { return nil }
        // The name must end there: no further capitalised word glued to it.
        if end < count, text.sentenceOfToken[end] == text.sentenceOfToken[first], text.tokens[end].isCapitalized { return nil }
        return first..<end
    }

    /// The name before the link ending at `end` ("Name et <person>"), when it is a whole unlisted name.
    func coordinatedName(before end: Int, in text: AnalyzedText, covered: [Bool]) -> Range<Int>? {
        let link = end - 1
        guard link >= 2, lexicon.roles(text, link).contains(.conjunction) || WordShape.isPunctuation(text, link, 0x2C),
              text.sentenceOfToken[link] == text.sentenceOfToken[end] else { return nil }
        // Find the start of a name of two to four words ending right before the link.
        for length in 2...4 {
            let start = link - length
            guard start >= 0, text.sentenceOfToken[start] == text.sentenceOfToken[link] else { break }
            guard names.end(from: start, in: text, maximum: length) == link else { continue }
            if start > 0, text.sentenceOfToken[start - 1] == text.sentenceOfToken[start], text.tokens[start - 1].isCapitalized {
                continue
            }
            guard !text.tokens[start].flags.contains(.sentenceInitial) || lexicon.roles(text, start).contains(.firstName),
                  isUnlisted(start..<link, in: text, covered: covered) else { return nil }
            return start..<link
        }
        return nil
    }

    /// Whether no mention covers the tokens and no list names one of them as something other than a person.
    func isUnlisted(_ tokens: Range<Int>, in text: AnalyzedText, covered: [Bool]) -> Bool {
        tokens.allSatisfy { !covered[$0] && lexicon.roles(text, $0).isDisjoint(with: [.country, .place, .org, .orgHead, .placeHead]) }
    }
}
