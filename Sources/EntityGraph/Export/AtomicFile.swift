import Foundation

/// Writes files atomically: each into a temporary file beside it, renamed over the target only when complete,
/// so no reader ever sees half a file, whatever error or interrupt happens.
public enum AtomicFile {
    /// Errors writing an output file.
    public enum WriteError: Error, CustomStringConvertible, Equatable {
        /// The file could not be written.
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason)"
            }
        }
    }

    /// Replaces the file at `path` with `contents`.
    public static func write(_ contents: String, to path: String) throws {
        try write([path]) { _, out in out.append(verbatim: contents) }
    }

    /// Writes several files as one: `body(i, buffer)` fills file `i`; the files replace their targets together,
    /// only after every one is complete and on disk, and none does when anything fails.
    ///
    /// A target that exists and is not a regular file (`/dev/stdout`, a named pipe, `/dev/full`) is written in place:
    /// renaming over it would replace the device or pipe with a file. A symbolic link is followed, so the file it
    /// points to is replaced and the link kept; an existing file keeps its permissions.
    public static func write(_ paths: [String], _ body: (Int, ExportBuffer) throws -> Void) throws {
        var temporaries: [String] = []
        var targets: [String] = []
        defer {
            for temporary in temporaries {
                unlink(temporary)
                TemporaryFiles.shared.remove(temporary)
            }
        }
        for (index, path) in paths.enumerated() {
            let opened = try open(path)
            guard let temporary = opened.temporary else {
                try writeInPlace(path, descriptor: opened.descriptor, index: index, body)
                continue
            }
            let fd = opened.descriptor
            temporaries.append(temporary)
            targets.append(opened.target)
            let out = ExportBuffer(descriptor: fd)
            do {
                try body(index, out)
            } catch {
                close(fd)
                throw error
            }
            out.flush()
            // fsync before rename: otherwise a crash soon after can leave an empty file under the final name.
            let failure = out.failure != 0 ? out.failure : (fsync(fd) == 0 ? 0 : errno)
            close(fd)
            if failure != 0 { throw WriteError.cannotWrite(path: path, reason: String(cString: strerror(failure))) }
        }
        for (temporary, target) in zip(temporaries, targets) where rename(temporary, target) != 0 {
            throw WriteError.cannotWrite(path: target, reason: String(cString: strerror(errno)))
        }
        for temporary in temporaries { TemporaryFiles.shared.remove(temporary) }
        temporaries.removeAll()
    }

    /// Where one output goes: a temporary file beside the target, or an existing device or pipe written in place.
    struct Opened {
        /// Open for writing.
        let descriptor: Int32
        /// The temporary file, registered for removal on SIGINT; nil for a device or pipe written in place.
        let temporary: String?
        /// What the temporary file is renamed to: the path, or the file a symbolic link at the path points to.
        let target: String
    }

    /// Opens the output for `path`, shared by `write` and the streaming `OutputFile`.
    ///
    /// A target that exists and is not a regular file (`/dev/stdout`, a named pipe, `/dev/full`) is opened in place:
    /// renaming over it would replace the device or pipe with a file. A symbolic link is followed; an existing file
    /// keeps its permissions. Otherwise a temporary file is created in the target's folder.
    static func open(_ path: String) throws -> Opened {
        var existing = stat()
        var target = path
        var mode: mode_t = 0o644
        if stat(path, &existing) == 0 {
            if existing.st_mode & S_IFMT != S_IFREG {
                let fd = Foundation.open(path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw WriteError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
                return Opened(descriptor: fd, temporary: nil, target: path)
            }
            if let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            }
            mode = existing.st_mode & 0o7777
        }
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError.cannotWrite(path: path, reason: "folder \(folder) does not exist")
        }
        // Unique per call, not only per process: two threads may write the same target.
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        TemporaryFiles.shared.add(temporary)
        let fd = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            TemporaryFiles.shared.remove(temporary)
            throw WriteError.cannotWrite(path: path, reason: reason)
        }
        fchmod(fd, mode)
        return Opened(descriptor: fd, temporary: temporary, target: target)
    }

    /// Writes file `index` straight into an existing device or pipe: nothing to rename, nothing to sync.
    private static func writeInPlace(_ path: String, descriptor fd: Int32, index: Int,
                                     _ body: (Int, ExportBuffer) throws -> Void) throws {
        defer { close(fd) }
        let out = ExportBuffer(descriptor: fd)
        try body(index, out)
        out.flush()
        if out.failure != 0 { throw WriteError.cannotWrite(path: path, reason: String(cString: strerror(out.failure))) }
    }

    /// Makes SIGINT, SIGTERM and SIGHUP remove the temporary files being written before the process ends.
    ///
    /// A signal the parent set to be ignored stays ignored (`nohup`, background jobs of a script). A signal the
    /// parent left blocked is unblocked: a program started from a thread that blocks signals (Foundation's
    /// `Process` does) would otherwise never see Ctrl-C or `kill`.
    public static func removeTemporaryFilesOnSignal() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var current = sigaction()
            if sigaction(signal, nil, &current) == 0, let handler = current.__sigaction_handler.sa_handler,
               unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, signal)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            Foundation.signal(signal) { received in
                TemporaryFiles.shared.unlinkAllFromSignalHandler()
                Foundation.signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
