/// The one escaping layer every writer shares: what each format cannot carry is decided here, once (Decision 0205).
///
/// | format | escaped | replaced by U+FFFD | other |
/// |---|---|---|---|
/// | XML (GraphML, GEXF) | `& < >`; in attributes `"` and TAB/LF/CR as `&#9;` `&#10;` `&#13;`; CR in text as `&#13;` | `unrepresentable` scalars | |
/// | DOT | `\` `"`; LF, CR, CRLF as `\n` | `unrepresentable` scalars | cut at 16,000 bytes with "…" |
/// | CSV | RFC 4180 quoting when a field holds `,` `"` CR LF | `unrepresentable` scalars | ends trimmed of <= U+0020; `\` as U+FF3C |
/// | JSON | `"` `\`, controls as `\uXXXX`, U+2028/9 | none | exact |
///
/// Filtering works on Unicode scalars (UTF-8 sequences), never on Characters: a
/// grapheme cluster can hide a forbidden scalar.
public enum Escaping {
    /// Scalars XML 1.0 forbids (§2.2: C0 controls but TAB, LF, CR; U+FFFE, U+FFFF) or discourages (U+007F-U+0084,
    /// U+0086-U+009F, U+FDD0-U+FDEF, U+nFFFE/U+nFFFF); they carry nothing a reader wants, so every lossy format drops them.
    @inline(__always)
    public static func isUnrepresentable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 { return v != 0x9 && v != 0xA && v != 0xD }
        if v < 0x7F { return false }
        if v <= 0x9F { return v != 0x85 }
        if v >= 0xFDD0 && v <= 0xFDEF { return true }
        return v & 0xFFFE == 0xFFFE
    }

    private static let replacement: StaticString = "\u{FFFD}"

    /// Calls `body` with the UTF-8 bytes of `string`, without the copy (and its reference counting) that `var` +
    /// `withUTF8` makes; only strings that are not contiguous UTF-8 (bridged) are copied.
    @inline(__always)
    static func withUTF8(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if string.utf8.withContiguousStorageIfAvailable(body) == nil {
            var copy = string
            copy.withUTF8(body)
        }
    }

    /// Length of the UTF-8 sequence starting at `u[i]` (valid UTF-8), and whether its scalar is unrepresentable.
    @inline(__always)
    private static func nonASCII(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> (length: Int, unrepresentable: Bool) {
        let b = u[i]
        if b < 0xE0 { return (2, b == 0xC2 && u[i + 1] <= 0x9F && u[i + 1] != 0x85) }
        if b < 0xF0 {
            // U+FDD0-U+FDEF = EF B7 90-AF; U+FFFE/U+FFFF = EF BF BE/BF
            let bad = b == 0xEF && ((u[i + 1] == 0xB7 && u[i + 2] >= 0x90 && u[i + 2] <= 0xAF)
                                    || (u[i + 1] == 0xBF && u[i + 2] >= 0xBE))
            return (3, bad)
        }
        // U+nFFFE/U+nFFFF: low bits of byte 2 all set, then BF, then BE/BF.
        return (4, u[i + 1] & 0x0F == 0x0F && u[i + 2] == 0xBF && u[i + 3] >= 0xBE)
    }

    // MARK: XML

    /// For each byte: 0 = copy as is, 1 = escape or replace, 3 = lead byte of a sequence that may encode an
    /// unrepresentable scalar (C2: U+0080-U+00BF; EF: U+F000-U+FFFF; F0-F4: planes 1-16). Other lead and continuation
    /// bytes (é, à, most emoji) are copied. Attributes also escape `"`, TAB and LF.
    private static let xmlClasses: (text: [UInt8], attribute: [UInt8]) = {
        let text: [UInt8] = (0..<256).map { b in
            switch b {
            case 0x09, 0x0A: return 0
            case 0..<0x20, 0x26, 0x3C, 0x3E, 0x7F: return 1
            case 0xC2, 0xEF, 0xF0...0xF4: return 3
            default: return 0
            }
        }
        var attribute = text
        for b in [0x09, 0x0A, 0x22] { attribute[b] = 1 }
        return (text, attribute)
    }()

    /// Whether the 8 bytes of `word` are printable ASCII that XML takes as they are, so that plain text is copied 8
    /// bytes at a time. SWAR tests (graphics.stanford.edu/~seander/bithacks.html "haszero", "hasless"), exact as yes/no
    /// answers. Measured: adding tests for non-ASCII lead bytes here, or `SIMD16` comparisons (not vectorized by the
    /// compiler), is slower than leaving words with non-ASCII bytes to the byte loop.
    @inline(__always)
    private static func isPlainXML(_ word: UInt64, attribute: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ byte: UInt64) -> Bool {
            let v = word ^ (ones &* byte)
            return (v &- ones) & ~v & high != 0
        }
        if word & high != 0 { return false }
        if (word &- ones &* 0x20) & ~word & high != 0 { return false }
        if has(0x26) || has(0x3C) || has(0x3E) || has(0x7F) { return false }
        return !(attribute && has(0x22))
    }

    /// Appends `string` as XML character data, or as a double-quoted attribute value when `attribute` is true.
    public static func appendXML(_ string: String, attribute: Bool, to out: ExportBuffer) {
        withUTF8(string) { u in
            (attribute ? xmlClasses.attribute : xmlClasses.text).withUnsafeBufferPointer { classes in
                guard let base = u.baseAddress else { return }
                let raw = UnsafeRawPointer(base)
                var i = 0, run = 0
                while i < u.count {
                    if i + 8 <= u.count && isPlainXML(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), attribute: attribute) {
                        i += 8
                        continue
                    }
                    let b = u[i]
                    let kind = classes[Int(b)]
                    if kind == 0 { i += 1; continue }
                    if kind == 3 {
                        let (length, bad) = nonASCII(u, i)
                        if bad {
                            out.append(UnsafeBufferPointer(rebasing: u[run..<i]))
                            out.append(replacement)
                            run = i + length
                        }
                        i += length
                        continue
                    }
                    out.append(UnsafeBufferPointer(rebasing: u[run..<i]))
                    switch b {
                    case 0x26: out.append("&amp;")
                    case 0x3C: out.append("&lt;")
                    case 0x3E: out.append("&gt;")
                    case 0x22: out.append("&quot;")
                    // §2.11 turns a raw CR into LF, and §3.3.3 turns TAB/LF/CR in attributes into spaces.
                    case 0x0D: out.append("&#13;")
                    case 0x0A: out.append("&#10;")
                    case 0x09: out.append("&#9;")
                    default: out.append(replacement)
                    }
                    i += 1
                    run = i
                }
                out.append(UnsafeBufferPointer(rebasing: u[run..<u.count]))
            }
        }
    }

    /// `string` escaped for XML text content.
    public static func xmlText(_ string: String) -> String {
        let out = ExportBuffer()
        appendXML(string, attribute: false, to: out)
        return out.string
    }

    /// `string` escaped for a double-quoted XML attribute value.
    public static func xmlAttribute(_ string: String) -> String {
        let out = ExportBuffer()
        appendXML(string, attribute: true, to: out)
        return out.string
    }

    // MARK: DOT

    /// Graphviz 2.43 rejects quoted strings longer than 16,384 bytes (measured: "longer than 16384?"); labels stop below.
    public static let dotMaximumBytes = 16_000

    /// Appends `string` as a double-quoted DOT escString: `\` and `"` escaped, line breaks as `\n`, cut at `dotMaximumBytes`.
    ///
    /// Inside quotes DOT's only escape is `\"` and a final lone `\` would swallow the closing quote, so `\` is doubled;
    /// labels then render `\\` as one backslash (graphviz.org/docs/attr-types/escString).
    public static func appendDOT(_ string: String, to out: ExportBuffer) {
        out.append(byte: 0x22)
        withUTF8(string) { u in
            // Plain bytes are copied in runs; `size` counts the bytes written so far, to cut below Graphviz's limit.
            var i = 0, run = 0, size = 0
            func flush(upTo end: Int) {
                out.append(UnsafeBufferPointer(rebasing: u[run..<end]))
                size += end - run
            }
            while i < u.count {
                let b = u[i]
                var length = 1
                var piece: StaticString?
                if b >= 0x80 {
                    let (n, bad) = nonASCII(u, i)
                    length = n
                    if bad { piece = replacement }
                } else {
                    switch b {
                    case 0x5C: piece = "\\\\"
                    case 0x22: piece = "\\\""
                    case 0x0A: piece = "\\n"
                    case 0x0D:
                        piece = "\\n"
                        if i + 1 < u.count && u[i + 1] == 0x0A { length = 2 }
                    case 0x09: break
                    default: if b < 0x20 || b == 0x7F { piece = replacement }
                    }
                }
                let pieceSize = piece.map { $0.utf8CodeUnitCount } ?? length
                if size + (i - run) + pieceSize > dotMaximumBytes {
                    flush(upTo: i)
                    out.append("…")
                    return
                }
                if let piece {
                    flush(upTo: i)
                    out.append(piece)
                    size += pieceSize
                    run = i + length
                }
                i += length
            }
            flush(upTo: u.count)
        }
        out.append(byte: 0x22)
    }

    /// `string` as a double-quoted DOT escString.
    public static func dotQuoted(_ string: String) -> String {
        let out = ExportBuffer()
        appendDOT(string, to: out)
        return out.string
    }

    // MARK: CSV

    /// Appends `string` as one RFC 4180 field that Gephi's CSV reader (Commons CSV with escape `\`, trimming) reads
    /// as every other CSV reader does.
    ///
    /// Gephi trims characters <= U+0020 from both ends of every field and reads `\` as an escape (`C:\new` becomes
    /// `C:` + LF + `ew`), which no RFC 4180 writing avoids; so ends are trimmed and `\` becomes U+FF3C FULLWIDTH
    /// REVERSE SOLIDUS in CSV, while the other formats keep the exact name. Characters <= U+0020 are single bytes,
    /// so trimming works on bytes.
    public static func appendCSV(_ string: String, to out: ExportBuffer) {
        withUTF8(string) { u in
            var start = 0, end = u.count
            while start < end && u[start] <= 0x20 { start += 1 }
            while end > start && u[end - 1] <= 0x20 { end -= 1 }
            var quoted = false
            for i in start..<end where u[i] == 0x2C || u[i] == 0x22 || u[i] == 0x0D || u[i] == 0x0A { quoted = true; break }
            if quoted { out.append(byte: 0x22) }
            var i = start, run = start
            while i < end {
                let b = u[i]
                if b >= 0x80 {
                    let (length, bad) = nonASCII(u, i)
                    if bad {
                        out.append(UnsafeBufferPointer(rebasing: u[run..<i]))
                        out.append(replacement)
                        run = i + length
                    }
                    i += length
                    continue
                }
                let special = b == 0x5C || b == 0x22 || b == 0x7F || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D)
                if !special { i += 1; continue }
                out.append(UnsafeBufferPointer(rebasing: u[run..<i]))
                switch b {
                case 0x5C: out.append("\u{FF3C}")
                case 0x22: out.append("\"\"")
                default: out.append(replacement)
                }
                i += 1
                run = i
            }
            out.append(UnsafeBufferPointer(rebasing: u[run..<end]))
            if quoted { out.append(byte: 0x22) }
        }
    }

    /// `string` as one CSV field.
    public static func csvField(_ string: String) -> String {
        let out = ExportBuffer()
        appendCSV(string, to: out)
        return out.string
    }

    // MARK: JSON

    /// Appends `string` as a JSON string literal (RFC 8259 §7): exact, with quotes, backslashes and controls escaped,
    /// and U+2028/U+2029 escaped for JavaScript readers.
    public static func appendJSON(_ string: String, to out: ExportBuffer) {
        out.append(byte: 0x22)
        withUTF8(string) { u in
            var i = 0, run = 0
            while i < u.count {
                let b = u[i]
                let lineSeparator = b == 0xE2 && i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)
                guard b < 0x20 || b == 0x22 || b == 0x5C || lineSeparator else { i += 1; continue }
                out.append(UnsafeBufferPointer(rebasing: u[run..<i]))
                switch b {
                case 0x22: out.append("\\\"")
                case 0x5C: out.append("\\\\")
                case 0x0A: out.append("\\n")
                case 0x0D: out.append("\\r")
                case 0x09: out.append("\\t")
                default:
                    let value = lineSeparator ? (u[i + 2] == 0xA8 ? 0x2028 : 0x2029) : Int(b)
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append("\\u")
                    for shift in [12, 8, 4, 0] { out.append(byte: hex[(value >> shift) & 0xF]) }
                    if lineSeparator { i += 2 }
                }
                i += 1
                run = i
            }
            out.append(UnsafeBufferPointer(rebasing: u[run..<u.count]))
        }
        out.append(byte: 0x22)
    }

    /// `string` as a JSON string literal.
    public static func json(_ string: String) -> String {
        let out = ExportBuffer()
        appendJSON(string, to: out)
        return out.string
    }
}
