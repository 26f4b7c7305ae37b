import Foundation

/// Folds text into matching keys: lower case, no accents, ligatures spelled out, one apostrophe and one dash.
///
/// Keys are for matching only: offsets always point into the original text.
/// The table for U+0080-U+024F is built once with Foundation (which is too slow
/// for the hot path, ~11 MB/s) and then read per byte.
public struct Normalizer: Sendable {
    /// The shared normalizer; its tables are immutable.
    public static let shared = Normalizer()

    /// Folded UTF-8 bytes for each scalar below `tableLimit`.
    private let table: [[UInt8]]
    private static let tableLimit: UInt32 = 0x250

    private init() {
        var table: [[UInt8]] = []
        table.reserveCapacity(Int(Normalizer.tableLimit))
        for value in 0..<Normalizer.tableLimit {
            table.append(Array(Normalizer.slowFold(Unicode.Scalar(value)!).utf8))
        }
        self.table = table
    }

    /// Folds one scalar the slow way; used to build the table and for scalars outside it.
    static func slowFold(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 0x20)!)
        case 0..<0x80: return String(scalar)
        // Foundation's folding leaves ligatures and typographic apostrophes alone.
        case 0x152, 0x153: return "oe"
        case 0xC6, 0xE6: return "ae"
        case 0xDF: return "ss"
        case 0x2019, 0x2018, 0x02BC, 0x2032, 0x0060, 0x00B4: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return "-"
        case 0x130: return "i"
        default: break
        }
        if scalar.properties.generalCategory == .nonspacingMark { return "" }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })
    }

    /// Appends the folded key of `bytes` (valid UTF-8) to `key`.
    public func fold(_ bytes: UnsafeBufferPointer<UInt8>, into key: inout [UInt8]) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                key.append(b &+ ((b &- 0x41) < 26 ? 0x20 : 0))
                i += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
            i += length
            if scalar.value < Normalizer.tableLimit {
                key.append(contentsOf: table[Int(scalar.value)])
            } else {
                key.append(contentsOf: Normalizer.slowFold(scalar).utf8)
            }
        }
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

/// Decoding of single scalars from UTF-8 bytes that are known to be valid.
public enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes; invalid bytes decode as U+FFFD of length 1.
    @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let n = bytes.count
        if b0 & 0xE0 == 0xC0, index + 1 < n {
            let v = (b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 & 0xF0 == 0xE0, index + 2 < n {
            let v = (b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if b0 & 0xF8 == 0xF0, index + 3 < n {
            let v = (b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
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
