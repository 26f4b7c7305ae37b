import ArgumentParser
import EntityGraph
import Foundation

struct GazetteerImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert GATE lists (lists.def + .lst) or spaCy EntityRuler patterns (patterns.jsonl) to a list file.",
        discussion: """
        GATE: FILE is the index lists.def; majorType (or majorType/minorType) maps to a type or a word list
        (location -> PLACE, location/country -> COUNTRY, organization -> ORG, person_full -> PERSON,
        person_first -> list:firstnames, ...); change or add mappings with --map.
        spaCy: phrase patterns and plain token patterns; labels PERSON/PER, ORG, GPE/LOC/FAC (PLACE), COUNTRY.
        Put the result in gazetteers/local/ to use it; what cannot be converted is reported with its line.

        Examples:
          entitygraph gazetteer import --from gate gate/lists.def -o gazetteers/local/gate.tsv
          entitygraph gazetteer import --from gate lists.def --map location/city=PLACE --map misc=skip --separator '&'
          entitygraph gazetteer import --from spacy patterns.jsonl --map GPE=COUNTRY -o gazetteers/local/spacy.tsv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case gate, spacy
    }

    @Option(name: .long, help: ArgumentHelp("gate or spacy.", valueName: "FORMAT"))
    var from: Format

    @Argument(help: ArgumentHelp("lists.def (GATE) or patterns.jsonl (spaCy).", valueName: "FILE"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically).", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Map a GATE majorType[/minorType] or a spaCy label to PERSON, COUNTRY, ORG, PLACE, list:NAME or skip (repeatable).",
                                            valueName: "KEY=TYPE"))
    var map: [String] = []

    @Option(name: .long, help: ArgumentHelp("GATE feature separator inside .lst lines (e.g. '&').", valueName: "SEP"))
    var separator: String?

    func validate() throws {
        for pair in map where !pair.contains("=") { throw ValidationError("--map expects KEY=TYPE, got '\(pair)'") }
    }

    func run() throws {
        try reportingErrors {
            var mapping: [String: String] = [:]
            for pair in map {
                let eq = pair.firstIndex(of: "=")!
                mapping[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            let (entries, diagnostics): ([GazetteerFile.Entry], [Diagnostic])
            switch from {
            case .gate: (entries, diagnostics) = try GATEGazetteerReader(typeMap: mapping, separator: separator).read(definition: file)
            case .spacy: (entries, diagnostics) = try SpaCyPatterns.read(file, labelMap: mapping)
            }
            let rendered = GazetteerFile.render(entries, comments: ["Imported from \(from.rawValue) \((file as NSString).lastPathComponent) by entitygraph gazetteer import"],
                                                origin: file)
            (diagnostics + rendered.diagnostics).forEach(warn)
            try emit(rendered.text, to: output)
            FileHandle.standardError.write(Data("entitygraph: \(entries.count) entries imported\n".utf8))
        }
    }
}
