import Foundation
import Testing

/// End-to-end runs of the built `entitygraph` binary on seeds/ with the fixture gazetteers.
@Suite(.enabled(if: CLI.binary != nil, "the entitygraph binary is not built"))
struct GraphCommandTests {
    @Test func writesEveryFormatIntoOutDir() throws {
        let folder = CLI.temporaryFolder()
        let run = try CLI.run("graph", CLI.root + "/seeds", "--gazetteers", CLI.gazetteers, "--out-dir", folder + "/exports",
                              "--format", "graphml,gexf,dot,csv,json")
        #expect(run.status == 0, "\(run.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/exports").sorted()
        #expect(files == ["graph.dot", "graph.gexf", "graph.graphml", "graph.json", "graph_edges.csv", "graph_nodes.csv"])
        #expect(run.error.contains("5 documents"))
    }

    @Test func writesOneFormatToStandardOutput() throws {
        let run = try CLI.run("graph", CLI.root + "/seeds", "--gazetteers", CLI.gazetteers, "--format", "dot", "--types", "PERSON,COUNTRY",
                              "--min-count", "2")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("graph \"entitygraph\" {"))
        #expect(run.output.contains("Jean-Yves Le Drian"))
        #expect(!run.output.contains("hexagon\""))
    }

    @Test(arguments: [
        (["--format", "csv"], "csv writes two files"),
        (["--format", "graphml,dot"], "several formats need --out-dir"),
        (["--format", "pdf"], "unknown format 'pdf'"),
        (["--weight", "tfidf"], "unknown measure 'tfidf'"),
        (["--window", "0"], "unknown window '0'"),
        (["--ego", "Zorro"], "no entity named 'Zorro'"),
        (["--backbone", "1.5"], "--backbone ALPHA must lie between 0 and 1"),
    ])
    func refusesBadOptions(arguments: [String], message: String) throws {
        let run = try CLI.run(["graph", CLI.root + "/seeds", "--gazetteers", CLI.gazetteers] + arguments)
        #expect(run.status != 0)
        #expect(run.error.contains(message), "\(run.error)")
    }

    @Test func explainPrintsTheSentencesOfLeDrianAndCarter() throws {
        let run = try CLI.run("explain", "Jean-Yves Le Drian", "Ashton Carter", CLI.root + "/seeds", "--gazetteers", CLI.gazetteers)
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").filter { $0.hasPrefix("  sentence ") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.contains("Le Drian") && $0.contains("Carter") })
        #expect(run.output.contains("002_2cd0f7b15a2fa10b"))
    }

    @Test func explainAcceptsAliasesAndIDsAndFailsWithoutEvidence() throws {
        let alias = try CLI.run("explain", "le drian", "eg:person/ashton-carter", CLI.root + "/seeds", "--gazetteers", CLI.gazetteers)
        #expect(alias.status == 0, "\(alias.error)")
        let none = try CLI.run("explain", "AFP", "Ashton Carter", CLI.root + "/seeds", "--gazetteers", CLI.gazetteers)
        #expect(none.status == 1)
        #expect(none.output.contains("never appear in the same sentence window"))
    }
}

/// Locating and running the built binary.
enum CLI {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let gazetteers = root + "/Tests/EntityGraphTests/Fixtures/gazetteers"

    /// The binary beside the test bundle (`swift build` puts both in the same folder), else in .build/debug.
    static let binary: String? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside.path, beside.deletingLastPathComponent().path, root + "/.build/debug"] {
            let path = folder + "/entitygraph"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "entitygraph-cli-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func run(_ arguments: String...) throws -> (status: Int32, output: String, error: String) {
        try run(arguments)
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary!)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
