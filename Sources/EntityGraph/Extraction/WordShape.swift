/// Facts about a word read from its bytes: adjective endings, all-capital acronyms.
///
/// French names of bodies put their adjectives after the head ("Banque
/// mondiale", "Parti socialiste", "Union européenne"); their endings are few
/// and productive, so they tell an adjective from a verb ("le Conseil estime")
/// without a dictionary.
public enum WordShape {
    /// Lower-case endings of French and English relational and participial adjectives.
    static let adjectiveEndings: [[UInt8]] = [
        "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ien", "ienne", "iennes", "iens", "ique", "iques",
        "aire", "aires", "if", "ive", "ives", "ifs", "ais", "aise", "aises", "ain", "aine", "aines", "ains", "ois",
        "oise", "oises", "iste", "istes", "é", "ée", "ées", "és", "ien", "ean", "eens", "éen", "éenne", "éennes",
        "éens", "ate", "ates", "ial", "ical", "ic", "an", "ese", "ish", "ary", "ional", "ente", "entes", "ies",
        "ieure", "ieur", "ême", "ier", "ière", "ières", "iers", "ante", "antes", "able", "ables", "ible", "ibles", "ile", "iles",
    ].map { Array($0.utf8) }

    /// Past-participle endings: adjectives too, but after a name more often a verb ("Human Rights Watch, basée à").
    static let participleEndings: [[UInt8]] = ["é", "ée", "ées", "és"].map { Array($0.utf8) }

    /// Infinitive endings: a lower-case word right after "de"/"pour" with one of them is a verb ("pour favoriser").
    static let infinitiveEndings: [[UInt8]] = ["er", "ir", "re"].map { Array($0.utf8) }

    /// Whether token `index` is a lower-case word with an adjective's ending (at least four letters).
    public static func isLowercaseAdjective(_ text: AnalyzedText, _ index: Int, participles: Bool = true) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word, !token.flags.contains(.initialCapital), token.span.length >= 4 else { return false }
        if !participles, hasEnding(text, token, participleEndings) { return false }
        return hasAdjectiveEnding(text, token)
    }

    /// Whether token `index` is a lower-case word ending like an infinitive.
    public static func looksLikeInfinitive(_ text: AnalyzedText, _ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.kind == .word && !token.flags.contains(.initialCapital) && hasEnding(text, token, infinitiveEndings)
    }

    /// Whether the token's bytes end with one of `adjectiveEndings` (case-insensitive for ASCII).
    public static func hasAdjectiveEnding(_ text: AnalyzedText, _ token: Token) -> Bool {
        hasEnding(text, token, adjectiveEndings)
    }

    /// Whether the token's bytes end with one of `endings` (case-insensitive for ASCII).
    static func hasEnding(_ text: AnalyzedText, _ token: Token, _ endings: [[UInt8]]) -> Bool {
        let bytes = text.bytes
        for ending in endings where ending.count < token.span.length {
            var matches = true
            var k = 0
            while k < ending.count {
                let b = bytes[token.span.end - ending.count + k]
                if (b &+ ((b &- 0x41) < 26 ? 0x20 : 0)) != ending[k] { matches = false; break }
                k += 1
            }
            if matches { return true }
        }
        return false
    }

    /// Whether the token is an acronym: two to eight capitals, digits allowed after the first ("EI", "OTAN", "G20").
    public static func isAcronym(_ text: AnalyzedText, _ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word, token.flags.contains(.allCaps), token.span.length >= 2, token.span.length <= 8 else {
            return false
        }
        return !token.flags.contains(.nonASCII)
    }

    /// Whether token `index` is the single byte `byte` (punctuation such as "(", ",", ")").
    @inline(__always)
    public static func isPunctuation(_ text: AnalyzedText, _ index: Int, _ byte: UInt8) -> Bool {
        guard index >= 0, index < text.tokens.count else { return false }
        let token = text.tokens[index]
        return token.kind == .punctuation && token.span.length == 1 && text.bytes[token.span.start] == byte
    }
}
