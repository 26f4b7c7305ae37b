import Foundation

/// A buffered output written as it is produced, so memory does not grow with the output: standard
/// output, or a file replaced atomically (a temporary file in the same folder, renamed by `close()`).
public final class OutputFile {
    /// Bytes gathered before each system call: large enough that writing costs little next to extraction.
    static let bufferSize = 1 << 20

    private let descriptor: Int32
    private let path: String?
    /// What the temporary file is renamed to: `path`, or the file a symbolic link at `path` points to.
    private let target: String?
    private let temporary: String?
    private var buffer: [UInt8] = []
    private var closed = false

    /// Standard output (never closed, only flushed).
    public init() {
        descriptor = 1
        path = nil
        target = nil
        temporary = nil
        buffer.reserveCapacity(OutputFile.bufferSize)
    }

    /// A file that replaces `path` when `close()` succeeds; until then readers see the old file or none.
    ///
    /// As `AtomicFile`: an existing device or pipe (`/dev/stdout`, `/dev/full`) is written in place, never renamed
    /// over; a symbolic link is followed; an existing file keeps its mode; the temporary file is removed on SIGINT.
    public init(atomicallyReplacing path: String) throws {
        let opened = try AtomicFile.open(path)
        descriptor = opened.descriptor
        self.path = path
        target = opened.target
        temporary = opened.temporary
        buffer.reserveCapacity(OutputFile.bufferSize)
    }

    deinit {
        // Not closed: an error stopped the command; the old file stays as it was.
        if !closed, path != nil { Foundation.close(descriptor) }
        if let temporary, !closed {
            unlink(temporary)
            TemporaryFiles.shared.remove(temporary)
        }
    }

    /// Appends `text`; the bytes reach the file in blocks.
    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= OutputFile.bufferSize { try flush() }
    }

    /// Writes what is buffered.
    public func flush() throws {
        let ok: Bool = buffer.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = Foundation.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                written += n
            }
            return true
        }
        buffer.removeAll(keepingCapacity: true)
        if !ok { throw AtomicFile.WriteError.cannotWrite(path: path ?? "standard output", reason: String(cString: strerror(errno))) }
    }

    /// Flushes; for a file, syncs it and renames it over the destination.
    public func close() throws {
        try flush()
        guard let path else { return }
        guard let temporary else {
            // A device or pipe written in place.
            closed = true
            Foundation.close(descriptor)
            return
        }
        defer { TemporaryFiles.shared.remove(temporary) }
        let synced = fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        Foundation.close(descriptor)
        closed = true
        guard synced, rename(temporary, target ?? path) == 0 else {
            let message = synced ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw AtomicFile.WriteError.cannotWrite(path: path, reason: message)
        }
    }
}
