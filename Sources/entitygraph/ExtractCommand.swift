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
        INPUT is a .txt or .jsonl file, a folder (recursive, sorted), or - for standard input.

        Examples:
          entitygraph extract seeds/
          entitygraph extract news.jsonl -o mentions.jsonl
          cat article.txt | entitygraph extract -
          entitygraph extract seeds/ --explain      # one line per mention: rule, trigger, list entry, context
        """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "INPUT"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically).", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp("Instead of JSON, print each mention with the rule, trigger and list entry that produced it and the text around it."))
    var explain = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        try reportingErrors {
            let pipeline = try gazetteerOptions.pipeline()
            var lines = ""
            try forEachExtraction(inputs, pipeline: pipeline) { _, text, result in
                lines += explain ? result.explanation(text: text) : result.jsonLine(text: text) + "\n"
                if output == nil { FileHandle.standardOutput.write(Data(lines.utf8)); lines = "" }
            }
            if let output { try AtomicFile.write(lines, to: output) }
        }
    }
}
