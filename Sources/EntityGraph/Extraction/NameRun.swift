/// The shape of a proper name in the token stream: capitalised words, initials and particles ("Jean-Yves Le Drian",
/// "Haider al-Abadi", "Ludwig van Beethoven", "George W. Bush", "Elizabeth II").
///
/// Shared by the rules that find a name after a cue; it reads flags, bytes and
/// word-list roles only, so it needs no String.
public struct NameRun: Sendable {
    /// What kind of name word a token is.
    enum Part { case word, initial, particle, numeral, none }

    /// The lexicon the rules share.
    public let lexicon: RuleLexicon

    /// Creates a scanner over `lexicon`.
    public init(lexicon: RuleLexicon) { self.lexicon = lexicon }

    /// The end (exclusive) of the name starting at `start`, at most `maximum` tokens, or nil when none starts there.
    ///
    /// A name starts with a capitalised word or an initial (or a particle when
    /// `particleStart`: "de Gaulle" after a title), may hold particles and
    /// initials, ends with a name word or a Roman numeral, and stays in its sentence.
    public func end(from start: Int, in text: AnalyzedText, maximum: Int = 5, particleStart: Bool = false) -> Int? {
        let count = text.tokens.count
        guard start < count else { return nil }
        let sentence = text.sentenceOfToken[start]
        let first = part(text, start)
        switch first {
        case .word, .initial: break
        case .particle where particleStart: break
        default: return nil
        }
        var end: Int? = first == .word ? start + 1 : nil
        var index = start + 1
        var previous = first
        var words = first == .word ? 1 : 0
        while index < count, index - start < maximum, text.sentenceOfToken[index] == sentence {
            // A break between the words (a comma, a quote) ends the name, even inside one line.
            let token = text.tokens[index]
            if token.kind == .punctuation { break }
            let kind = part(text, index)
            switch kind {
            case .word:
                end = index + 1
                words += 1
            case .particle:
                // "Charles de Gaulle", but "Paul Pogba de Juventus": a French "de" after a full name opens a complement.
                if words >= 2, lexicon.roles(text, index).contains(.preposition) { return end }
            case .initial: break
            case .numeral:
                // "Elizabeth II" ends with its numeral.
                guard previous == .word else { return end }
                return index + 1
            case .none: return end
            }
            previous = kind
            index += 1
        }
        return end
    }

    /// Whether token `index` can be a word of a name (not a particle, initial or numeral).
    public func isNameWord(_ text: AnalyzedText, _ index: Int) -> Bool { part(text, index) == .word }

    /// Words that announce a name rather than belong to it ("Président", "Mme", "Université", "Danois").
    static let cues: RuleLexicon.Roles = [.honorific, .title, .orgHead, .orgSuffix, .mediaCue, .placeTrigger, .placeHead, .eventHead,
                                          .demonym]

    func part(_ text: AnalyzedText, _ index: Int) -> Part {
        let token = text.tokens[index]
        guard token.kind == .word, !token.flags.contains(.hasDigit) else { return .none }
        let roles = lexicon.roles(text, index)
        if token.flags.contains(.abbreviation) {
            // "W." and "J.-Y." are initials; "M." and "Dr." are courtesy titles, not part of the name.
            let length = token.span.length
            if token.flags.contains(.initialCapital), !roles.contains(.honorific), length == 2 || length == 5 { return .initial }
            return .none
        }
        if roles.contains(.particle) { return .particle }
        if token.flags.contains(.initialCapital) {
            if !roles.isDisjoint(with: RuleLexicon.Roles.grammar) || !roles.isDisjoint(with: NameRun.cues) {
                return .none
            }
            if token.flags.contains(.allCaps), isRomanNumeral(text, token) { return .numeral }
            return .word
        }
        return hasParticlePrefix(text, token) ? .word : .none
    }

    /// "al-Abadi", "el-Sissi", "ben-Gourion": a lower-case particle joined by a hyphen to a capitalised name.
    func hasParticlePrefix(_ text: AnalyzedText, _ token: Token) -> Bool {
        let bytes = text.bytes
        var i = token.span.start
        let limit = min(token.span.end, i + 5)
        while i < limit, bytes[i] >= 0x61, bytes[i] <= 0x7A { i += 1 }
        let letters = i - token.span.start
        guard letters >= 2, letters <= 4, i + 1 < token.span.end, bytes[i] == 0x2D else { return false }
        let next = bytes[i + 1]
        return next >= 0x41 && next <= 0x5A
    }

    /// "II", "IV", "XIV": Roman numerals that end regnal and dynastic names.
    func isRomanNumeral(_ text: AnalyzedText, _ token: Token) -> Bool {
        guard token.span.length <= 5 else { return false }
        for i in token.span.start..<token.span.end {
            switch text.bytes[i] {
            case 0x49, 0x56, 0x58: continue // I V X
            default: return false
            }
        }
        return true
    }
}
