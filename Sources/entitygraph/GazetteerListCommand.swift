import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the entities, one per line: id, type, canonical name, number of forms, where it is declared.",
        discussion: """
        Tab-separated, in load order. Switched-off entities are listed only with --disabled.

        Examples:
          entitygraph gazetteer list --type ORG
          entitygraph gazetteer list --file local/ --disabled
        """
    )

    @OptionGroup var folder: GazetteerFolderOption

    @Option(name: .long, help: ArgumentHelp("Only entities of this type (PERSON, COUNTRY, ORG, PLACE).", valueName: "TYPE"))
    var type: String?

    @Option(name: .long, help: ArgumentHelp("Only entities first declared in a file whose path contains TEXT.", valueName: "TEXT"))
    var file: String?

    @Flag(name: .long, help: "List the switched-off entities (disabled=1) instead.")
    var disabled = false

    func validate() throws {
        if let type, EntityType(rawValue: type) == nil {
            throw ValidationError("unknown type '\(type)' (expected \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        try reportingErrors {
            let gazetteer = try Gazetteer(directory: folder.directory())
            var out = "id\ttype\tcanonical\tforms\tsource\n"
            for entity in gazetteer.entities where entity.isDisabled == disabled {
                if let type, entity.type.rawValue != type { continue }
                let origin = entity.forms.first?.origin ?? ""
                if let file, !origin.contains(file) { continue }
                out += "\(entity.id)\t\(entity.type.rawValue)\t\(entity.canonical)\t\(entity.forms.count)\t\(origin)\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
