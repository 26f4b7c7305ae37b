import Foundation

/// Places the tests read and write, found from this file's path so that they work from any working directory.
enum Paths {
    /// The repository's root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The fixture gazetteers.
    static let fixtureGazetteers = root + "/Tests/EntityGraphTests/Fixtures/gazetteers"

    /// The golden files.
    static let golden = root + "/Tests/EntityGraphTests/Golden"

    /// The shared folder beside the repository (eval data, export checker), absent on a fresh clone.
    static var shared: String? {
        let path = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// A new empty temporary folder.
    static func temporaryFolder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "entitygraph-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
