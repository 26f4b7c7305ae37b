import Foundation
import Testing
@testable import EntityGraph

/// networkx reads back exactly the counts and weights the graph computed, for every measure and every format it reads
/// (GraphML, GEXF, node-link JSON; CSV with Python's csv module). Skipped when python3 cannot import networkx.
///
/// The reference numbers go to Python as IEEE 754 bit patterns, not through our number formatting, so a formatting
/// or rounding fault cannot hide on both sides.
@Suite(.enabled(if: Python.canImport("networkx"), "python3 with networkx is not installed"))
struct NetworkxRoundTripTests {
    static func reference(_ graph: CooccurrenceGraph) -> String {
        func bits(_ value: Double) -> String {
            let hex = String(value.bitPattern, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
        var lines = ["# kind\tsource\ttarget\tname\tbits"]
        for (index, node) in graph.nodes.enumerated() {
            for (name, value) in [("mentions", node.mentions), ("documents", node.documents), ("windows", node.windows)] {
                lines.append("node\tn\(index)\t\t\(name)\t\(bits(Double(value)))")
            }
        }
        for edge in graph.edges {
            var values = Measure.allCases.map { ($0.rawValue, graph.value($0, of: edge)) }
            values.append(("weight", graph.weight(of: edge)))
            for (name, value) in values { lines.append("edge\tn\(edge.source)\tn\(edge.target)\t\(name)\t\(bits(value))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: Measure.allCases)
    func networkxReadsTheSameNumbers(measure: Measure) throws {
        let graph = try SeedsGraphTests.seedsGraph(window: .paragraph)
        var weighted = graph
        weighted.measure = measure
        // Gephi and the checker drop weights <= 0; the round trip covers the edges the CLI writes.
        weighted = weighted.filtered(minimumCount: 1)
        #expect(weighted.edges.count > 5)
        let folder = Paths.temporaryFolder("networkx-\(measure.rawValue)")
        let files = ExportFormat.allCases.flatMap { format in format.fileSuffixes.map { "graph" + $0 } }
        try AtomicFile.write(files.map { folder + "/" + $0 } + [folder + "/reference.tsv"]) { index, out in
            if index == files.count { out.append(verbatim: Self.reference(weighted)); return }
            let format = ExportFormat.allCases.first { $0.fileSuffixes.contains { "graph" + $0 == files[index] } }!
            format.writer.write(weighted, part: format.fileSuffixes.firstIndex { "graph" + $0 == files[index] }!, to: out)
        }
        let (status, output) = try Python.run(Paths.root + "/scripts/networkx_roundtrip.py", folder)
        #expect(status == 0, "\(output)")
    }
}

/// Running python3 from tests.
enum Python {
    static func canImport(_ module: String) -> Bool {
        (try? run("-c", "import \(module)").status) == 0
    }

    static func run(_ arguments: String...) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
