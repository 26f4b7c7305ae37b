import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show what a name or an id is: the entities it names, in the order matching prefers them, and the rules that apply.",
        discussion: """
        A NAME is looked up as the matcher sees it (case and accents folded, tokenized); an id (iso:FR,
        geonames:2988507, eg:org/...) shows that entity, switched off or not. Word lists holding the name are listed too.

        Examples:
          entitygraph gazetteer show Paris
          entitygraph gazetteer show "Etat islamique"
          entitygraph gazetteer show iso:FR
        """
    )

    @Argument(help: ArgumentHelp("Names or ids.", valueName: "NAME|ID"))
    var queries: [String]

    @OptionGroup var folder: GazetteerFolderOption

    func run() throws {
        try reportingErrors {
            let gazetteer = try Gazetteer(directory: folder.directory())
            let compiled = CompiledGazetteer(gazetteer)
            var out = ""
            for query in queries {
                if let entity = gazetteer.entity(id: query) {
                    out += describe(entity)
                    continue
                }
                let forms = compiled.forms(matching: query)
                let lists = compiled.wordLists(holding: query)
                let key = Normalizer.shared.key(query)
                let switchedOff = gazetteer.entities.filter { entity in
                    entity.isDisabled && entity.forms.contains { Normalizer.shared.key($0.text) == key }
                }
                if forms.isEmpty && lists.isEmpty && switchedOff.isEmpty {
                    out += "'\(query)': in no list\n\n"
                    continue
                }
                if !forms.isEmpty {
                    out += "'\(query)' names \(forms.count == 1 ? "1 entity" : "\(forms.count) entities (forms)"), preferred first:\n"
                }
                for (rank, form) in forms.enumerated() {
                    let entity = compiled.entity(ofForm: form)
                    out += "  \(rank + 1). \(compiled.type(ofEntity: entity).rawValue) \(compiled.id(ofEntity: entity)) "
                        + "'\(compiled.canonical(ofEntity: entity))': '\(compiled.text(ofForm: form))' (\(compiled.origin(ofForm: form)))\n"
                    for note in compiled.notes(onForm: form) { out += "     - \(note)\n" }
                }
                for name in lists { out += "'\(query)' is in the word list \(name)\n" }
                for entity in switchedOff { out += "'\(query)' names a switched-off entity:\n" + describe(entity) }
                out += "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }

    private func describe(_ entity: Entity) -> String {
        var out = "\(entity.id)  \(entity.type.rawValue)  \(entity.canonical)\(entity.isDisabled ? "  (switched off)" : "")\n"
        let attributes = entity.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        if !attributes.isEmpty { out += "  attributes: \(attributes.joined(separator: " "))\n" }
        for form in entity.forms {
            out += "  \(form.role == .demonym ? "demonym" : "name   ") \(form.text)  (\(form.origin), \(form.isCurated ? "curated" : "generated"))\n"
        }
        return out + "\n"
    }
}
