import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Check, inspect, edit (add, remove), import and export the gazetteer lists.",
        discussion: """
        The list format, the loading order, the matching rules and every warning are explained in gazetteers/README.md.

        Examples:
          entitygraph gazetteer check
          entitygraph gazetteer show Paris
          entitygraph gazetteer stats
          entitygraph gazetteer add "Ashton Carter" --type PERSON --dry-run --corpus seeds/
          entitygraph gazetteer import --from spacy patterns.jsonl -o gazetteers/local/spacy.tsv
          entitygraph gazetteer export --to spacy -o patterns.jsonl
        """,
        subcommands: [GazetteerCheckCommand.self, GazetteerListCommand.self, GazetteerShowCommand.self,
                      GazetteerStatsCommand.self, GazetteerImportCommand.self, GazetteerExportCommand.self, GazetteerAddCommand.self, GazetteerRemoveCommand.self]
    )
}

/// `--gazetteers DIR` alone, for the gazetteer subcommands (matching options do not apply to them).
struct GazetteerFolderOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of gazetteer lists (default: ./gazetteers, else $ENTITYGRAPH_GAZETTEERS).", valueName: "DIR"))
    var gazetteers: String?

    /// The folder: `explicit`, else the option, else ./gazetteers, else the environment variable.
    func directory(_ explicit: String? = nil) throws -> String {
        try GazetteerOptions.parse((explicit ?? gazetteers).map { ["--gazetteers", $0] } ?? []).directory()
    }
}

/// Warnings of every stage in load order of their files, then by line.
func sortedByFile(_ diagnostics: [Diagnostic], files: [String]) -> [Diagnostic] {
    let order = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    return diagnostics.enumerated().sorted { a, b in
        let fa = order[a.element.file] ?? Int.max, fb = order[b.element.file] ?? Int.max
        if fa != fb { return fa < fb }
        if a.element.line != b.element.line { return (a.element.line ?? 0) < (b.element.line ?? 0) }
        return a.offset < b.offset
    }.map(\.element)
}

/// Writes `text` to `output` atomically, or to standard output.
func emit(_ text: String, to output: String?) throws {
    if let output {
        try AtomicFile.write(text, to: output)
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
