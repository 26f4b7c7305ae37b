import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count entities, names, aliases and ambiguities per file and type.",
        discussion: """
        ambiguous: names whose normalized form also names another entity of the same type (decided by rank);
        cross-type: ... of another type; never-alone: names the policy never matches alone (stop words, first names
        of people). Word lists are counted as list:NAME rows. The columns are explained in gazetteers/README.md.

        Example:
          entitygraph gazetteer stats --gazetteers my-lists/
        """
    )

    @OptionGroup var folder: GazetteerFolderOption

    func run() throws {
        try reportingErrors {
            let directory = try folder.directory()
            let gazetteer = try Gazetteer(directory: directory)
            print(GazetteerStatistics(gazetteer, CompiledGazetteer(gazetteer)).table(dropping: directory.hasSuffix("/") ? directory : directory + "/"))
        }
    }
}
