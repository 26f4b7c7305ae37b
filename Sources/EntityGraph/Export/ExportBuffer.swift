import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of an export file: appended into one preallocated buffer and handed to a file descriptor in 1 MB chunks,
/// or kept in memory.
///
/// Writers append bytes here rather than building Strings: `Array.append` and
/// String concatenation are several times slower in the per-element loop
/// (NOTES-swift.md), and streaming keeps memory flat for million-edge graphs.
public final class ExportBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var used = 0
    private let descriptor: Int32
    /// The `errno` of the first failed write, 0 while all is well.
    public private(set) var failure: Int32 = 0

    /// A buffer that keeps everything in memory (`bytes`, `string`).
    public init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: capacity)
        descriptor = -1
    }

    /// A buffer that writes to `descriptor` whenever 1 MB is full, and on `flush()`.
    public init(descriptor: Int32) {
        capacity = 1 << 20
        base = .allocate(capacity: capacity)
        self.descriptor = descriptor
    }

    deinit { base.deallocate() }

    /// Everything appended (in-memory buffers only).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: used)) }

    /// Everything appended, as text (in-memory buffers only).
    public var string: String { String(decoding: UnsafeBufferPointer(start: base, count: used), as: UTF8.self) }

    @inline(__always)
    private func reserve(_ count: Int) {
        if used + count > capacity { makeRoom(count) }
    }

    private func makeRoom(_ count: Int) {
        if descriptor >= 0 {
            writeOut()
            if count <= capacity { return }
        }
        var newCapacity = capacity * 2
        while used + count > newCapacity { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: used)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    private func writeOut() {
        writeBytes(base, used)
        used = 0
    }

    private func writeBytes(_ start: UnsafeMutablePointer<UInt8>, _ count: Int) {
        var offset = 0
        while offset < count && failure == 0 {
            let n = write(descriptor, start + offset, count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else {
                offset += n
            }
        }
    }

    /// Writes what is buffered to the descriptor; the first write error is kept in `failure`.
    public func flush() {
        if descriptor >= 0 { writeOut() }
    }

    /// Appends one byte.
    @inline(__always)
    public func append(byte: UInt8) {
        reserve(1)
        base[used] = byte
        used += 1
    }

    /// Appends bytes as they are.
    @inline(__always)
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + used).update(from: start, count: bytes.count)
        used += bytes.count
    }

    /// Appends what another (in-memory) buffer holds; a file buffer hands it to the descriptor without copying it.
    public func append(_ other: ExportBuffer) {
        if descriptor >= 0 && other.used >= capacity / 2 {
            writeOut()
            writeBytes(other.base, other.used)
        } else {
            append(UnsafeBufferPointer(start: other.base, count: other.used))
        }
    }

    /// Empties the buffer, keeping its memory.
    public func removeAll() { used = 0 }

    /// Elements per chunk when rendering in parallel: a chunk of edges is a few MB.
    public static let parallelChunk = 8_192

    /// Renders elements `0..<count` by chunks on all cores and appends the chunks in order, so the bytes are those of
    /// one sequential pass; below two chunks, or on one core, it renders here. `render` must only read shared state.
    ///
    /// The chunk buffers are reused from batch to batch: fresh memory for every chunk costs more in page faults than
    /// the second core gains.
    public func appendInParallel(count: Int, _ render: @Sendable (Range<Int>, ExportBuffer) -> Void) {
        let chunk = ExportBuffer.parallelChunk
        let chunks = (count + chunk - 1) / chunk
        let cores = max(1, min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        guard chunks >= 2, cores > 1 else {
            render(0..<count, self)
            return
        }
        let buffers = ChunkBuffers(count: 2 * cores)
        var first = 0
        while first < chunks {
            let batch = min(buffers.count, chunks - first)
            let base = first
            DispatchQueue.concurrentPerform(iterations: batch) { k in
                let start = (base + k) * chunk
                let buffer = buffers[k]
                buffer.removeAll()
                render(start..<min(count, start + chunk), buffer)
            }
            for k in 0..<batch { append(buffers[k]) }
            first += batch
        }
    }

    /// Appends bytes prepared once (tags of a column).
    @inline(__always)
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends literal markup.
    @inline(__always)
    public func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a string as it is: only for text that needs no escaping (our own names and numbers).
    public func append(verbatim text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends an integer in decimal.
    public func append(_ value: Int) {
        reserve(20)
        var v = value.magnitude
        if value < 0 { base[used] = 0x2D; used += 1 }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
                count += 1
            } while v > 0
            for k in 0..<count { base[used + k] = d[count - 1 - k] }
        }
        used += count
    }

    /// Appends a finite number in the shortest form that reads back to the same Double, with `.` as decimal point
    /// and whole numbers without a fraction (`2`, `0.5`, `1e-07`).
    public func append(_ value: Double) {
        precondition(value.isFinite, "non-finite value written to an export")
        if value == value.rounded(.towardZero), value.magnitude < 1e15 {
            append(Int(value))
            return
        }
        var sink = ASCIISink(buffer: self)
        value.write(to: &sink)
    }
}

/// Receives the standard library's shortest round-trip digits of a Double without making a String: `_writeASCII` is
/// the hook `Double.write(to:)` calls (a String per number costs an allocation for most measures, 17 digits and more).
private struct ASCIISink: TextOutputStream {
    let buffer: ExportBuffer

    mutating func write(_ string: String) { buffer.append(verbatim: string) }

    mutating func _writeASCII(_ ascii: UnsafeBufferPointer<UInt8>) { buffer.append(ascii) }
}

/// The buffers of one parallel rendering; during a batch each is used by exactly one thread.
private final class ChunkBuffers: @unchecked Sendable {
    private let buffers: [ExportBuffer]

    init(count: Int) { buffers = (0..<count).map { _ in ExportBuffer(capacity: 1 << 23) } }

    var count: Int { buffers.count }

    subscript(index: Int) -> ExportBuffer { buffers[index] }
}
