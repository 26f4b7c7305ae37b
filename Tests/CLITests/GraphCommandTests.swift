import Foundation
import Testing

/// End-to-end runs of `graph` and `explain` on seeds/ with the fixture gazetteers (stable while the shipped lists grow).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: CLIRunner.binary), "needs the built entitygraph"))
struct GraphCommandTests {
    static let gazetteers = CLIRunner.repository + "/Tests/EntityGraphTests/Fixtures/gazetteers"

    static func run(_ arguments: String...) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments.map { $0 == "@gazetteers" ? gazetteers : $0 })
    }

    @Test func writesEveryFormatIntoOutDir() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Self.run("graph", "seeds/", "--gazetteers", "@gazetteers", "--out-dir", folder + "/exports",
                              "--format", "graphml,gexf,dot,csv,json")
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/exports").sorted()
        #expect(files == ["graph.dot", "graph.gexf", "graph.graphml", "graph.json", "graph_edges.csv", "graph_nodes.csv"])
        #expect(run.stderr.contains("5 documents"))
    }

    @Test func writesOneFormatToStandardOutput() throws {
        let run = try Self.run("graph", "seeds/", "--gazetteers", "@gazetteers", "--format", "dot", "--types", "PERSON,COUNTRY",
                              "--min-count", "2")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("graph \"entitygraph\" {"))
        #expect(run.stdout.contains("Jean-Yves Le Drian"))
        #expect(!run.stdout.contains("hexagon\""))
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
        let run = try CLIRunner.run(["graph", "seeds/", "--gazetteers", Self.gazetteers] + arguments)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func explainPrintsTheSentencesOfLeDrianAndCarter() throws {
        let run = try Self.run("explain", "Jean-Yves Le Drian", "Ashton Carter", "seeds/", "--gazetteers", "@gazetteers")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").filter { $0.hasPrefix("  sentence ") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.contains("Le Drian") && $0.contains("Carter") })
        #expect(run.stdout.contains("002_2cd0f7b15a2fa10b"))
    }

    @Test func explainAcceptsAliasesAndIDsAndFailsWithoutEvidence() throws {
        let alias = try Self.run("explain", "le drian", "eg:person/ashton-carter", "seeds/", "--gazetteers", "@gazetteers")
        #expect(alias.status == 0, "\(alias.stderr)")
        let none = try Self.run("explain", "AFP", "Ashton Carter", "seeds/", "--gazetteers", "@gazetteers")
        #expect(none.status == 1)
        #expect(none.stdout.contains("never appear in the same sentence window"))
    }
}
