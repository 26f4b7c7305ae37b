import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where compiled gazetteers are kept between runs, and when a kept one may be used.
///
/// Parsing and compiling the shipped lists (~100k forms) takes a few hundred
/// milliseconds; reading the compiled tables back takes a few. A cached copy is
/// used only when its key matches: the format version, the running executable
/// (size and modification time, so a rebuilt tool never reads tables compiled by
/// an older one), and for every list file in load order its path, size,
/// modification and change times (nanoseconds) and inode. Adding, removing,
/// editing or touching a list therefore rebuilds. The cache lives outside
/// `gazetteers/`, is written atomically, and a cache that cannot be read or
/// written is ignored, never an error.
public struct GazetteerCache: Sendable {
    /// The folder holding the cached files.
    public let directory: String
    /// Lists modified less than this many seconds ago are compiled but not stored: a second edit within the
    /// file system's timestamp resolution could otherwise leave size and times unchanged (git's "racy clean" problem).
    public var settleTime: Double = 2

    /// A cache in `directory` (created when first written).
    public init(directory: String) {
        self.directory = directory
    }

    /// The default cache: `$ENTITYGRAPH_CACHE_DIR`, else `$XDG_CACHE_HOME/entitygraph`, else `~/.cache/entitygraph`;
    /// nil when `ENTITYGRAPH_CACHE_DIR` is `off` or no home is known.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> GazetteerCache? {
        if let explicit = environment["ENTITYGRAPH_CACHE_DIR"], !explicit.isEmpty {
            return explicit == "off" ? nil : GazetteerCache(directory: explicit)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return GazetteerCache(directory: xdg + "/entitygraph") }
        if let home = environment["HOME"], home.hasPrefix("/") { return GazetteerCache(directory: home + "/.cache/entitygraph") }
        return nil
    }

    /// The cache file for the gazetteer folder `gazetteers` (one per folder, overwritten when stale).
    public func path(forGazetteers gazetteers: String) -> String {
        let absolute = URL(fileURLWithPath: gazetteers).resolvingSymlinksInPath().path
        return directory + "/gazetteer-" + String(ListBytes.hash(absolute), radix: 16) + ".bin"
    }

    /// What a compiled copy of `files` (in load order) must have been compiled from; nil when a file cannot be examined.
    public static func key(gazetteers: String, files: [String]) -> String? {
        var key = "entitygraph gazetteer cache " + String(decoding: CompiledGazetteer.magic, as: UTF8.self) + "\n"
        key += "folder " + URL(fileURLWithPath: gazetteers).resolvingSymlinksInPath().path + "\n"
        guard let tool = executablePath(), let toolStamp = stamp(tool) else { return nil }
        key += "tool " + toolStamp + "\n"
        for file in files {
            guard let fileStamp = stamp(file) else { return nil }
            key += file + "\t" + fileStamp + "\n"
        }
        return key
    }

    /// The compiled gazetteer stored for `key` at `path`, if current.
    public func load(path: String, key: String) -> CompiledGazetteer? {
        // Mapped rather than read: the tables are copied once, from the page cache, into their arrays.
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        defer { munmap(base, size) }
        return CompiledGazetteer(serialized: UnsafeRawBufferPointer(start: base, count: size), key: key)
    }

    /// Stores `compiled` for `key` at `path`, atomically; returns whether it was written.
    @discardableResult
    public func store(_ compiled: CompiledGazetteer, path: String, key: String) -> Bool {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let temporary = path + ".tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(compiled.serialized(key: key))) else { return false }
            guard rename(temporary, path) == 0 else {
                unlink(temporary)
                return false
            }
            return true
        } catch {
            return false
        }
    }

    /// Size, modification and change times in nanoseconds, device and inode of `path` (following symbolic links).
    static func stamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let (modified, changed) = times(info)
        return "\(info.st_size) \(modified) \(changed) \(info.st_dev) \(info.st_ino)"
    }

    /// Modification and change times of a `stat` result, in nanoseconds since 1970.
    static func times(_ info: stat) -> (modified: Int64, changed: Int64) {
        #if os(Linux)
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #else
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        let changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #endif
        return (modified, changed)
    }

    /// Whether every file was last modified or changed more than `settleTime` seconds ago.
    func hasSettled(_ files: [String]) -> Bool {
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        let window = Int64(settleTime * 1e9)
        for file in files {
            var info = stat()
            guard stat(file, &info) == 0 else { return false }
            let (modified, changed) = GazetteerCache.times(info)
            if max(modified, changed) > now - window { return false }
        }
        return true
    }

    static func executablePath() -> String? {
        #if os(Linux)
        if FileManager.default.fileExists(atPath: "/proc/self/exe") { return "/proc/self/exe" }
        #endif
        return Bundle.main.executablePath
    }
}

extension CompiledGazetteer {
    /// The compiled lists of the folder `gazetteers`, plus the parsed `added` files loaded after them: from `cache`
    /// when it holds a current copy, else parsed, compiled and stored there. Throws when a list cannot be read or has
    /// an error.
    ///
    /// `added` is for lists that ship with code rather than in the folder (the rules' grammar words); their
    /// contents are part of the cache key.
    public static func load(gazetteers: String, cache: GazetteerCache?, adding added: [GazetteerFile] = []) throws -> CompiledGazetteer {
        let files = try Gazetteer.files(in: gazetteers)
        func compile() throws -> CompiledGazetteer {
            let parsed = try files.map { try GazetteerFile(contentsOf: $0) }
            let gazetteer = Gazetteer(files: parsed + added)
            if !gazetteer.errors.isEmpty { throw GazetteerError.combining(gazetteer.errors) }
            return CompiledGazetteer(gazetteer)
        }
        guard let cache, var key = GazetteerCache.key(gazetteers: gazetteers, files: files) else { return try compile() }
        key += GazetteerCache.fingerprint(of: added)
        let path = cache.path(forGazetteers: gazetteers)
        if var cached = cache.load(path: path, key: key) {
            cached.isFromCache = true
            return cached
        }
        let compiled = try compile()
        // Stored only if no list changed while it was compiled: otherwise the key would describe other contents.
        if let again = GazetteerCache.key(gazetteers: gazetteers, files: try Gazetteer.files(in: gazetteers)),
           again + GazetteerCache.fingerprint(of: added) == key, cache.hasSettled(files) {
            cache.store(compiled, path: path, key: key)
        }
        return compiled
    }
}

extension GazetteerCache {
    /// A line per added file: its path and a hash of its entries, for the cache key.
    static func fingerprint(of files: [GazetteerFile]) -> String {
        var result = ""
        for file in files {
            var text = ""
            for entry in file.entries {
                text += "\(entry.line)\t\(entry.canonical)\t\(entry.aliases.joined(separator: "|"))\t\(entry.id ?? "")\t"
                text += entry.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";") + "\n"
            }
            result += "added " + file.path + "\t" + String(ListBytes.hash(text), radix: 16) + "\n"
        }
        return result
    }
}
