import Foundation
import Testing
@testable import EntityGraph

/// Every format of the graph whose names are the adversarial names of ../shared (skipped when it is absent).
///
/// With `EG_EXPORT_DIR=DIR` the files are left in DIR for `scripts/check_exports.sh`, which runs the real consumers
/// (`check_exports.py --strict`); here we check what can be checked without them.
@Suite(.enabled(if: Paths.shared != nil, "../shared is absent"))
struct AdversarialExportTests {
    /// Written once for every test of the suite (tests run in parallel).
    static let written = Result { try write() }

    static func write() throws -> (folder: String, graph: CooccurrenceGraph) {
        guard let graph = try AdversarialCorpus.graph() else { throw CocoaError(.fileNoSuchFile) }
        let folder = ProcessInfo.processInfo.environment["EG_EXPORT_DIR"] ?? Paths.temporaryFolder("adversarial")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = ExportFormat.allCases.flatMap { format in format.fileSuffixes.indices.map { (format, $0) } }
        try AtomicFile.write(files.map { folder + "/adversarial" + $0.0.fileSuffixes[$0.1] }) { index, out in
            files[index].0.writer.write(graph, part: files[index].1, to: out)
        }
        return (folder, graph)
    }

    @Test func everyNameSurvivesInJSON() throws {
        let (folder, graph) = try Self.written.get()
        let (names, _) = try #require(try AdversarialCorpus.fixture())
        #expect(Set(graph.nodes.map(\.label)) == Set(names))
        let data = try #require(FileManager.default.contents(atPath: folder + "/adversarial.json"))
        let file = try JSONDecoder().decode(WriterTests.NodeLink.self, from: data)
        #expect(file.nodes.map { Array($0.label.unicodeScalars) } == graph.nodes.map { Array($0.label.unicodeScalars) })
        #expect(file.links.map(\.example) == graph.edges.map(\.example))
    }

    @Test(arguments: ["adversarial.graphml", "adversarial.gexf", "adversarial.dot", "adversarial_nodes.csv", "adversarial_edges.csv"])
    func lossyFormatsHoldNoUnrepresentableCharacter(file: String) throws {
        let (folder, _) = try Self.written.get()
        let data = try #require(FileManager.default.contents(atPath: folder + "/" + file))
        let text = try #require(String(validating: data, as: UTF8.self))
        #expect(!text.unicodeScalars.contains(where: Escaping.isUnrepresentable))
        if file.hasSuffix(".dot") {
            // Graphviz rejects quoted strings over 16,384 bytes.
            #expect(text.split(separator: "\"").allSatisfy { $0.utf8.count < 16_381 })
        }
    }

    @Test func csvRowsHaveTheHeaderFieldCount() throws {
        let (folder, _) = try Self.written.get()
        for file in ["adversarial_nodes.csv", "adversarial_edges.csv"] {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            var rows: [Int] = [], fields = 1, quoted = false
            for s in text.unicodeScalars {
                switch s {
                case "\"": quoted.toggle()
                case "," where !quoted: fields += 1
                case "\n" where !quoted: rows.append(fields); fields = 1
                default: break
                }
            }
            #expect(Set(rows).count == 1, "\(file): \(rows)")
        }
    }
}
