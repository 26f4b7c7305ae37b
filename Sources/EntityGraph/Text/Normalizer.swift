import Foundation

/// Folds text into matching keys: lower case, no accents, ligatures spelled out, one apostrophe, one dash, one space.
///
/// Keys are for matching only: offsets always point into the original text,
/// and a key may be longer or shorter than its token ("Œuvre" -> "oeuvre").
/// The blocks French and English news use (Latin, Greek, Cyrillic, general
/// punctuation, ligatures, full-width forms) are folded once into flat tables
/// with Foundation, which is far too slow per token (~11 MB/s, ../NOTES-swift.md),
/// and then read per byte. Other scalars are lower-cased by their Unicode
/// properties only when they have a case, and copied otherwise.
public struct Normalizer: Sendable {
    /// The shared normalizer; its tables are immutable.
    public static let shared = Normalizer()

    /// The blocks folded into the table, in table order: Latin, IPA, Greek and Cyrillic (below U+0530),
    /// Latin Extended Additional, General Punctuation, the fi/fl ligatures, full-width forms.
    static let blocks: [Range<UInt32>] = [0..<0x530, 0x1E00..<0x1F00, 0x2000..<0x2070, 0xFB00..<0xFB07, 0xFF00..<0xFF66]

    /// `offsets[i] ..< offsets[i + 1]` is the folded form, in `arena`, of the scalar at table index `i`.
    private let offsets: [UInt32]
    private let arena: [UInt8]

    private init() {
        var offsets: [UInt32] = [0]
        var arena: [UInt8] = []
        for block in Normalizer.blocks {
            for value in block {
                if let scalar = Unicode.Scalar(value) { arena.append(contentsOf: Normalizer.slowFold(scalar).utf8) }
                offsets.append(UInt32(arena.count))
            }
        }
        precondition(offsets.count == 0x6A7 + 0x66 + 1, "tableIndex(_:) does not match blocks")
        self.offsets = offsets
        self.arena = arena
    }

    /// The table index of a scalar value, or nil outside the tables (a switch: this runs for every ’ and «).
    @inline(__always)
    static func tableIndex(_ value: UInt32) -> Int? {
        switch value {
        case 0..<0x530: return Int(value)
        case 0x1E00..<0x1F00: return 0x530 + Int(value &- 0x1E00)
        case 0x2000..<0x2070: return 0x630 + Int(value &- 0x2000)
        case 0xFB00..<0xFB07: return 0x6A0 + Int(value &- 0xFB00)
        case 0xFF00..<0xFF66: return 0x6A7 + Int(value &- 0xFF00)
        default: return nil
        }
    }

    /// Folds one scalar the slow way; used to build the tables.
    static func slowFold(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 0x20)!)
        case 0..<0x80: return String(scalar)
        // Foundation's folding leaves ligatures, typographic apostrophes and
        // letters without a decomposition (ø, ł, đ) alone.
        case 0x152, 0x153: return "oe"
        case 0xC6, 0xE6: return "ae"
        case 0xDF, 0x1E9E: return "ss"
        case 0x132, 0x133: return "ij"
        case 0xD8, 0xF8: return "o"
        case 0x141, 0x142: return "l"
        case 0x110, 0x111: return "d"
        case 0x126, 0x127: return "h"
        case 0x131, 0x130: return "i"
        case 0xFB00: return "ff"
        case 0xFB01: return "fi"
        case 0xFB02: return "fl"
        case 0xFB03: return "ffi"
        case 0xFB04: return "ffl"
        case 0xFB05, 0xFB06: return "st"
        case 0x2019, 0x2018, 0x201B, 0x02BC, 0x02B9, 0x2032, 0x00B4, 0xFF07: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A, 0xFF02: return "\""
        case 0x2026: return "..."
        // The spaces of French typography and their cousins: one ASCII space.
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        // Invisible: soft hyphen, zero-width space and joiners, word joiner, BOM.
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return ""
        default: break
        }
        if scalar.properties.generalCategory == .nonspacingMark { return "" }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
    }

    /// Appends the folded key of `bytes` (UTF-8; invalid bytes fold to U+FFFD) to `key`.
    public func fold(_ bytes: UnsafeBufferPointer<UInt8>, into key: inout [UInt8]) {
        let capacity = Normalizer.maximumExpansion * bytes.count
        let old = key.count
        key.append(contentsOf: repeatElement(0, count: capacity))
        let length = key.withUnsafeMutableBufferPointer { fold(bytes, to: $0.baseAddress! + old) }
        key.removeLast(capacity - length)
    }

    /// Room a folded key may need per byte of text: a 2-byte scalar can fold to 3 lower-case scalars of 3 bytes.
    static let maximumExpansion = 5

    /// Writes the folded key of `bytes` to `out`, which has room for `maximumExpansion * bytes.count` bytes; returns its length.
    @inline(__always)
    func fold(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        offsets.withUnsafeBufferPointer { offsets in
            arena.withUnsafeBufferPointer { arena in
                var i = 0
                var o = 0
                let n = bytes.count
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        out[o] = b &+ ((b &- 0x41) < 26 ? 0x20 : 0)
                        o += 1
                        i += 1
                        continue
                    }
                    let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
                    if let index = Normalizer.tableIndex(scalar.value) {
                        var k = Int(offsets[index])
                        let end = Int(offsets[index + 1])
                        while k < end { out[o] = arena[k]; o += 1; k += 1 }
                    } else {
                        o += foldOutsideTables(scalar, bytes, i, length, to: out + o)
                    }
                    i += length
                }
                return o
            }
        }
    }

    /// Scalars outside the tables: combining marks vanish, cased letters are lower-cased, the rest is copied.
    private func foldOutsideTables(_ scalar: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int,
                                   to out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar.value {
        case 0x2212, 0xFE58, 0xFE63: out[0] = 0x2D; return 1   // minus and small dashes
        case 0x3000: out[0] = 0x20; return 1                   // ideographic space
        case 0xFEFF: return 0                                  // BOM, zero-width no-break space
        default: break
        }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return 0 }
        var o = 0
        if properties.changesWhenCaseFolded {
            for b in properties.lowercaseMapping.utf8.prefix(Normalizer.maximumExpansion * length) { out[o] = b; o += 1 }
            return o
        }
        for k in i..<(i + length) { out[o] = bytes[k]; o += 1 }
        return o
    }

    /// The folded key of a string.
    public func key(_ string: String) -> String {
        var copy = string
        return copy.withUTF8 { buffer in
            var key: [UInt8] = []
            fold(buffer, into: &key)
            return String(decoding: key, as: UTF8.self)
        }
    }
}

/// Decoding of single scalars from UTF-8 bytes.
public enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes; a malformed sequence decodes as U+FFFD of length 1.
    @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let n = bytes.count
        if b0 & 0xE0 == 0xC0, b0 >= 0xC2, index + 1 < n, bytes[index + 1] & 0xC0 == 0x80 {
            let v = (b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 & 0xF0 == 0xE0, index + 2 < n, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
            let v = (b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if v >= 0x800, let s = Unicode.Scalar(v) { return (s, 3) }
            return ("\u{FFFD}", 1)
        }
        if b0 & 0xF8 == 0xF0, index + 3 < n, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80,
           bytes[index + 3] & 0xC0 == 0x80 {
            let v = (b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            if v >= 0x10000, let s = Unicode.Scalar(v) { return (s, 4) }
        }
        return ("\u{FFFD}", 1)
    }

    /// Number of Unicode scalars in `bytes[from..<to]`.
    @inline(__always)
    public static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            // Continuation bytes (10xxxxxx) do not start a scalar.
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
