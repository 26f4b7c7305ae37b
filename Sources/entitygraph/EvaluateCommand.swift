import ArgumentParser
import EntityGraph
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the extraction against gold annotations (exact span and type).",
        discussion: """
        GOLD is JSONL: {"id": ..., "entities": [{"start", "end", "type"}]} with code point offsets.
        Documents are matched by id; INPUT defaults to the gold file itself when it holds "text".

        Example:
          entitygraph evaluate --gold ../shared/eval/seeds.gold.jsonl seeds/
        """
    )

    @Option(name: .long, help: ArgumentHelp("Gold annotations (JSONL).", valueName: "FILE"))
    var gold: String

    @Argument(help: ArgumentHelp("Files or folders holding the documents.", valueName: "INPUT"))
    var inputs: [String] = []

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        try reportingErrors {
            let standard = try GoldStandard(contentsOf: gold)
            let pipeline = try gazetteerOptions.pipeline()
            var scorer = Scorer()
            var seen = Set<String>()
            try forEachExtraction(inputs.isEmpty ? [gold] : inputs, pipeline: pipeline) { _, text, result in
                guard let goldAnnotations = standard.documents[result.documentID] else { return }
                seen.insert(result.documentID)
                scorer.add(predicted: result.annotations(in: text), gold: goldAnnotations)
            }
            for id in standard.order where !seen.contains(id) {
                warn(Diagnostic(file: gold, message: "document \(id) not found in the input"))
            }
            print(scorer.table())
        }
    }
}
