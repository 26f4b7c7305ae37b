#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files being written, as C strings a signal handler can unlink (only async-signal-safe calls there).
final class TemporaryFiles: @unchecked Sendable {
    /// The process's registry.
    static let shared = TemporaryFiles()

    private static let capacity = 64
    private let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: TemporaryFiles.capacity)
    private var lock = pthread_mutex_t()

    private init() {
        slots.initialize(repeating: nil, count: TemporaryFiles.capacity)
        pthread_mutex_init(&lock, nil)
    }

    /// Registers a path; beyond 64 files at once the path is simply not cleaned on a signal.
    func add(_ path: String) {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        for i in 0..<TemporaryFiles.capacity where slots[i] == nil {
            slots[i] = strdup(path)
            return
        }
    }

    /// Forgets a path (written and renamed, or removed).
    func remove(_ path: String) {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        for i in 0..<TemporaryFiles.capacity {
            if let slot = slots[i], strcmp(slot, path) == 0 {
                slots[i] = nil
                free(slot)
            }
        }
    }

    /// Unlinks every registered path; called from a signal handler, so no lock and no allocation.
    func unlinkAllFromSignalHandler() {
        for i in 0..<TemporaryFiles.capacity {
            if let slot = slots[i] { unlink(slot) }
        }
    }
}
