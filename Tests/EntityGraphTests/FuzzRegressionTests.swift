import Foundation
import Testing

/// Replays the fuzz seeds and every input that once broke a fuzz target (`Fixtures/fuzz-regressions/TARGET/`)
/// through the same checks the targets run (`Fuzz/FuzzChecks.swift`), so a fixed bug stays fixed without libFuzzer.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    struct Input: CustomTestStringConvertible, Sendable {
        let target: String
        let path: String
        var testDescription: String { "\(target)/\((path as NSString).lastPathComponent)" }
    }

    static let targets = ["text", "gazetteer", "html", "jsonl", "roundtrip"]

    /// Seeds (`Fuzz/Corpus/TARGET`) and regressions (`Tests/EntityGraphTests/Fixtures/fuzz-regressions/TARGET`), sorted.
    static let inputs: [Input] = targets.flatMap { target in
        [CorpusFixtures.repository.appendingPathComponent("Fuzz/Corpus/\(target)"),
         CorpusFixtures.folder.appendingPathComponent("Fixtures/fuzz-regressions/\(target)")].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                .filter { !$0.hasPrefix(".") }
                .map { Input(target: target, path: folder.appendingPathComponent($0).path) }
        }
    }

    @Test("every target has seeds", arguments: targets)
    func seeds(_ target: String) {
        #expect(Self.inputs.contains { $0.target == target && $0.path.contains("/Fuzz/Corpus/") })
    }

    @Test(arguments: inputs)
    func replay(_ input: Input) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input.path)))
        switch input.target {
        case "text": try FuzzChecks.text(bytes)
        case "gazetteer": try FuzzChecks.gazetteer(bytes)
        case "html": try FuzzChecks.html(bytes)
        case "jsonl":
            let folder = try CorpusFixtures.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try FuzzChecks.jsonl(bytes, scratch: folder.appendingPathComponent("input.jsonl").path)
        case "roundtrip": try FuzzChecks.roundTrip(bytes)
        default: Issue.record("unknown target \(input.target)")
        }
    }
}
