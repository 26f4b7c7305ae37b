#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or standard input read in blocks, so that memory stays bounded whatever the input's size.
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

    /// Appends up to `maximum` bytes to `buffer`; returns how many (0 only at the end of the input).
    @discardableResult
    func read(into buffer: inout [UInt8], maximum: Int = ByteSource.blockSize) throws -> Int {
        if !pending.isEmpty {
            let count = min(maximum, pending.count)
            buffer.append(contentsOf: pending[0..<count])
            pending.removeFirst(count)
            return count
        }
        guard !reachedEnd, maximum > 0 else { return 0 }
        let count = min(maximum, block.count)
        var got = 0
        repeat {
            got = block.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, count) }
        } while got < 0 && errno == EINTR
        guard got >= 0 else { throw CorpusError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        if got == 0 { reachedEnd = true }
        buffer.append(contentsOf: block[0..<got])
        return got
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

/// `read(2)`, named apart from `ByteSource.read(into:maximum:)`.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
