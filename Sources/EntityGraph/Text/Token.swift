/// One token of a document: a byte range of the original text and what the rules need to know about it.
public struct Token: Hashable, Sendable {
    /// What kind of characters the token is made of.
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, symbol
    }

    /// Capitalisation and layout facts used by the rules.
    public struct Flags: OptionSet, Hashable, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// The first letter is upper case ("Paris", "EI").
        public static let initialCapital = Flags(rawValue: 1 << 0)
        /// Every letter is upper case and there are at least two ("EI", "AFP").
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
        /// The first token of its sentence (set by the segmenter).
        public static let sentenceInitial = Flags(rawValue: 1 << 7)
        /// An abbreviation ending with its dot ("M.", "Dr.") or an initial ("J.").
        public static let abbreviation = Flags(rawValue: 1 << 8)
        /// Whitespace lies between this token and the previous one.
        public static let afterSpace = Flags(rawValue: 1 << 9)
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
