import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Check the gazetteer lists.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load every list of DIR and report errors and warnings as file:line: message.",
            discussion: """
            Exit status 1 on the first error (bad columns, unknown type, invalid id); warnings do not fail.

            Examples:
              entitygraph gazetteer check
              entitygraph gazetteer check my-lists/
            """
        )

        @Argument(help: ArgumentHelp("Gazetteer folder (default: ./gazetteers, else $ENTITYGRAPH_GAZETTEERS).", valueName: "DIR"))
        var directory: String?

        func run() throws {
            try reportingErrors {
                let options = try GazetteerOptions.parse(directory.map { ["--gazetteers", $0] } ?? [])
                let gazetteer = try Gazetteer(directory: options.directory())
                gazetteer.diagnostics.forEach(warn)
                let forms = gazetteer.entities.reduce(0) { $0 + $1.forms.count }
                print("\(gazetteer.files.count) files, \(gazetteer.entities.count) entities, \(forms) forms, "
                      + "\(gazetteer.wordLists.count) word lists, \(gazetteer.diagnostics.count) warnings")
            }
        }
    }
}
