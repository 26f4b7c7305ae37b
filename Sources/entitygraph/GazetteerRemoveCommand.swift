import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Switch an entity off with a disabled=1 line in your own list (shipped lists are never edited).",
        discussion: """
        The entity is found by id, or by any of its names (case and accents ignored) and --type. Removing an entity
        that is already off changes nothing. Checked and written like `gazetteer add`; --dry-run --corpus shows
        what would be lost. `gazetteer add` with the same name switches it back on.

        Examples:
          entitygraph gazetteer remove Sens --type PLACE
          entitygraph gazetteer remove geonames:2975050 --dry-run --corpus seeds/
        """
    )

    @Argument(help: ArgumentHelp("A name of the entity, or its id.", valueName: "NAME|ID"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("PERSON, COUNTRY, ORG or PLACE, when several entities share the name.", valueName: "TYPE"))
    var type: String?

    @Option(name: .long, help: ArgumentHelp("The entity's id (see `gazetteer show NAME`).", valueName: "ID"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("The list to append to (default: local/added.tsv in the gazetteer folder).", valueName: "FILE"))
    var to: String?

    @OptionGroup var edit: GazetteerEditOptions

    func run() throws {
        try reportingErrors {
            var entityType: EntityType?
            if let type {
                guard let parsed = EntityType(rawValue: type.uppercased()) else {
                    throw ValidationError("--type \(type): expected PERSON, COUNTRY, ORG or PLACE")
                }
                entityType = parsed
            }
            let editor = GazetteerEditor(directory: try edit.folder.directory())
            let byID = id ?? (GazetteerFile.isValidID(name) ? name : nil)
            try edit.perform(try editor.remove(name, type: entityType, id: byID, to: to), with: editor)
        }
    }
}

/// Options and behaviour shared by `gazetteer add` and `gazetteer remove`.
struct GazetteerEditOptions: ParsableArguments {
    @Flag(name: .long, help: "Show the change (and with --corpus, its effect) without writing anything.")
    var dryRun = false

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("With --dry-run: files or folders to run with the current and the edited lists.", valueName: "INPUT"))
    var corpus: [String] = []

    @OptionGroup var folder: GazetteerFolderOption

    /// Prints the edit's warnings and summary, then writes it, or with --dry-run shows the appended lines and the corpus report.
    func perform(_ change: GazetteerEditor.Edit, with editor: GazetteerEditor) throws {
        change.diagnostics.forEach(warn)
        guard dryRun else {
            try editor.apply(change)
            FileHandle.standardOutput.write(Data((change.summary + "\n").utf8))
            return
        }
        var out = "Dry run: " + change.summary + " (nothing written)\n"
        if change.changesFile {
            out += "Lines that would be appended to \(change.path):\n"
            for line in change.after.dropFirst(change.before.count).split(separator: "\n") { out += "  | \(line)\n" }
        }
        if !corpus.isEmpty {
            let builtIn = BuiltInVocabulary.files()
            let current = Pipeline.standard(CompiledGazetteer(Gazetteer(files: try Gazetteer.files(in: editor.directory).map {
                try GazetteerFile(contentsOf: $0)
            } + builtIn)))
            let edited = Pipeline.standard(CompiledGazetteer(Gazetteer(files: try editor.files(with: change) + builtIn)))
            var before: [ListEditImpact.Run] = [], after: [ListEditImpact.Run] = []
            let reader = CorpusReader()
            for file in try reader.files(for: corpus) {
                try reader.forEachDocument(in: file) { document in
                    for (pipeline, runs) in [(current, 0), (edited, 1)] {
                        let (text, result) = pipeline.extract(document)
                        let run = ListEditImpact.Run(result: result, surfaces: result.mentions.map {
                            String(decoding: text.bytes[$0.span.start..<$0.span.end], as: UTF8.self)
                        })
                        if runs == 0 { before.append(run) } else { after.append(run) }
                    }
                }.forEach(warn)
            }
            out += "\n" + ListEditImpact(before: before, after: after).rendered()
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
