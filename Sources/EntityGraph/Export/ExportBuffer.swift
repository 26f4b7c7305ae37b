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
    /// Where the bytes are. Behind a pointer rather than in `var` properties: every access to a class's stored `var`
    /// costs a dynamic exclusivity check (`swift_beginAccess`), measured in the per-edge loop.
    private struct Storage {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var used: Int
    }

    private let storage: UnsafeMutablePointer<Storage>
    private let descriptor: Int32
    /// Bytes handed to the descriptor, and how many of them were advised to be written out.
    private var written = 0, advised = 0
    /// The `errno` of the first failed write, 0 while all is well.
    public private(set) var failure: Int32 = 0

    /// A buffer that keeps everything in memory (`bytes`, `string`).
    public init(capacity: Int = 1 << 16) {
        let capacity = max(capacity, 16)
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(base: .allocate(capacity: capacity), capacity: capacity, used: 0))
        descriptor = -1
    }

    /// A buffer that writes to `descriptor` whenever 1 MB is full, and on `flush()`.
    public init(descriptor: Int32) {
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(base: .allocate(capacity: 1 << 20), capacity: 1 << 20, used: 0))
        self.descriptor = descriptor
    }

    deinit {
        storage.pointee.base.deallocate()
        storage.deallocate()
    }

    /// Everything appended (in-memory buffers only).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.pointee.base, count: storage.pointee.used)) }

    /// Everything appended, as text (in-memory buffers only).
    public var string: String {
        String(decoding: UnsafeBufferPointer(start: storage.pointee.base, count: storage.pointee.used), as: UTF8.self)
    }

    @inline(__always)
    private func reserve(_ count: Int) {
        if storage.pointee.used + count > storage.pointee.capacity { makeRoom(count) }
    }

    private func makeRoom(_ count: Int) {
        if descriptor >= 0 {
            writeOut()
            if count <= storage.pointee.capacity { return }
        }
        let used = storage.pointee.used
        var newCapacity = storage.pointee.capacity * 2
        while used + count > newCapacity { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: storage.pointee.base, count: used)
        storage.pointee.base.deallocate()
        storage.pointee.base = grown
        storage.pointee.capacity = newCapacity
    }

    private func writeOut() {
        writeBytes(storage.pointee.base, storage.pointee.used)
        storage.pointee.used = 0
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
        written += count
        #if os(Linux)
        // Start the disk writes of every 16 MB while the next ones are rendered, so that the final fsync waits for the
        // tail only: POSIX_FADV_DONTNEED starts the writeback of dirty pages (and drops them from the cache once clean).
        if written - advised >= 1 << 24 {
            _ = posix_fadvise(descriptor, off_t(advised), off_t(written - advised), POSIX_FADV_DONTNEED)
            advised = written
        }
        #endif
    }

    /// Writes what is buffered to the descriptor; the first write error is kept in `failure`.
    public func flush() {
        if descriptor >= 0 { writeOut() }
    }

    /// Appends one byte.
    @inline(__always)
    public func append(byte: UInt8) {
        reserve(1)
        storage.pointee.base[storage.pointee.used] = byte
        storage.pointee.used += 1
    }

    /// Appends bytes as they are.
    @inline(__always)
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (storage.pointee.base + storage.pointee.used).update(from: start, count: bytes.count)
        storage.pointee.used += bytes.count
    }

    /// Appends what another (in-memory) buffer holds; a file buffer hands it to the descriptor without copying it.
    public func append(_ other: ExportBuffer) {
        let (otherBase, otherUsed) = (other.storage.pointee.base, other.storage.pointee.used)
        if descriptor >= 0 && otherUsed >= storage.pointee.capacity / 2 {
            writeOut()
            writeBytes(otherBase, otherUsed)
        } else {
            append(UnsafeBufferPointer(start: otherBase, count: otherUsed))
        }
    }

    /// Empties the buffer, keeping its memory.
    public func removeAll() { storage.pointee.used = 0 }

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
        Escaping.withUTF8(text) { append($0) }
    }

    /// Appends an integer in decimal.
    public func append(_ value: Int) {
        reserve(20)
        var v = value.magnitude
        let out = storage.pointee.base + storage.pointee.used
        var length = 0
        if value < 0 { out[0] = 0x2D; length = 1 }
        // Digits land right-aligned in a scratch area of the reserved space, then move left.
        let scratch = out + 20
        var count = 0
        repeat {
            count += 1
            (scratch - count).pointee = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
        } while v > 0
        (out + length).update(from: scratch - count, count: count)
        storage.pointee.used += length + count
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
    // The buffer outlives the sink, which lives for one `write(to:)` call: no reference counting per number.
    let buffer: Unmanaged<ExportBuffer>

    init(buffer: ExportBuffer) { self.buffer = .passUnretained(buffer) }

    mutating func write(_ string: String) { buffer._withUnsafeGuaranteedRef { $0.append(verbatim: string) } }

    mutating func _writeASCII(_ ascii: UnsafeBufferPointer<UInt8>) { buffer._withUnsafeGuaranteedRef { $0.append(ascii) } }
}

/// The buffers of one parallel rendering; during a batch each is used by exactly one thread.
private final class ChunkBuffers: @unchecked Sendable {
    private let buffers: [ExportBuffer]

    init(count: Int) { buffers = (0..<count).map { _ in ExportBuffer(capacity: 1 << 23) } }

    var count: Int { buffers.count }

    subscript(index: Int) -> ExportBuffer { buffers[index] }
}
