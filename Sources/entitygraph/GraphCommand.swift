import ArgumentParser
import EntityGraph
import Foundation

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the co-occurrence graph of the entities and write it for Gephi, Graphviz and others.",
        discussion: """
        Two entities are linked when they appear in the same window (a sentence by default); the edge's
        count is the number of windows holding both, and its documents the number of documents.

        Examples:
          entitygraph graph seeds/ --format graphml -o seeds.graphml
          entitygraph graph seeds/ --format graphml,dot --out-dir exports/
          entitygraph graph news.jsonl --format dot --window paragraph | dot -Tsvg > graph.svg
        """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "INPUT"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("Comma-separated formats: graphml, dot.", valueName: "FORMATS"))
    var format: String = "graphml"

    @Option(name: .shortAndLong, help: ArgumentHelp("Write one format to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Write each format to DIR/graph.EXT.", valueName: "DIR"))
    var outDir: String?

    @Option(name: .long, help: ArgumentHelp("Co-occurrence window: sentence, paragraph or document.", valueName: "WINDOW"))
    var window: String = "sentence"

    @Flag(name: .long, help: "Keep page chrome (\"Newsletter\", \"Lire aussi\", share buttons, ...) instead of skipping it.")
    var keepBoilerplate = false

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var gazetteerOptions: GazetteerOptions

    static let writers: [String: any GraphWriter] = ["graphml": GraphMLWriter(), "dot": DOTWriter()]

    func validate() throws {
        let formats = format.split(separator: ",").map(String.init)
        for f in formats where GraphCommand.writers[f] == nil {
            throw ValidationError("unknown format '\(f)' (expected: \(GraphCommand.writers.keys.sorted().joined(separator: ", ")))")
        }
        if formats.count > 1 && outDir == nil { throw ValidationError("several formats need --out-dir DIR") }
        if output != nil && outDir != nil { throw ValidationError("use either -o FILE or --out-dir DIR") }
        if Window(argument: window) == nil { throw ValidationError("unknown window '\(window)' (expected sentence, paragraph or document)") }
    }

    func run() throws {
        try reportingErrors {
            let pipeline = try gazetteerOptions.pipeline()
            var builder = CooccurrenceGraphBuilder(window: Window(argument: window)!)
            try forEachExtraction(inputs, pipeline: pipeline, keepBoilerplate: keepBoilerplate, options: inputOptions) { _, _, result in
                builder.add(result)
            }
            let graph = builder.graph()
            for name in format.split(separator: ",").map(String.init) {
                let writer = GraphCommand.writers[name]!
                let rendered = writer.render(graph)
                if let outDir {
                    try AtomicFile.write(rendered, to: outDir + "/graph." + writer.fileExtension)
                } else if let output {
                    try AtomicFile.write(rendered, to: output)
                } else {
                    FileHandle.standardOutput.write(Data(rendered.utf8))
                }
            }
            FileHandle.standardError.write(Data("entitygraph: \(graph.nodes.count) nodes, \(graph.edges.count) edges\n".utf8))
        }
    }
}
