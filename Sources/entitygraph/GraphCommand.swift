import ArgumentParser
import EntityGraph
import Foundation

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the co-occurrence graph of the entities and write it for Gephi, Graphviz, networkx and spreadsheets.",
        discussion: """
        Two entities are linked when they appear in the same window (a sentence by default). Every edge carries count (windows holding both), documents, jaccard, dice, pmi and npmi, the ids of its supporting documents and an example sentence; --weight chooses which measure is the edge's weight. `entitygraph explain A B INPUT` prints every supporting sentence.

        Pruning runs in this order: --types; weights <= 0, --min-count, --min-weight; --backbone; --ego and --depth; --top-nodes; --top-edges; --drop-isolated. Files are written atomically. Columns, formulas and how to open each format: Documentation/Exports.md.

        Formats: graphml (Gephi, yEd, networkx, igraph, Cytoscape), gexf (Gephi, with a timeline when documents have dates), dot (Graphviz), csv (Gephi's spreadsheet import: NAME_nodes.csv and NAME_edges.csv), json (networkx, d3).

        Examples:
          entitygraph graph seeds/ -o seeds.graphml
          entitygraph graph seeds/ --out-dir exports/ \\
              --format graphml,gexf,dot,csv,json
          entitygraph graph news.jsonl --window paragraph --weight npmi \\
              --min-count 2 --backbone 0.05 -o news.gexf
          entitygraph graph news.jsonl --ego "Ashton Carter" --depth 2 \\
              --format dot | dot -Tsvg > carter.svg
        """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "INPUT"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("Comma-separated formats: graphml, gexf, dot, csv, json (default: from -o's extension, else graphml).",
                                            valueName: "FORMATS"))
    var format: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write one format to FILE (csv: FILE_nodes.csv and FILE_edges.csv) instead of standard output.",
                                                    valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Write every format to DIR/graph.EXT (created if missing).", valueName: "DIR"))
    var outDir: String?

    @Option(name: .long, help: ArgumentHelp("The measure written as each edge's weight: count, documents, jaccard, dice, pmi or npmi.",
                                            valueName: "MEASURE"))
    var weight: String = "count"

    @Option(name: .long, help: ArgumentHelp("Keep edges with at least N windows.", valueName: "N"))
    var minCount: Int = 1

    @Option(name: .long, help: ArgumentHelp("Keep edges whose weight is at least X.", valueName: "X"))
    var minWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Keep the disparity-filter backbone at significance ALPHA (e.g. 0.05).", valueName: "ALPHA"))
    var backbone: Double?

    @Option(name: .long, help: ArgumentHelp("Keep the entities within --depth edges of ENTITY (a name, alias or id).", valueName: "ENTITY"))
    var ego: String?

    @Option(name: .long, help: ArgumentHelp("Hops from the --ego entity.", valueName: "K"))
    var depth: Int = 1

    @Option(name: .long, help: ArgumentHelp("Keep the N entities with most mentions.", valueName: "N"))
    var topNodes: Int?

    @Option(name: .long, help: ArgumentHelp("Keep the N heaviest edges.", valueName: "N"))
    var topEdges: Int?

    @Option(name: .long, help: ArgumentHelp("Keep these comma-separated types: PERSON, COUNTRY, ORG, PLACE.", valueName: "TYPES"))
    var types: String?

    @Flag(name: .long, help: "Remove entities left without edges.")
    var dropIsolated = false

    @OptionGroup var cooccurrence: CooccurrenceOptions

    @OptionGroup var threadOptions: ThreadOptions
    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var gazetteerOptions: GazetteerOptions

    /// The formats asked for, in the order given.
    private var formats: [ExportFormat] {
        let names = format ?? output.flatMap { ExportFormat(fileName: $0)?.rawValue } ?? ExportFormat.graphml.rawValue
        return names.split(separator: ",").compactMap { ExportFormat(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) }
    }

    func validate() throws {
        for name in (format ?? "").split(separator: ",")
        where ExportFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) == nil {
            throw ValidationError("unknown format '\(name)' (expected \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if Measure(rawValue: weight) == nil {
            throw ValidationError("unknown measure '\(weight)' (expected \(Measure.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if output != nil && outDir != nil { throw ValidationError("use either -o FILE or --out-dir DIR") }
        if formats.count > 1 && outDir == nil { throw ValidationError("several formats need --out-dir DIR") }
        if formats == [.csv] && output == nil && outDir == nil {
            throw ValidationError("csv writes two files (nodes and edges): give -o FILE or --out-dir DIR")
        }
        if let backbone, !(backbone > 0 && backbone < 1) { throw ValidationError("--backbone ALPHA must lie between 0 and 1") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if let types { _ = try entityTypes(types) }
    }

    private func entityTypes(_ list: String) throws -> Set<EntityType> {
        Set(try list.split(separator: ",").map { name in
            guard let type = EntityType(rawValue: name.trimmingCharacters(in: .whitespaces).uppercased()) else {
                throw ValidationError("unknown type '\(name)' (expected PERSON, COUNTRY, ORG or PLACE)")
            }
            return type
        })
    }

    func run() throws {
        try reportingErrors {
            AtomicFile.removeTemporaryFilesOnSignal()
            var pipeline = try gazetteerOptions.pipeline()
            pipeline.keepsSentenceTexts = true
            var builder = cooccurrence.builder(pipeline: pipeline)
            try forEachExtraction(inputs, pipeline: pipeline, keepBoilerplate: cooccurrence.keepBoilerplate,
                                  threads: threadOptions.threads, options: inputOptions) { _, _, result in builder.add(result) }
            builder.diagnostics.forEach(warn)
            let full = builder.graph(weightedBy: Measure(rawValue: weight)!)
            let aliases = pipeline.gazetteer.entities.flatMap { entity in entity.forms.map { (form: $0.text, id: entity.id) } }
            let pruning = Pruning(types: try types.map(entityTypes), minimumCount: minCount, minimumWeight: minWeight,
                                  backboneAlpha: backbone, egoID: try ego.map { full.nodes[try full.node(named: $0, aliases: aliases)].id },
                                  egoDepth: depth, topNodes: topNodes, topEdges: topEdges, dropsIsolatedNodes: dropIsolated)
            let graph = try full.pruned(pruning)
            try write(graph)
            var summary = "entitygraph: \(graph.documentIDs.count) documents, \(graph.nodes.count) nodes, \(graph.edges.count) edges"
            summary += " (window \(graph.window), weight \(graph.measure.rawValue))"
            if graph.nodes.count != full.nodes.count || graph.edges.count != full.edges.count {
                summary += "; pruned from \(full.nodes.count) nodes, \(full.edges.count) edges"
            }
            FileHandle.standardError.write(Data((summary + "\n").utf8))
            if formats.contains(.dot) && graph.nodes.count > DOTWriter.largeGraphNodes {
                FileHandle.standardError.write(Data("""
                    entitygraph: note: \(graph.nodes.count) nodes is too many for dot: lay the DOT file out with sfdp \
                    (sfdp -Tsvg graph.dot -o graph.svg)\n
                    """.utf8))
            }
        }
    }

    /// Writes every format atomically (all files of --out-dir together), or one format to standard output.
    private func write(_ graph: CooccurrenceGraph) throws {
        var files: [(path: String, format: ExportFormat, part: Int)] = []
        if let outDir {
            try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
            for format in formats {
                for (part, suffix) in format.fileSuffixes.enumerated() {
                    files.append(((outDir as NSString).appendingPathComponent("graph" + suffix), format, part))
                }
            }
        } else if let output, let format = formats.first {
            if format == .csv {
                let stem = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
                files = format.fileSuffixes.enumerated().map { (stem + $1, format, $0) }
            } else {
                files = [(output, format, 0)]
            }
        } else if let format = formats.first {
            let out = ExportBuffer(descriptor: 1)
            format.writer.write(graph, part: 0, to: out)
            out.flush()
            return
        }
        try AtomicFile.write(files.map(\.path)) { index, out in
            files[index].format.writer.write(graph, part: files[index].part, to: out)
        }
    }
}
