/// Decodes input bytes as UTF-8, replacing each malformed sequence and each NUL byte by U+FFFD, and
/// remembers where the first of each was, across the blocks of one input, for one warning per file.
///
/// Malformed sequences are replaced as Python's `errors="replace"` and Swift's
/// `String(decoding:as:)` do (one U+FFFD per maximal invalid subpart), so
/// code point offsets agree with a Python reader of the same file.
struct UTF8Repair {
    let origin: String
    /// Added after byte offsets in warnings (" of the line" for a JSONL line).
    let offsetsIn: String
    private(set) var invalidCount = 0
    private(set) var nulCount = 0
    private var firstInvalid: (offset: Int, line: Int)?
    private var firstNUL: (offset: Int, line: Int)?
    /// Offset and line number of the next block's first byte in the whole input.
    private var baseOffset = 0
    private var baseLine = 1

    init(origin: String, offsetsIn: String = "") {
        self.origin = origin
        self.offsetsIn = offsetsIn
    }

    /// Decodes the next block of the input.
    mutating func decode(_ bytes: ArraySlice<UInt8>) -> String {
        defer {
            baseOffset += bytes.count
            baseLine += bytes.withUnsafeBufferPointer { buffer in
                var lines = 0
                for b in buffer where b == 0x0A { lines += 1 }
                return lines
            }
        }
        if !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) { return text }
        return repair(bytes)
    }

    private mutating func repair(_ bytes: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var lines = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0 {
                    nulCount += 1
                    if firstNUL == nil { firstNUL = (baseOffset + offset, baseLine + lines) }
                    output.append(contentsOf: replacement)
                } else {
                    if encoded.first == 0x0A { lines += 1 }
                    output.append(contentsOf: encoded)
                }
                offset += encoded.count
            case .error(let length):
                invalidCount += 1
                if firstInvalid == nil { firstInvalid = (baseOffset + offset, baseLine + lines) }
                output.append(contentsOf: replacement)
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One warning for malformed UTF-8 and one for NUL bytes, naming the first byte offset.
    var diagnostics: [Diagnostic] {
        var result: [Diagnostic] = []
        if let first = firstInvalid {
            let more = invalidCount > 1 ? " (\(invalidCount) invalid sequences in all)" : ""
            result.append(Diagnostic(file: origin, line: first.line, message:
                "invalid UTF-8 at byte \(first.offset)\(offsetsIn), replaced by U+FFFD\(more); a Latin-1 file can be converted "
                + "with iconv -f latin1 -t utf-8"))
        }
        if let first = firstNUL {
            let more = nulCount > 1 ? " (\(nulCount) in all)" : ""
            result.append(Diagnostic(file: origin, line: first.line, message: "NUL byte at byte \(first.offset)\(offsetsIn), replaced by U+FFFD\(more)"))
        }
        return result
    }

    /// Whether a block looks like binary data rather than text: NUL bytes or control characters in numbers.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        var nul = 0, control = 0
        for b in sample {
            if b == 0 { nul += 1 } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
        }
        // A stray NUL in a text is repaired with a warning; an image or an archive has them by the hundred.
        return nul + control > max(3, sample.count / 20)
    }
}
