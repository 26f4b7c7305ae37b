import Foundation
import Testing

/// `extract` skips page chrome by default, keeps it with --keep-boilerplate, and explains it with --explain.
@Suite struct BoilerplateFlagTests {
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("entitygraph")
    static let gazetteers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EntityGraphTests/Fixtures/gazetteers").path

    /// Runs the built tool on `input` (a .txt written to a temporary folder) and returns its standard output.
    static func run(_ arguments: [String], input: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("article.txt")
        try input.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments + [file.path, "--gazetteers", gazetteers]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: output, as: UTF8.self)
    }

    static let article = "Le ministre est arrivé à Paris mercredi.\n\nLire aussi : Washington reste prudent\n"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "needs the built entitygraph"))
    func chromeIsSkippedUnlessKept() throws {
        let skipped = try Self.run(["extract"], input: Self.article)
        #expect(skipped.contains("\"Paris\"") && !skipped.contains("\"Washington\""))
        let kept = try Self.run(["extract", "--keep-boilerplate"], input: Self.article)
        #expect(kept.contains("\"Paris\"") && kept.contains("\"Washington\""))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "needs the built entitygraph"))
    func explainShowsTheDecisions() throws {
        let explained = try Self.run(["extract", "--explain"], input: Self.article)
        #expect(explained.contains("boilerplate: 1 lines skipped"))
        #expect(explained.contains("line 3: Lire aussi : Washington reste prudent  [starts with \"lire aussi\"]"))
        #expect(explained.contains("line 1  PLACE  Paris -> Paris"))
        let kept = try Self.run(["extract", "--explain", "--keep-boilerplate"], input: Self.article)
        #expect(kept.contains("boilerplate: 1 lines kept (--keep-boilerplate)"))
        #expect(kept.contains("Washington -> Washington"))
    }
}
