/// Byte-level helpers for reading list files: trimming, hashing and comparing line slices without building Strings.
enum ListBytes {
    /// `range` without ASCII spaces and no-break spaces at either end.
    static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper {
            if bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1; continue }
            // U+00A0 NO-BREAK SPACE, U+202F NARROW NO-BREAK SPACE
            if lower + 1 < upper, bytes[lower] == 0xC2, bytes[lower + 1] == 0xA0 { lower += 2; continue }
            if lower + 2 < upper, bytes[lower] == 0xE2, bytes[lower + 1] == 0x80, bytes[lower + 2] == 0xAF { lower += 3; continue }
            break
        }
        while upper > lower {
            if bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1; continue }
            if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 { upper -= 2; continue }
            if upper - 3 >= lower, bytes[upper - 3] == 0xE2, bytes[upper - 2] == 0x80, bytes[upper - 1] == 0xAF { upper -= 3; continue }
            break
        }
        return lower..<upper
    }

    /// The String of a byte range (valid UTF-8).
    static func string(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// FNV-1a, 64 bit.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// FNV-1a, 64 bit, of a string's UTF-8 bytes.
    static func hash(_ string: String) -> UInt64 {
        var copy = string
        return copy.withUTF8 { hash($0) }
    }

    /// Whether two ranges of `bytes` hold the same bytes.
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var i = a.lowerBound, j = b.lowerBound
        while i < a.upperBound {
            if bytes[i] != bytes[j] { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// Levenshtein distance, for "did you mean" suggestions on short keys.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        var previous = Array(0...y.count)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(y.count, 1) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
