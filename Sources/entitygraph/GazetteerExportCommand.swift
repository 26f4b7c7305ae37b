import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every name of every entity as spaCy EntityRuler patterns (patterns.jsonl).",
        discussion: """
        One line per name: {"label": ..., "pattern": ..., "id": ...}; the id groups the names of one entity
        (spaCy's ent_id_). Switched-off entities and word lists are left out.
        Labels: ours (PERSON, COUNTRY, ORG, PLACE: imports back unchanged), spacy (PERSON, ORG, GPE, LOC),
        spacy-fr (PER, ORG, LOC).

        Examples:
          entitygraph gazetteer export --to spacy -o patterns.jsonl
          entitygraph gazetteer export --to spacy --labels spacy-fr --demonyms
        """
    )

    enum Format: String, ExpressibleByArgument {
        case spacy
    }

    @Option(name: .long, help: ArgumentHelp("spacy.", valueName: "FORMAT"))
    var to: Format

    @Option(name: .long, help: ArgumentHelp("ours, spacy or spacy-fr.", valueName: "LABELS"))
    var labels: String = "ours"

    @Flag(name: .long, help: "Export demonyms too, as NORP (MISC with spacy-fr).")
    var demonyms = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically).", valueName: "FILE"))
    var output: String?

    @OptionGroup var folder: GazetteerFolderOption

    func validate() throws {
        if SpaCyPatterns.Labels(rawValue: labels) == nil {
            throw ValidationError("unknown labels '\(labels)' (expected \(SpaCyPatterns.Labels.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        try reportingErrors {
            let gazetteer = try Gazetteer(directory: folder.directory())
            try emit(SpaCyPatterns.export(gazetteer, labels: SpaCyPatterns.Labels(rawValue: labels)!, demonyms: demonyms), to: output)
        }
    }
}
