/// A second token stream in which hyphenated words and domain names are replaced by their parts.
///
/// "Jean-Yves" stays one token in `AnalyzedText.tokens` (so "Jean-Yves Le Drian"
/// matches as written); here it is "Jean", "-", "Yves", so that a matcher can
/// also find "Etat islamique" in "anti-Etat islamique" or "Atlantico" in
/// "Atlantico.fr". Every other token appears unchanged, so both streams cover
/// the same text; spans are byte offsets into the original like everywhere else.
/// When no token has parts, the arrays are shared with the whole stream.
public struct TokenParts: Sendable {
    /// The tokens of the split stream; pieces and their separators carry `.part`.
    public let tokens: [Token]
    /// Lexicon id of each token's normalized key (`Lexicon.unknown` when not in the lexicon).
    public let keys: [Int32]
    /// Index of the whole token each token of this stream comes from; empty when nothing was split.
    private let whole: [Int32]

    /// Whether any token was split (otherwise `tokens` are the whole tokens).
    public var hasSplits: Bool { !whole.isEmpty }

    /// Index in `AnalyzedText.tokens` of the whole token that part `index` comes from.
    public func wholeToken(ofPart index: Int) -> Int {
        whole.isEmpty ? index : Int(whole[index])
    }

    /// The indices of the parts of whole token `index` (one part for a token that was not split).
    public func parts(ofToken index: Int) -> Range<Int> {
        guard !whole.isEmpty else { return index..<(index + 1) }
        // `whole` is non-decreasing: binary search for the first part of `index`.
        var low = 0, high = whole.count
        while low < high {
            let mid = (low + high) / 2
            if Int(whole[mid]) < index { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < whole.count, Int(whole[end]) == index { end += 1 }
        return low..<end
    }

    /// Shares the whole stream: nothing to split.
    init(unsplit tokens: [Token], keys: [Int32]) {
        self.tokens = tokens
        self.keys = keys
        self.whole = []
    }

    /// Splits the hyphenated words and domain names of `tokens`.
    init(splitting tokens: [Token], keys: [Int32], bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, normalizer: Normalizer) {
        var builder = Builder(capacity: tokens.count + tokens.count / 8)
        CharacterTable.shared.classes.withUnsafeBufferPointer { table in
            let scanner = TokenScanner(bytes: bytes, table: table)
            for (index, token) in tokens.enumerated() {
                guard token.kind == .word, !token.flags.isDisjoint(with: [.hyphenated, .domain]) else {
                    builder.append(token, key: keys[index], whole: index)
                    continue
                }
                let splitsAtDots = token.flags.contains(.domain)
                // The first piece keeps the whole token's layout facts; every piece keeps `.boilerplate`.
                var inherited = token.flags.intersection([.afterSpace, .afterLineBreak, .afterBlankLine, .sentenceInitial,
                                                          .afterOpeningQuote, .boilerplate])
                var pieceStart = token.span.start
                var i = token.span.start
                while i <= token.span.end {
                    var length = 0
                    if i < token.span.end {
                        let (cls, l) = scanner.classify(i)
                        length = l
                        guard cls == .hyphen || (splitsAtDots && bytes[i] == 0x2E) else { i += length; continue }
                    }
                    if i > pieceStart {
                        var flags = inherited.union(.part)
                        let kind = TokenParts.shape(of: pieceStart, i, scanner, into: &flags)
                        builder.append(Token(span: TextSpan(start: pieceStart, end: i), kind: kind, flags: flags),
                                       key: TokenParts.key(pieceStart, i, bytes, lexicon, normalizer, &builder.key), whole: index)
                        inherited.formIntersection(.boilerplate)
                    }
                    guard i < token.span.end else { break }
                    var flags = inherited.union(.part)
                    if bytes[i] >= 0x80 { flags.insert(.nonASCII) }
                    builder.append(Token(span: TextSpan(start: i, end: i + length), kind: .punctuation, flags: flags),
                                   key: TokenParts.key(i, i + length, bytes, lexicon, normalizer, &builder.key), whole: index)
                    i += length
                    pieceStart = i
                }
            }
        }
        self.tokens = builder.tokens
        self.keys = builder.keys
        self.whole = builder.whole
    }

    /// The arrays of the split stream, filled in order.
    private struct Builder {
        var tokens: [Token] = []
        var keys: [Int32] = []
        var whole: [Int32] = []
        /// Scratch buffer for normalized keys.
        var key: [UInt8] = []

        init(capacity: Int) {
            tokens.reserveCapacity(capacity)
            keys.reserveCapacity(capacity)
            whole.reserveCapacity(capacity)
        }

        mutating func append(_ token: Token, key id: Int32, whole index: Int) {
            tokens.append(token)
            keys.append(id)
            whole.append(Int32(index))
        }
    }

    /// The lexicon id of the normalized key of `bytes[start..<end]`.
    private static func key(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ lexicon: Lexicon,
                            _ normalizer: Normalizer, _ scratch: inout [UInt8]) -> Int32 {
        scratch.removeAll(keepingCapacity: true)
        normalizer.fold(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: &scratch)
        return lexicon.id(of: scratch)
    }

    /// Kind and capitalisation of one piece.
    private static func shape(of start: Int, _ end: Int, _ scanner: TokenScanner, into flags: inout Token.Flags) -> Token.Kind {
        var letters = 0, upper = 0, digits = 0
        var i = start
        while i < end {
            let (cls, length) = scanner.classify(i)
            if i == start, cls == .upper { flags.insert(.initialCapital) }
            switch cls {
            case .upper: letters += 1; upper += 1
            case .lower, .letter: letters += 1
            case .digit: digits += 1
            default: break
            }
            if length > 1 { flags.insert(.nonASCII) }
            i += length
        }
        if letters >= 2 && upper == letters { flags.insert(.allCaps) }
        if digits > 0 { flags.insert(.hasDigit) }
        return letters == 0 && digits > 0 ? .number : .word
    }
}
