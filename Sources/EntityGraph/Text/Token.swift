/// One token of a document: a byte range of the original text and what the rules need to know about it.
public struct Token: Hashable, Sendable {
    /// What kind of characters the token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, inner hyphens, apostrophes or a final abbreviation dot.
        case word
        /// Digits, possibly grouped by spaces, dots or commas ("14 000", "4.000", "2,5").
        case number
        /// One punctuation mark, or a run of dots ("...").
        case punctuation
        /// A URL, an e-mail address, a handle or hashtag, or a symbol such as "€" or "©".
        case symbol
    }

    /// Capitalisation, shape and layout facts used by the rules.
    public struct Flags: OptionSet, Hashable, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// The first letter is upper case ("Paris", "EI", "L'").
        public static let initialCapital = Flags(rawValue: 1 << 0)
        /// Every letter is upper case and there are at least two ("EI", "AFP", "J.-Y.").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// The token contains a digit.
        public static let hasDigit = Flags(rawValue: 1 << 2)
        /// The token contains a byte >= 0x80.
        public static let nonASCII = Flags(rawValue: 1 << 3)
        /// A French elided article or pronoun split off the next word ("l'", "qu’").
        public static let elision = Flags(rawValue: 1 << 4)
        /// A line break lies between this token and the previous one.
        public static let afterLineBreak = Flags(rawValue: 1 << 5)
        /// An empty line lies between this token and the previous one.
        public static let afterBlankLine = Flags(rawValue: 1 << 6)
        /// The first token, or the first word, of its sentence (set by the segmenter).
        public static let sentenceInitial = Flags(rawValue: 1 << 7)
        /// An abbreviation ending with its dot ("M.", "Dr.") or initials ("J.", "J.-Y.", "U.S.").
        public static let abbreviation = Flags(rawValue: 1 << 8)
        /// Whitespace lies between this token and the previous one.
        public static let afterSpace = Flags(rawValue: 1 << 9)
        /// A word with an inner hyphen ("Jean-Yves", "Pays-Bas"); its parts are in `AnalyzedText.parts`.
        public static let hyphenated = Flags(rawValue: 1 << 10)
        /// A domain name ("Atlantico.fr"); its labels are in `AnalyzedText.parts`.
        public static let domain = Flags(rawValue: 1 << 11)
        /// A URL ("https://...", "www....").
        public static let url = Flags(rawValue: 1 << 12)
        /// An e-mail address.
        public static let email = Flags(rawValue: 1 << 13)
        /// A social-media handle ("@franceinfo") or hashtag ("#Mossoul").
        public static let handle = Flags(rawValue: 1 << 14)
        /// An English clitic split off its word ("'s" in "Kerry's").
        public static let clitic = Flags(rawValue: 1 << 15)
        /// The first word after an opening quote (« “ "), where a capital is expected.
        public static let afterOpeningQuote = Flags(rawValue: 1 << 16)
        /// A piece of a hyphenated word or domain name, in `AnalyzedText.parts` only.
        public static let part = Flags(rawValue: 1 << 17)
        /// The token lies in a line marked as boilerplate (page chrome); extraction skips it.
        public static let boilerplate = Flags(rawValue: 1 << 18)
    }

    /// Byte range in the original text.
    public var span: TextSpan
    /// The token's kind.
    public var kind: Kind
    /// Capitalisation and layout facts.
    public var flags: Flags

    /// Creates a token.
    public init(span: TextSpan, kind: Kind, flags: Flags) {
        self.span = span
        self.kind = kind
        self.flags = flags
    }

    /// Whether the token is a word starting with a capital letter.
    public var isCapitalized: Bool { kind == .word && flags.contains(.initialCapital) }
}
