import Foundation

/// Writes files atomically: a temporary file in the same folder, then rename, so no reader ever sees half a file.
public enum AtomicFile {
    /// Errors writing an output file.
    public enum WriteError: Error, CustomStringConvertible {
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
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError.cannotWrite(path: path, reason: "folder \(folder) does not exist")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        var bytes = Array(contents.utf8)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var written = 0
        let ok: Bool = bytes.withUnsafeMutableBytes { raw in
            while written < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
                if n <= 0 { return false }
                written += n
            }
            return fsync(fd) == 0
        }
        let reason = String(cString: strerror(errno))
        close(fd)
        bytes.removeAll()
        guard ok, rename(temporary, path) == 0 else {
            let message = ok ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw WriteError.cannotWrite(path: path, reason: message)
        }
    }
}
