/// Splits UTF-8 text into word, number and punctuation tokens with byte offsets into the original.
///
/// Works on bytes with an ASCII fast path; full scalars are decoded only for
/// bytes >= 0x80. French elisions ("l'", "qu’") are split off the word they
/// precede so that "l'Irak" yields "Irak"; hyphenated words stay whole.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Lower-case ASCII forms of the elided words split before lookup.
    static let elisions: Set<[UInt8]> = Set(
        ["l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"].map { Array($0.utf8) })

    /// Abbreviations that keep their final dot (lower-cased).
    static let abbreviations: Set<[UInt8]> = Set(
        ["m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "mr", "mrs", "ms", "jr", "sr",
         "gen", "gén", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof", "mgr", "vs", "etc", "cf", "p", "av",
         "no", "art", "fig", "vol", "éd", "ed"].map { Array($0.utf8) })

    enum CharClass { case letter, digit, space, newline, apostrophe, dash, other }

    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharClass, Unicode.Scalar, Int) {
        let b = bytes[i]
        if b < 0x80 {
            let s = Unicode.Scalar(b)
            switch b {
            case 0x61...0x7A, 0x41...0x5A: return (.letter, s, 1)
            case 0x30...0x39: return (.digit, s, 1)
            case 0x0A: return (.newline, s, 1)
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return (.space, s, 1)
            case 0x27: return (.apostrophe, s, 1)
            case 0x2D: return (.dash, s, 1)
            default: return (.other, s, 1)
            }
        }
        let (s, len) = UTF8Decoding.scalar(in: bytes, at: i)
        switch s.value {
        case 0x2019, 0x02BC: return (.apostrophe, s, len)
        case 0x2010, 0x2011: return (.dash, s, len)
        case 0x2028, 0x2029, 0x85: return (.newline, s, len)
        case 0x200B, 0xFEFF: return (.space, s, len)
        default: break
        }
        let p = s.properties
        if p.isWhitespace { return (.space, s, len) }
        if p.isAlphabetic { return (.letter, s, len) }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return (.letter, s, len)
        case .decimalNumber: return (.digit, s, len)
        default: return (.other, s, len)
        }
    }

    /// Tokenizes `bytes` (UTF-8).
    public func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var newlines = 0
        var sawSpace = false
        func pendingFlags() -> Token.Flags {
            var f: Token.Flags = []
            if newlines > 0 { f.insert(.afterLineBreak) }
            if newlines > 1 { f.insert(.afterBlankLine) }
            if sawSpace || newlines > 0 { f.insert(.afterSpace) }
            return f
        }
        while i < n {
            let (cls, _, len) = Tokenizer.classify(bytes, i)
            switch cls {
            case .newline:
                newlines += 1; i += len; continue
            case .space:
                sawSpace = true; i += len; continue
            case .letter, .digit:
                let start = i
                var flags = pendingFlags()
                i = scanWord(bytes, from: i, tokens: &tokens, flags: &flags)
                _ = start
            default:
                var flags = pendingFlags()
                if bytes[i] == 0x40 /* @ */, i + 1 < n, Tokenizer.classify(bytes, i + 1).0 == .letter {
                    // @handle
                    var j = i + 1
                    while j < n {
                        let (c, _, l) = Tokenizer.classify(bytes, j)
                        guard c == .letter || c == .digit || bytes[j] == 0x5F else { break }
                        j += l
                    }
                    tokens.append(Token(span: TextSpan(start: i, end: j), kind: .symbol, flags: flags))
                    i = j
                } else {
                    var end = i + len
                    // "..." is one token.
                    if bytes[i] == 0x2E { while end < n, bytes[end] == 0x2E { end += 1 } }
                    if bytes[i] >= 0x80 { flags.insert(.nonASCII) }
                    tokens.append(Token(span: TextSpan(start: i, end: end), kind: .punctuation, flags: flags))
                    i = end
                }
            }
            newlines = 0
            sawSpace = false
        }
        return tokens
    }

    /// Scans a word or number starting at `start`, appends it (and any elision split off it); returns the end.
    private func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, tokens: inout [Token],
                          flags initialFlags: inout Token.Flags) -> Int {
        let n = bytes.count
        if let end = scanURL(bytes, from: start) {
            tokens.append(Token(span: TextSpan(start: start, end: end), kind: .symbol, flags: initialFlags))
            return end
        }
        var wordStart = start
        var flags = initialFlags
        var i = start
        var letters = 0, upper = 0, digits = 0
        var firstUpper = false
        var nonASCII = false
        func emit(_ end: Int, extra: Token.Flags = []) {
            var f = flags.union(extra)
            if firstUpper { f.insert(.initialCapital) }
            if letters >= 2 && upper == letters { f.insert(.allCaps) }
            if digits > 0 { f.insert(.hasDigit) }
            if nonASCII { f.insert(.nonASCII) }
            let kind: Token.Kind = letters == 0 && digits > 0 ? .number : .word
            tokens.append(Token(span: TextSpan(start: wordStart, end: end), kind: kind, flags: f))
        }
        while i < n {
            let (cls, s, len) = Tokenizer.classify(bytes, i)
            switch cls {
            case .letter:
                if letters == 0 && digits == 0 && i == wordStart { firstUpper = s.properties.isUppercase }
                letters += 1
                if s.properties.isUppercase { upper += 1 }
                if len > 1 { nonASCII = true }
                i += len
                continue
            case .digit:
                digits += 1; i += len
                continue
            case .apostrophe:
                guard i + len < n, Tokenizer.classify(bytes, i + len).0 == .letter else { break }
                if digits == 0, Tokenizer.elisions.contains(asciiLower(bytes, wordStart, i)) {
                    emit(i + len, extra: .elision)
                    wordStart = i + len
                    flags = []
                    letters = 0; upper = 0; digits = 0; firstUpper = false; nonASCII = false
                    i += len
                    continue
                }
                if len > 1 { nonASCII = true }
                i += len
                continue
            case .dash:
                // Hyphenated words stay whole: "Jean-Yves", "Al-Anbar", "Etats-Unis".
                if i + len < n {
                    let next = Tokenizer.classify(bytes, i + len).0
                    if next == .letter || next == .digit { i += len; continue }
                }
            case .space:
                // Numbers written with spaces between groups of three digits: "14 000".
                if letters == 0, digits > 0, let end = digitGroup(bytes, after: i) { digits += 3; i = end; continue }
            case .other:
                let b = bytes[i]
                // "4.000", "2,5", "Atlantico.fr", e-mail addresses.
                if (b == 0x2E || b == 0x2C), i + 1 < n {
                    let next = bytes[i + 1]
                    let nextDigit = next >= 0x30 && next <= 0x39
                    let nextLower = next >= 0x61 && next <= 0x7A
                    if b == 0x2C ? (digits > 0 && letters == 0 && nextDigit)
                        : ((digits > 0 && letters == 0 && nextDigit) || (letters > 0 && nextLower && isDomainTail(bytes, i + 1))) {
                        i += 1; continue
                    }
                }
                if b == 0x40, letters + digits > 0, i + 1 < n, Tokenizer.classify(bytes, i + 1).0 == .letter {
                    i += 1; continue
                }
                if b == 0x2E, letters > 0, digits == 0 {
                    let word = asciiLower(bytes, wordStart, i)
                    // Initials ("J.", "J.-Y.") and known abbreviations keep their dot.
                    if (letters == 1 && upper == 1) || Tokenizer.abbreviations.contains(word) {
                        var end = i + 1
                        if letters == 1, end + 2 < n, bytes[end] == 0x2D,
                           Tokenizer.classify(bytes, end + 1).0 == .letter, bytes[end + 2] == 0x2E {
                            end += 3
                        }
                        emit(end, extra: .abbreviation)
                        return end
                    }
                }
            default:
                break
            }
            break
        }
        emit(i)
        return i
    }

    /// Lower-cased ASCII bytes of `bytes[from..<to]` (other bytes kept).
    private func asciiLower(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(to - from)
        for k in from..<to { let b = bytes[k]; out.append(b &+ ((b &- 0x41) < 26 ? 0x20 : 0)) }
        return out
    }

    /// After a space inside a number: the end of a following group of exactly three digits, if any.
    private func digitGroup(_ bytes: UnsafeBufferPointer<UInt8>, after space: Int) -> Int? {
        let (_, _, len) = Tokenizer.classify(bytes, space)
        // Only single spaces (ASCII, no-break, narrow no-break) join digit groups.
        let b = bytes[space]
        guard b == 0x20 || len > 1 else { return nil }
        var j = space + len
        var count = 0
        while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1; count += 1 }
        guard count == 3 else { return nil }
        if j < bytes.count, Tokenizer.classify(bytes, j).0 == .letter { return nil }
        return j
    }

    /// Whether the letters after a dot look like a domain name's end ("fr", "com") rather than a new word.
    private func isDomainTail(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int) -> Bool {
        var j = from
        while j < bytes.count, (bytes[j] >= 0x61 && bytes[j] <= 0x7A) { j += 1 }
        let length = j - from
        guard length >= 2 && length <= 4 else { return false }
        return j == bytes.count || !(Tokenizer.classify(bytes, j).0 == .letter)
    }

    /// The end of a URL starting at `start` ("http://", "https://", "www."), trailing punctuation excluded.
    private func scanURL(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        func hasPrefix(_ p: StaticString) -> Bool {
            let count = p.utf8CodeUnitCount
            guard start + count <= bytes.count else { return false }
            return p.withUTF8Buffer { pb in
                for k in 0..<count where (bytes[start + k] | 0x20) != pb[k] { return false }
                return true
            }
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        var j = start
        while j < bytes.count, bytes[j] > 0x20, bytes[j] != 0x22, bytes[j] != 0x3C, bytes[j] != 0x3E { j += 1 }
        while j > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x21, 0x3F].contains(bytes[j - 1]) { j -= 1 }
        return j
    }
}
