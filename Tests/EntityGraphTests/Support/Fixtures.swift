import EntityGraph
import Foundation

/// Paths to test fixtures and the shared evaluation data.
enum Fixtures {
    /// The folder holding Fixtures/ (resources are copied into the test bundle).
    static var root: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
    }

    /// The small gazetteer used by unit tests.
    static var gazetteerDirectory: String { root + "/gazetteers" }

    /// The repository's top folder (Tests/EntityGraphTests/Support/ is three levels down).
    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// `../shared` beside the checkout, when present (CI and developers have it; clones elsewhere may not).
    static var shared: String? {
        let path = URL(fileURLWithPath: repository).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path + "/eval/seeds.gold.jsonl") ? path : nil
    }

    /// A pipeline over the fixture gazetteer (compiled once).
    static let pipeline: Pipeline = {
        let gazetteer = try! Gazetteer(directory: gazetteerDirectory)
        return Pipeline(gazetteer: CompiledGazetteer(gazetteer))
    }()
}
