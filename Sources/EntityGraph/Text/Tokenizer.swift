/// Splits UTF-8 text into word, number, punctuation and symbol tokens with byte offsets into the original.
///
/// Works on bytes: ASCII is classified by a switch, scalars below U+0530 (every
/// Latin letter French uses, Greek, Cyrillic) by a table built once, and only
/// the rest through Unicode properties. No allocation per token.
///
/// - French elisions are split off the word they precede ("l'EI" -> "l'", "EI"),
///   with ' or ’; English "'s" is split off too ("Kerry's" -> "Kerry", "'s").
/// - Hyphenated words stay whole ("Jean-Yves"); `AnalyzedText.parts` gives their parts.
/// - Abbreviations and initials keep their dot ("M.", "Dr.", "J.-Y.", "U.S.").
/// - Numbers keep their group separators ("14 000", "4.000", "2,5", "00:24").
/// - URLs, e-mail addresses, @handles, #hashtags and domain names ("Atlantico.fr") are single tokens.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokenizes `bytes` (UTF-8; malformed sequences are read as U+FFFD and never crash).
    public func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        CharacterTable.shared.classes.withUnsafeBufferPointer { table in
            var scanner = TokenScanner(bytes: bytes, table: table)
            scanner.run()
            return scanner.tokens
        }
    }
}

/// Character classes the tokenizer distinguishes.
enum CharacterClass: UInt8 {
    case lower, upper, letter, mark, digit, space, newline, paragraph, apostrophe, hyphen, joiner, symbol, other

    /// Letters of any case, and combining marks that continue them.
    var isLetter: Bool { self.rawValue <= CharacterClass.mark.rawValue }
    /// Letters and digits: what a word is made of.
    var isAlphanumeric: Bool { self.rawValue <= CharacterClass.digit.rawValue }
}

/// The class of every scalar below U+0530, computed once from Unicode properties.
struct CharacterTable: Sendable {
    static let shared = CharacterTable()
    static let limit: UInt32 = 0x530

    let classes: [CharacterClass]

    private init() {
        classes = (0..<CharacterTable.limit).map { CharacterTable.slowClass(Unicode.Scalar($0)!) }
    }

    /// The class of one scalar, from its properties (and a few typographic special cases).
    static func slowClass(_ scalar: Unicode.Scalar) -> CharacterClass {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x85, 0x2028: return .newline
        case 0x2029: return .paragraph
        case 0x09, 0x0D, 0x20, 0x200B: return .space
        case 0x27, 0x60, 0xB4, 0x2BC, 0x2B9, 0x2018, 0x2019, 0x201B, 0x2032, 0xFF07: return .apostrophe
        case 0x2D, 0x2010, 0x2011: return .hyphen
        case 0xAD, 0x200C, 0x200D, 0x2060, 0xFEFF: return .joiner
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .otherLetter, .modifierLetter: return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .format: return .joiner
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
        default: return properties.isAlphabetic ? .letter : .other
        }
    }
}

/// One pass of the tokenizer over a buffer.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let table: UnsafeBufferPointer<CharacterClass>
    let n: Int
    var tokens: [Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<CharacterClass>) {
        self.bytes = bytes
        self.table = table
        self.n = bytes.count
        tokens.reserveCapacity(bytes.count / 5 + 4)
    }

    /// The class and byte length of the scalar at `i`.
    @inline(__always)
    func classify(_ i: Int) -> (CharacterClass, Int) {
        let b = bytes[i]
        if b < 0x80 {
            switch b {
            case 0x61...0x7A: return (.lower, 1)
            case 0x41...0x5A: return (.upper, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x20, 0x09: return (.space, 1)
            case 0x0A, 0x0B, 0x0C: return (.newline, 1)
            // A lone CR is an old Mac line end; before LF it is part of CRLF.
            case 0x0D: return (i + 1 < n && bytes[i + 1] == 0x0A ? .space : .newline, 1)
            case 0x27, 0x60: return (.apostrophe, 1)
            case 0x2D: return (.hyphen, 1)
            case 0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x7C, 0x7E: return (.symbol, 1)
            default: return (.other, 1)
            }
        }
        if b & 0xE0 == 0xC0, b >= 0xC2, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
            let value = Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
            if value < Int(CharacterTable.limit) { return (table[value], 2) }
        }
        return slowClassify(i)
    }

    /// Classes of scalars of three or four bytes, with the typographic marks of French text first.
    private func slowClassify(_ i: Int) -> (CharacterClass, Int) {
        let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
        switch scalar.value {
        case 0x2019: return (.apostrophe, length)
        case 0xA0, 0x202F, 0x2009: return (.space, length)
        case 0x2013, 0x2014, 0x2026, 0x201C, 0x201D, 0x201E: return (.other, length)
        case 0xFFFD: return (.other, length)
        default: return (CharacterTable.slowClass(scalar), length)
        }
    }

    /// Whether the scalar at `i` is one of the spaces that group digits ("14 000", U+00A0, U+202F, U+2009).
    @inline(__always)
    func groupSpaceLength(_ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 { return 1 }
        if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89 { return 3 }
        return 0
    }

    @inline(__always)
    func isASCIIDigit(_ i: Int) -> Bool { i < n && bytes[i] &- 0x30 < 10 }

    @inline(__always)
    func isASCIILower(_ i: Int) -> Bool { i < n && bytes[i] &- 0x61 < 26 }

    @inline(__always)
    func classAt(_ i: Int) -> CharacterClass { i < n ? classify(i).0 : .space }

    // MARK: - Main loop

    mutating func run() {
        var i = 0
        var newlines = 0
        var sawSpace = false
        while i < n {
            if bytes[i] == 0x20 { sawSpace = true; i += 1; continue }
            let (cls, length) = classify(i)
            switch cls {
            case .newline: newlines += 1; i += length; continue
            case .paragraph: newlines += 2; i += length; continue
            case .space, .joiner: sawSpace = true; i += length; continue
            default: break
            }
            var layout: Token.Flags = []
            if newlines > 0 { layout.insert(.afterLineBreak) }
            if newlines > 1 { layout.insert(.afterBlankLine) }
            if sawSpace || newlines > 0 { layout.insert(.afterSpace) }
            if cls.isAlphanumeric {
                i = scanWord(from: i, layout: layout)
            } else {
                i = scanMark(from: i, class: cls, length: length, layout: layout)
            }
            newlines = 0
            sawSpace = false
        }
    }

    /// A punctuation mark, symbol, handle or hashtag at `i`; returns its end.
    private mutating func scanMark(from i: Int, class cls: CharacterClass, length: Int, layout: Token.Flags) -> Int {
        let b = bytes[i]
        var flags = layout
        if (b == 0x40 || b == 0x23), i + 1 < n, classify(i + 1).0.isAlphanumeric || bytes[i + 1] == 0x5F {
            // "@franceinfo", "#Mossoul"
            var j = i + 1
            while j < n {
                let (c, l) = classify(j)
                guard c.isAlphanumeric || bytes[j] == 0x5F else { break }
                if l > 1 { flags.insert(.nonASCII) }
                j += l
            }
            append(i, j, .symbol, flags.union(.handle))
            return j
        }
        var end = i + length
        // Runs of one mark are one token: "...", "!!", "--".
        if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x2D {
            while end < n, bytes[end] == b { end += 1 }
        }
        if b >= 0x80 { flags.insert(.nonASCII) }
        append(i, end, cls == .symbol ? .symbol : .punctuation, flags)
        return end
    }

    @inline(__always)
    private mutating func append(_ start: Int, _ end: Int, _ kind: Token.Kind, _ flags: Token.Flags) {
        tokens.append(Token(span: TextSpan(uncheckedStart: start, end: end), kind: kind, flags: flags))
    }

    // MARK: - Words and numbers

    /// What is known about the word being scanned.
    struct WordState {
        var start: Int
        var letters = 0
        var upper = 0
        var digits = 0
        /// Length of the current run of digits, to group "14 000".
        var digitRun = 0
        /// Whether a group separator was seen: groups after the first must then have 3 digits ("14 000 000").
        var spaceGrouped = false
        var firstIsUpper = false
        var nonASCII = false
        var hyphenated = false

        init(start: Int) { self.start = start }
    }

    /// A word, number, URL, e-mail address or domain name at `start`; appends it (and any elision split off it).
    private mutating func scanWord(from start: Int, layout initialLayout: Token.Flags) -> Int {
        let first = bytes[start] | 0x20
        if first == 0x68 || first == 0x77 || first == 0x66, let end = urlEnd(from: start) {
            append(start, end, .symbol, initialLayout.union(.url))
            return end
        }
        let bytes = self.bytes
        let n = self.n
        var layout = initialLayout
        var word = WordState(start: start)
        var i = start
        while i < n {
            // Runs of ASCII letters and digits, most of any word, counted in locals (registers).
            var letters = 0, upper = 0, digits = 0, digitRun = word.digitRun
            var j = i
            while j < n {
                let b = bytes[j]
                if (b | 0x20) &- 0x61 < 26 {
                    letters &+= 1
                    if b < 0x61 { upper &+= 1 }
                    digitRun = 0
                } else if b &- 0x30 < 10 {
                    digits &+= 1
                    digitRun &+= 1
                } else {
                    break
                }
                j &+= 1
            }
            if j > i {
                if i == word.start { word.firstIsUpper = bytes[i] &- 0x41 < 26 }
                word.letters += letters
                word.upper += upper
                word.digits += digits
                word.digitRun = digitRun
                i = j
                if i == n { break }
            }
            let (cls, length) = classify(i)
            switch cls {
            case .upper, .lower, .letter, .mark:
                if i == word.start { word.firstIsUpper = cls == .upper }
                if cls != .mark { word.letters += 1 }
                if cls == .upper { word.upper += 1 }
                if length > 1 { word.nonASCII = true }
                word.digitRun = 0
                i += length
                continue
            case .digit:
                word.digits += 1
                word.digitRun += 1
                if length > 1 { word.nonASCII = true }
                i += length
                continue
            case .joiner:
                word.nonASCII = true
                i += length
                continue
            case .apostrophe:
                let next = i + length
                let nextClass = classAt(next)
                if word.digits == 0, !word.hyphenated, isElision(word.start, i),
                   !(i - word.start == 1 && bytes[word.start] == 0x4E && nextClass == .upper) {
                    // "l'EI", "qu’il"; not "N'Djamena". An elision before a quote or a space is still one.
                    emit(word, end: next, layout: layout, extra: .elision)
                    if !nextClass.isAlphanumeric { return next }
                    word = WordState(start: next)
                    layout = []
                    i = next
                    continue
                }
                guard nextClass.isLetter, word.letters > 0 else { break }
                if bytes[next] | 0x20 == 0x73, !classAt(next + 1).isAlphanumeric {
                    // English possessive: "Kerry's" -> "Kerry" + "'s".
                    emit(word, end: i, layout: layout)
                    append(i, next + 1, .word, length > 1 ? [.clitic, .nonASCII] : .clitic)
                    return next + 1
                }
                if length > 1 { word.nonASCII = true }
                i = next
                continue
            case .hyphen:
                // Hyphenated words stay whole: "Jean-Yves", "Al-Anbar", "a-t-il", "1914-1918".
                let next = i + length
                guard classAt(next).isAlphanumeric else { break }
                word.hyphenated = true
                word.digitRun = 0
                if length > 1 { word.nonASCII = true }
                i = next
                continue
            case .space:
                // "14 000": a first group of 1-3 digits, then groups of exactly 3.
                guard word.letters == 0, word.digits > 0, !word.hyphenated,
                      word.spaceGrouped ? word.digitRun == 3 : word.digitRun <= 3 else { break }
                let space = groupSpaceLength(i)
                guard space > 0, isASCIIDigit(i + space), isASCIIDigit(i + space + 1), isASCIIDigit(i + space + 2),
                      !classAt(i + space + 3).isAlphanumeric else { break }
                word.digits += 3
                word.digitRun = 3
                word.spaceGrouped = true
                if space > 1 { word.nonASCII = true }
                i += space + 3
                continue
            case .other:
                if let end = continueAtMark(&word, i, layout: layout) {
                    if end < 0 { return -end }
                    i = end
                    continue
                }
            default:
                break
            }
            break
        }
        emit(word, end: i, layout: layout)
        return i
    }

    /// Handles ". , : @" inside a word: returns where to go on, the negated end when a token was emitted, or nil to stop.
    private mutating func continueAtMark(_ word: inout WordState, _ i: Int, layout: Token.Flags) -> Int? {
        let b = bytes[i]
        let isNumber = word.letters == 0 && word.digits > 0 && !word.hyphenated
        switch b {
        case 0x2E: // .
            if isNumber && isASCIIDigit(i + 1) { word.digitRun = 0; word.spaceGrouped = true; return i + 1 }
            guard word.letters > 0 else { return nil }
            if let end = emailEnd(from: word.start) {
                append(word.start, end, .symbol, layout.union(.email))
                return -end
            }
            if let end = domainEnd(from: word.start, dot: i) {
                if end < n, bytes[end] == 0x2F, let urlEnd = pathEnd(from: end) {
                    append(word.start, urlEnd, .symbol, layout.union(.url))
                    return -urlEnd
                }
                emit(word, end: end, layout: layout, extra: .domain)
                return -end
            }
            if word.letters == 1, word.upper == 1, word.digits == 0, !word.hyphenated {
                let end = initialsEnd(after: i)
                var flags = layout.union([.abbreviation, .initialCapital])
                if end > i + 1 { flags.insert(.allCaps) }
                if word.nonASCII { flags.insert(.nonASCII) }
                append(word.start, end, .word, flags)
                return -end
            }
            if word.digits == 0, !word.hyphenated, Abbreviations.contains(bytes, word.start, i) {
                emit(word, end: i + 1, layout: layout, extra: .abbreviation)
                return -(i + 1)
            }
            return nil
        case 0x2C: // , in "2,5"
            if isNumber && isASCIIDigit(i + 1) { word.digitRun = 0; word.spaceGrouped = true; return i + 1 }
            return nil
        case 0x3A: // : in "00:24"
            if isNumber, word.digitRun <= 2, isASCIIDigit(i + 1), isASCIIDigit(i + 2), !classAt(i + 3).isAlphanumeric {
                word.digits += 2
                word.digitRun = 2
                return i + 3
            }
            return nil
        case 0x40, 0x5F, 0x2B, 0x25: // @ _ + %: only inside e-mail addresses
            if let end = emailEnd(from: word.start) {
                append(word.start, end, .symbol, layout.union(.email))
                return -end
            }
            return nil
        default:
            return nil
        }
    }

    private mutating func emit(_ word: WordState, end: Int, layout: Token.Flags, extra: Token.Flags = []) {
        var flags = layout.union(extra)
        if word.firstIsUpper { flags.insert(.initialCapital) }
        if word.letters >= 2 && word.upper == word.letters { flags.insert(.allCaps) }
        if word.digits > 0 { flags.insert(.hasDigit) }
        if word.nonASCII { flags.insert(.nonASCII) }
        if word.hyphenated { flags.insert(.hyphenated) }
        append(word.start, end, word.letters == 0 && word.digits > 0 ? .number : .word, flags)
    }

    // MARK: - Special shapes

    /// Whether `bytes[from..<to]` is a French elided word: l d j n s c m t qu jusqu lorsqu puisqu quoiqu.
    private func isElision(_ from: Int, _ to: Int) -> Bool {
        @inline(__always) func lower(_ k: Int) -> UInt8 { bytes[from + k] | 0x20 }
        @inline(__always) func isQU(_ k: Int) -> Bool { lower(k) == 0x71 && lower(k + 1) == 0x75 }
        for k in from..<to where bytes[k] >= 0x80 || bytes[k] &- 0x41 >= 58 { return false }
        switch to - from {
        case 1: return [0x6C, 0x64, 0x6A, 0x6E, 0x73, 0x63, 0x6D, 0x74].contains(lower(0))
        case 2: return isQU(0)
        case 5: return lower(0) == 0x6A && lower(1) == 0x75 && lower(2) == 0x73 && isQU(3)  // jusqu
        case 6:
            guard isQU(4) else { return false }
            let a = lower(0), b = lower(1), c = lower(2), d = lower(3)
            return (a == 0x6C && b == 0x6F && c == 0x72 && d == 0x73)      // lorsqu
                || (a == 0x70 && b == 0x75 && c == 0x69 && d == 0x73)      // puisqu
                || (a == 0x71 && b == 0x75 && c == 0x6F && d == 0x69)      // quoiqu
        default: return false
        }
    }

    /// After the dot of an initial: the end of a chain of initials ("J.-Y.", "U.S.A.").
    private func initialsEnd(after dot: Int) -> Int {
        var end = dot + 1
        while end < n {
            var j = end
            if bytes[j] == 0x2D { j += 1 }
            guard j < n else { break }
            let (cls, length) = classify(j)
            guard cls == .upper, j + length < n, bytes[j + length] == 0x2E, !classAt(j + length + 1).isLetter else { break }
            end = j + length + 1
        }
        return end
    }

    /// The end of a domain name starting at `start` whose first dot is at `dot`, if its last label is a known top-level domain.
    private func domainEnd(from start: Int, dot: Int) -> Int? {
        var end = dot
        var labelStart = dot
        var lastDot = dot
        while end < n, bytes[end] == 0x2E {
            var j = end + 1
            while j < n, bytes[j] &- 0x61 < 26 || bytes[j] &- 0x41 < 26 || bytes[j] &- 0x30 < 10 || bytes[j] == 0x2D { j += 1 }
            guard j > end + 1 else { break }
            lastDot = end
            labelStart = end + 1
            end = j
        }
        guard lastDot > start, end > labelStart, !classAt(end).isLetter,
              TopLevelDomains.contains(bytes, labelStart, end) else { return nil }
        return end
    }

    /// The end of an e-mail address starting at `start`, if there is one.
    private func emailEnd(from start: Int) -> Int? {
        var j = start
        while j < n, bytes[j] < 0x80, isLocalPartByte(bytes[j]) { j += 1 }
        guard j < n, j > start, bytes[j] == 0x40 else { return nil }
        var end = j + 1
        var labels = 0
        var lastLabelAlphabetic = false
        while true {
            var k = end
            var alphabetic = true
            while k < n, bytes[k] &- 0x61 < 26 || bytes[k] &- 0x41 < 26 || bytes[k] &- 0x30 < 10 || bytes[k] == 0x2D {
                if bytes[k] &- 0x30 < 10 || bytes[k] == 0x2D { alphabetic = false }
                k += 1
            }
            guard k > end else { break }
            labels += 1
            lastLabelAlphabetic = alphabetic && k - end >= 2
            if k < n - 1, bytes[k] == 0x2E, bytes[k + 1] < 0x80, bytes[k + 1] != 0x2E, classAt(k + 1).isAlphanumeric {
                end = k + 1
                continue
            }
            end = k
            break
        }
        guard labels >= 2, lastLabelAlphabetic else { return nil }
        return end
    }

    @inline(__always)
    private func isLocalPartByte(_ b: UInt8) -> Bool {
        b &- 0x61 < 26 || b &- 0x41 < 26 || b &- 0x30 < 10 || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
    }

    /// The end of a URL starting at `start` ("http://", "https://", "ftp://", "www."), trailing punctuation excluded.
    private func urlEnd(from start: Int) -> Int? {
        func hasPrefix(_ p: StaticString) -> Bool {
            let count = p.utf8CodeUnitCount
            guard start + count <= n else { return false }
            return p.withUTF8Buffer { pb in
                for k in 0..<count where (bytes[start + k] | (pb[k] >= 0x61 ? 0x20 : 0)) != pb[k] { return false }
                return true
            }
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("ftp://") || hasPrefix("www.") else { return nil }
        return pathEnd(from: start)
    }

    /// The end of a URL or path running from `start`: up to a space, a quote or an angle bracket, without
    /// trailing punctuation or an unbalanced closing parenthesis.
    private func pathEnd(from start: Int) -> Int? {
        var j = start
        var open = 0
        while j < n {
            let b = bytes[j]
            if b <= 0x20 || b == 0x22 || b == 0x3C || b == 0x3E || b == 0x60 { break }
            if b >= 0x80 {
                let (cls, length) = classify(j)
                guard cls.isAlphanumeric else { break }
                j += length
                continue
            }
            if b == 0x28 { open += 1 }
            if b == 0x29 { if open == 0 { break }; open -= 1 }
            j += 1
        }
        while j > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27].contains(bytes[j - 1]) { j -= 1 }
        return j > start + 1 ? j : nil
    }
}

/// Abbreviations that keep their final dot, compared without ASCII case.
///
/// Left out on purpose: words that also end sentences ("art.", "vol.", "col.",
/// "no.", "me." in English). Single capital letters are initials and need no entry.
enum Abbreviations {
    static let words: [String] = [
        "mm", "mme", "mmes", "mlle", "mlles", "mgr", "dr", "drs", "pr", "st", "ste", "sts", "mr", "mrs", "ms", "jr", "sr",
        "gén", "gen", "cmdt", "lt", "sgt", "capt", "gov", "sen", "rep", "prof", "vs", "etc", "cf", "av", "bd", "boul",
        "éd", "ed", "eds", "p", "pp", "chap", "env", "hab", "tél", "inc", "ltd", "corp", "cie", "ets", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "avr", "juil", "déc",
        "nos", "réf", "ibid", "op", "ex", "min", "max", "approx", "dept", "univ", "assn", "bros", "co", "mt", "ft",
    ]
    static let hashes: Set<UInt64> = Set(words.map { word in
        Array(word.utf8).withUnsafeBufferPointer { hash($0, 0, $0.count) }
    })

    /// FNV-1a of the bytes with ASCII letters lower-cased.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in from..<to {
            let b = bytes[k]
            h = (h ^ UInt64(b &+ ((b &- 0x41) < 26 ? 0x20 : 0))) &* 0x100_0000_01b3
        }
        return h
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        to - from <= 6 && hashes.contains(hash(bytes, from, to))
    }
}

/// Top-level domains that make "word.tld" a domain name; ones that are also common words after a missing space
/// ("de", "la", "le", "es", "it", "in", "me", "us", "ma", "to", "at", "is", "so", "no", "on", "an") are left out.
enum TopLevelDomains {
    static let names: [String] = [
        "fr", "com", "org", "net", "eu", "info", "io", "gov", "edu", "int", "mil", "biz", "be", "ch", "ca", "uk", "lu",
        "nl", "pt", "ru", "cn", "jp", "au", "br", "tv", "fm", "news", "co", "ly", "ir", "iq", "sy", "tr", "il", "ps",
        "lb", "eg", "qa", "ae", "sa", "tn", "dz", "sn", "ci", "cd", "cm", "ml", "ga", "re", "mq", "gp", "nc", "pf",
        "ht", "pl", "ua", "gr", "se", "dk", "fi", "cz", "hu", "ro", "ie", "ng", "ke", "za", "ar", "mx", "cl",
        "online", "media", "press", "blog", "africa", "paris", "bzh", "alsace", "corsica", "quebec", "swiss",
    ]
    static let hashes: Set<UInt64> = Set(names.map { name in
        Array(name.utf8).withUnsafeBufferPointer { Abbreviations.hash($0, 0, $0.count) }
    })

    /// Whether `bytes[from..<to]` is a known top-level domain, all lower case or all upper case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard to - from >= 2, to - from <= 7 else { return false }
        var lower = 0, upper = 0
        for k in from..<to {
            if bytes[k] &- 0x61 < 26 { lower += 1 } else if bytes[k] &- 0x41 < 26 { upper += 1 } else { return false }
        }
        guard lower == 0 || upper == 0 else { return false }
        return hashes.contains(Abbreviations.hash(bytes, from, to))
    }
}
