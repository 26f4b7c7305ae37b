import Foundation

/// Paths of the Text and Corpus tests' fixtures and of the shared evaluation data.
enum CorpusFixtures {
    /// This test folder in the checkout.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The repository's top folder.
    static let repository = folder.deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/html` beside the tests.
    static let html = folder.appendingPathComponent("Fixtures/html")

    /// `../shared` beside the checkout, when present (developers and CI have it; other clones may not).
    static let shared: URL? = {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("eval/seeds.gold.jsonl").path) ? url : nil
    }()

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entitygraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
