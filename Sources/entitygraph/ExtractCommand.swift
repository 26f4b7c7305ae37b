import ArgumentParser
import EntityGraph
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write the entities of each document as one JSON object per line.",
        discussion: """
        Each line: {"id": ..., "entities": [{"start", "end", "text", "type", "canonical", "entity", "rule", "source"}], "demonyms": [...]}.
        start/end are Unicode code point offsets (end exclusive) into the text as read, so Python's text[start:end] == text.
        INPUT is a .txt, .html or .jsonl file, a folder (recursive, sorted), or - for standard input
        (format sniffed). Page chrome ("Newsletter", "Lire aussi", share buttons, ...) is skipped unless
        --keep-boilerplate; --explain shows which lines were skipped and why. See Documentation/Corpus.md.

        Examples:
          entitygraph extract seeds/
          entitygraph extract news.jsonl -o mentions.jsonl
          entitygraph extract news.jsonl --threads 1 -o mentions.jsonl
          cat article.txt | entitygraph extract -
          entitygraph extract seeds/004_3a2cad48efa3da67.txt --explain
          entitygraph extract scraped.jsonl --strict --max-document-size 256M -o mentions.jsonl
        """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "INPUT"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically).", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Keep page chrome (\"Newsletter\", \"Lire aussi\", share buttons, ...) instead of skipping it.")
    var keepBoilerplate = false

    @Flag(name: .long, help: "Print, per document, the boilerplate lines and the mentions in context instead of JSON (JSON still goes to -o FILE).")
    var explain = false

    @OptionGroup var threadOptions: ThreadOptions
    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        try reportingErrors {
            let pipeline = try gazetteerOptions.pipeline()
            // Lines are written as documents are extracted, so memory does not grow with the corpus.
            let sink = try output.map(OutputFile.init(atomicallyReplacing:)) ?? OutputFile()
            try forEachExtraction(inputs, pipeline: pipeline, keepBoilerplate: keepBoilerplate,
                                  threads: threadOptions.threads, options: inputOptions) { document, text, result in
                if explain {
                    // Explanations and JSON share standard output only without -o: keep them in order.
                    if output == nil { try sink.flush() }
                    FileHandle.standardOutput.write(Data(Explanation(document: document, text: text, result: result,
                                                                     keptBoilerplate: keepBoilerplate).rendered.utf8))
                    if output == nil { return }
                }
                try sink.write(result.jsonLine(text: text) + "\n")
            }
            try sink.close()
        }
    }
}
