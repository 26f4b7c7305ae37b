import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load every list and report all errors and warnings as file:line: message.",
        discussion: """
        Errors (bad columns, unknown type, invalid id, invalid UTF-8, ...) make the lists unusable: exit status 1.
        Warnings (duplicates, stray whitespace, mojibake, forms that can never match, ambiguous forms, ...)
        do not; each ends with a [tag] explained in gazetteers/README.md. --strict fails on warnings too.

        Examples:
          entitygraph gazetteer check
          entitygraph gazetteer check my-lists/
          entitygraph gazetteer check --strict
        """
    )

    @Argument(help: ArgumentHelp("Gazetteer folder (default: --gazetteers, ./gazetteers, else $ENTITYGRAPH_GAZETTEERS).", valueName: "DIR"))
    var directory: String?

    @OptionGroup var folder: GazetteerFolderOption

    @Flag(name: .long, help: "Exit with status 1 on warnings as well as errors.")
    var strict = false

    func run() throws {
        try reportingErrors {
            let gazetteer = try Gazetteer.read(directory: folder.directory(directory))
            let compiled = CompiledGazetteer(gazetteer)
            for error in gazetteer.errors {
                FileHandle.standardError.write(Data("\(error.location.map { $0 + ": " } ?? "")error: \(error.reason)\n".utf8))
            }
            let warnings = sortedByFile(gazetteer.diagnostics + compiled.diagnostics, files: gazetteer.files)
            warnings.forEach(warn)
            let forms = gazetteer.entities.reduce(0) { $0 + $1.forms.count }
            print("\(count(gazetteer.files.count, "file")), \(count(gazetteer.entities.count, "entity", "entities")), "
                  + "\(count(forms, "form")), \(count(gazetteer.wordLists.count, "word list")): "
                  + "\(count(gazetteer.errors.count, "error")), \(count(warnings.count, "warning"))")
            if !gazetteer.errors.isEmpty || (strict && !warnings.isEmpty) { throw ExitCode(1) }
        }
    }

    private func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}
