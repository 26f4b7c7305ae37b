import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a name to your own list (gazetteers/local/added.tsv unless --to), safely.",
        discussion: """
        Appends one line, keeping the file's comments and order; adding the same name twice changes nothing.
        The edited lists are checked like `gazetteer check` before anything is written, and the file is written
        atomically. With --dry-run, nothing is written; with --corpus, the report shows what the change would do
        there: mentions gained and lost, entities and edges that appear or vanish.

        Examples:
          entitygraph gazetteer add "Ashton Carter" --type PERSON --alias Carter
          entitygraph gazetteer add Raqqa --type PLACE --alias Raqa --to gazetteers/local/syria.tsv
          entitygraph gazetteer add "Ashton Carter" --type PERSON --dry-run --corpus seeds/
          entitygraph candidates seeds/ --format gazetteer >> gazetteers/local/added.tsv
        """
    )

    @Argument(help: ArgumentHelp("The name as it is normally written (its capitals matter).", valueName: "NAME"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("PERSON, COUNTRY, ORG or PLACE.", valueName: "TYPE"))
    var type: String

    @Option(name: .customLong("alias"), help: ArgumentHelp("Another form of the name (repeat for several).", valueName: "A"))
    var aliases: [String] = []

    @Option(name: .long, help: ArgumentHelp("Id (namespace:value, e.g. wd:Q312845 or the id of a shipped entity to add aliases to it).", valueName: "ID"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("The list to append to (default: local/added.tsv in the gazetteer folder).", valueName: "FILE"))
    var to: String?

    @OptionGroup var edit: GazetteerEditOptions

    func run() throws {
        try reportingErrors {
            guard let entityType = EntityType(rawValue: type.uppercased()) else {
                throw ValidationError("--type \(type): expected PERSON, COUNTRY, ORG or PLACE")
            }
            let editor = GazetteerEditor(directory: try edit.folder.directory())
            try edit.perform(try editor.add(name, type: entityType, aliases: aliases, id: id, to: to), with: editor)
        }
    }
}
