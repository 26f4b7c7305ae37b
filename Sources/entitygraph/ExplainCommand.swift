import ArgumentParser
import EntityGraph
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print every sentence that supports the edge between two entities, with its document.",
        discussion: """
        ENTITY is a canonical name, an alias from the gazetteers or an entity id, in any case, with or without accents. Give the window options given to `graph` for the counts to match its edge. Sentences are numbered from 1 in each document; with paragraph, document or token windows a window may hold the two entities in two sentences, and both are printed. Exit status 1 when the two never share a window.

        Examples:
          entitygraph explain "Jean-Yves Le Drian" "Ashton Carter" seeds/
          entitygraph explain "Le Drian" iso:SY news.jsonl --window paragraph
        """
    )

    @Argument(help: ArgumentHelp("The first entity.", valueName: "ENTITY"))
    var first: String

    @Argument(help: ArgumentHelp("The second entity.", valueName: "ENTITY"))
    var second: String

    @Argument(help: ArgumentHelp("Files or folders (read twice, so not standard input).", valueName: "INPUT"))
    var inputs: [String]

    @OptionGroup var cooccurrence: CooccurrenceOptions

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func validate() throws {
        if inputs.contains("-") {
            throw ValidationError("explain reads its input twice and cannot take standard input: save it to a file first")
        }
    }

    func run() throws {
        var found = false
        try reportingErrors {
            // Pass 1: the graph, to resolve the names and find the edge's supporting windows.
            let pipeline = try gazetteerOptions.pipeline()
            var builder = cooccurrence.builder(pipeline: pipeline)
            try forEachExtraction(inputs, pipeline: pipeline, keepBoilerplate: cooccurrence.keepBoilerplate, options: inputOptions) { _, _, result in
                builder.add(result)
            }
            let graph = builder.graph()
            let aliases = pipeline.gazetteer.entities.flatMap { entity in entity.forms.map { (form: $0.text, id: entity.id) } }
            let a = try graph.node(named: first, aliases: aliases), b = try graph.node(named: second, aliases: aliases)
            let (nodeA, nodeB) = (graph.nodes[a], graph.nodes[b])
            print("\(describe(nodeA)) and \(describe(nodeB))")
            guard a != b else {
                print("are the same entity.")
                return
            }
            guard let index = graph.edgeIndex(between: a, and: b) else {
                print("never appear in the same \(graph.window) window (\(nodeA.windows) and \(nodeB.windows) windows of \(graph.windowCount)).")
                return
            }
            found = true
            let edge = graph.edges[index]
            print("appear together in \(edge.count) \(graph.window) window\(edge.count == 1 ? "" : "s") of "
                  + "\(edge.documents) document\(edge.documents == 1 ? "" : "s"):")
            let measures = Measure.allCases.map { "\($0.rawValue)=\(format(graph.value($0, of: edge)))" }.joined(separator: " ")
            print("\(measures) (c(a)=\(nodeA.windows), c(b)=\(nodeB.windows), W=\(graph.windowCount))")
            // Pass 2: the texts of the supporting documents only; evidence names documents by their place in the input.
            var wanted: [Int: [CooccurrenceGraph.Evidence]] = [:]
            for item in edge.evidence { wanted[Int(item.document), default: []].append(item) }
            var textPipeline = pipeline
            textPipeline.keepsSentenceTexts = true
            let reader = CorpusReader()
            var position = 0
            for file in try reader.files(for: inputs) {
                _ = try reader.forEachDocument(in: file) { document in
                    defer { position += 1 }
                    guard let items = wanted[position] else { return }
                    var analyzed = document
                    if cooccurrence.keepBoilerplate { analyzed.boilerplate = [] }
                    let (_, result) = textPipeline.extract(analyzed)
                    let date = document.metadata["date"].map { " (\($0))" } ?? ""
                    print("\n\(document.id)\(date)")
                    for item in items {
                        let texts = item.sentences.map { result.sentenceTexts[$0] ?? "" }
                        if item.sentences.count == 1 {
                            print("  sentence \(item.sentences[0] + 1): \(texts[0])")
                        } else {
                            print("  sentences \(item.sentences[0] + 1) and \(item.sentences[1] + 1):")
                            for text in texts { print("    \(text)") }
                        }
                    }
                }
            }
        }
        if !found { throw ExitCode(1) }
    }

    private func describe(_ node: CooccurrenceGraph.Node) -> String {
        "\(node.label) (\(node.type.rawValue), \(node.id))"
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.4f", value)
    }
}
