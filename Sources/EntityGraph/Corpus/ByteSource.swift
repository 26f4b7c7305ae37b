#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or standard input read in blocks, so that memory stays bounded whatever the input's size.
///
/// Input that starts with a UTF-16 byte order mark (Windows tools write it) is converted to UTF-8
/// block by block, the mark dropped, so every reader downstream sees UTF-8.
final class ByteSource {
    /// Bytes read per system call.
    static let blockSize = 1 << 20

    let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Bytes handed back by `unread(_:)`, returned before any new read.
    private var pending: [UInt8] = []
    private(set) var reachedEnd = false
    /// The block each system call reads into, allocated once.
    private var block = [UInt8](repeating: 0, count: ByteSource.blockSize)
    /// Set after the first block when it starts with a UTF-16 byte order mark.
    private var converter: UTF16Converter?
    private var sawFirstBlock = false
    /// "UTF-16LE" or "UTF-16BE" when the input was converted to UTF-8.
    var convertedFrom: String? { converter.map { $0.bigEndian ? "UTF-16BE" : "UTF-16LE" } }

    /// Opens `path` ("-" is standard input).
    init(path: String) throws {
        self.path = path
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            return
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        var status = stat()
        if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw CorpusError.unreadable(path: path, reason: "is a folder")
        }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends up to `maximum` bytes to `buffer` (a converted UTF-16 block may give up to half as many
    /// again); returns how many (0 only at the end of the input).
    @discardableResult
    func read(into buffer: inout [UInt8], maximum: Int = ByteSource.blockSize) throws -> Int {
        if !pending.isEmpty {
            let count = min(maximum, pending.count)
            buffer.append(contentsOf: pending[0..<count])
            pending.removeFirst(count)
            return count
        }
        while !reachedEnd, maximum > 0 {
            let count = min(maximum, block.count)
            var got = 0
            repeat {
                got = block.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, count) }
            } while got < 0 && errno == EINTR
            guard got >= 0 else { throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno))) }
            if got == 0 { reachedEnd = true }
            if !sawFirstBlock, got >= 2 {
                sawFirstBlock = true
                if block[0] == 0xFF && block[1] == 0xFE || block[0] == 0xFE && block[1] == 0xFF {
                    converter = UTF16Converter(bigEndian: block[0] == 0xFE)
                    let start = buffer.count
                    converter!.convert(block[2..<got], final: reachedEnd, into: &buffer)
                    if buffer.count > start || reachedEnd { return buffer.count - start }
                    continue
                }
            }
            if converter != nil {
                let start = buffer.count
                converter!.convert(block[0..<got], final: reachedEnd, into: &buffer)
                // A block of one odd byte or a lone high surrogate gives nothing yet: read on rather than report the end.
                if buffer.count > start || reachedEnd { return buffer.count - start }
                continue
            }
            buffer.append(contentsOf: block[0..<got])
            return got
        }
        return 0
    }

    /// Puts bytes back in front of the input (used after sniffing the format of standard input).
    func unread(_ bytes: [UInt8]) {
        pending = bytes + pending
        if !bytes.isEmpty { reachedEnd = false }
    }

    /// Reads the rest of the input; nil when it is longer than `limit` bytes (the input is then consumed).
    func readAll(limit: Int) throws -> [UInt8]? {
        var buffer: [UInt8] = []
        var tooLong = false
        while try read(into: &buffer) > 0 {
            if buffer.count > limit {
                tooLong = true
                buffer.removeAll(keepingCapacity: true)
            }
        }
        return tooLong ? nil : buffer
    }
}

/// Converts UTF-16 to UTF-8 across blocks: an odd byte or a high surrogate at the end of a block waits for
/// the next; unpaired surrogates become U+FFFD (as Python's `errors="replace"`).
struct UTF16Converter {
    let bigEndian: Bool
    private var carry: [UInt8] = []

    init(bigEndian: Bool) { self.bigEndian = bigEndian }

    mutating func convert(_ bytes: ArraySlice<UInt8>, final: Bool, into output: inout [UInt8]) {
        var input = carry
        input.append(contentsOf: bytes)
        carry.removeAll()
        var usable = input.count & ~1
        if !final, usable >= 2 {
            let last = unit(input, usable - 2)
            if (0xD800...0xDBFF).contains(last) { usable -= 2 }
        }
        if !final { carry = Array(input[usable...]) }
        var units: [UInt16] = []
        units.reserveCapacity(usable / 2)
        var index = 0
        while index < usable { units.append(unit(input, index)); index += 2 }
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { output.append($0) }
        if final, input.count > usable { output.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
    }

    private func unit(_ bytes: [UInt8], _ index: Int) -> UInt16 {
        bigEndian ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
    }
}

/// `read(2)`, named apart from `ByteSource.read(into:maximum:)`.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
