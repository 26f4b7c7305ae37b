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
    public static func write(_ paths: [String], _ body: (Int, ExportBuffer) throws -> Void) throws {
        var temporaries: [String] = []
        defer {
            for temporary in temporaries {
                unlink(temporary)
                TemporaryFiles.shared.remove(temporary)
            }
        }
        for (index, path) in paths.enumerated() {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw WriteError.cannotWrite(path: path, reason: "folder \(folder) does not exist")
            }
            // Unique per call, not only per process: two threads may write the same target.
            let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            TemporaryFiles.shared.add(temporary)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let reason = String(cString: strerror(errno))
                TemporaryFiles.shared.remove(temporary)
                throw WriteError.cannotWrite(path: path, reason: reason)
            }
            temporaries.append(temporary)
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
        for (temporary, path) in zip(temporaries, paths) where rename(temporary, path) != 0 {
            throw WriteError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        for temporary in temporaries { TemporaryFiles.shared.remove(temporary) }
        temporaries.removeAll()
    }

    /// Makes SIGINT, SIGTERM and SIGHUP remove the temporary files being written before the process ends.
    public static func removeTemporaryFilesOnSignal() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Foundation.signal(signal) { received in
                TemporaryFiles.shared.unlinkAllFromSignalHandler()
                Foundation.signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
