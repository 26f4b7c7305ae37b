import ArgumentParser
import EntityGraph
import Foundation

struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "List the proper names the corpus holds and no list does, best first, to add them to your list.",
        discussion: """
        A candidate is a name a rule found and typed (after a title or a first name: PERSON; with an organization head
        or a media cue: ORG; after a locative trigger: PLACE) whose entity is in no list, or a capitalised name no rule
        typed (type ?) that is not only at sentence starts. Forms are grouped case- and accent-insensitively; a
        spelling one edit away from a listed name of the same type is proposed as its alias (with its id).
        Ranked by confidence (strength and agreement of the type evidence) times the log of mentions and documents.

        --format gazetteer writes lines that can be appended to a list as they are (review them first: each has a
        comment with its evidence; untyped names are commented out).

        Examples:
          entitygraph candidates seeds/
          entitygraph candidates news/ --top 100 --min-count 2
          entitygraph candidates news/ --format gazetteer >> gazetteers/local/added.tsv
          entitygraph gazetteer add "Ashton Carter" --type PERSON
        """
    )

    /// `--format table|gazetteer`.
    enum Format: String, ExpressibleByArgument {
        case table, gazetteer, tsv
    }

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "INPUT"))
    var inputs: [String]

    @Option(name: .long, help: "table (for reading), gazetteer (list lines) or tsv (rank, name, type, confidence, mentions, documents, reason, alias-of id).")
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp("Show the N best candidates (0: all).", valueName: "N"))
    var top: Int = 50

    @Option(name: .long, help: ArgumentHelp("Leave out candidates seen fewer than N times.", valueName: "N"))
    var minCount: Int = 1

    @Flag(name: .long, help: "Leave out names no rule typed (type ?).")
    var typedOnly = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically).", valueName: "FILE"))
    var output: String?

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        try reportingErrors {
            let gazetteer = try Gazetteer(directory: gazetteerOptions.directory())
            var finder = CandidateFinder(pipeline: try gazetteerOptions.pipeline(), gazetteer: gazetteer)
            let reader = CorpusReader()
            for file in try reader.files(for: inputs) {
                try reader.forEachDocument(in: file) { finder.add($0) }.forEach(warn)
            }
            var candidates = finder.candidates().filter { $0.count >= minCount && (!typedOnly || $0.type != nil) }
            if top > 0 { candidates = Array(candidates.prefix(top)) }
            switch format {
            case .table: try emit(CandidatesCommand.table(candidates), to: output)
            case .gazetteer: try emit(CandidatesCommand.gazetteerLines(candidates), to: output)
            case .tsv: try emit(CandidatesCommand.tsv(candidates), to: output)
            }
        }
    }

    /// One block per candidate: rank, name, type, reason, confidence, counts, variants, then its contexts.
    static func table(_ candidates: [CandidateFinder.Candidate]) -> String {
        if candidates.isEmpty { return "No candidate: every name found is in a list.\n" }
        var out = "rank  name                              type     conf  mentions  docs  reason\n"
        for (rank, c) in candidates.enumerated() {
            func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
            out += pad("\(rank + 1)", 6) + pad(c.name, 34) + pad(c.type?.rawValue ?? "?", 9)
                + pad(String(format: "%.2f", c.confidence), 6) + pad("\(c.count)", 10) + pad("\(c.documents)", 6) + c.reason
            if let alias = c.aliasOf { out += " -> alias of '\(alias.canonical)' (\(alias.id))" }
            out += "\n"
            if !c.variants.isEmpty { out += "      variants: \(c.variants.joined(separator: ", "))\n" }
            for context in c.contexts { out += "      \(context)\n" }
        }
        return out
    }

    /// One line per candidate for scripts, with a header line.
    static func tsv(_ candidates: [CandidateFinder.Candidate]) -> String {
        var out = "rank\tname\ttype\tconfidence\tmentions\tdocuments\treason\talias_of\n"
        for (rank, c) in candidates.enumerated() {
            out += ["\(rank + 1)", c.name, c.type?.rawValue ?? "?", String(format: "%.2f", c.confidence), "\(c.count)", "\(c.documents)",
                    c.reason, c.aliasOf?.id ?? ""].joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Gazetteer lines grouped by type, each after a comment with its evidence; aliases of listed entities carry their id.
    static func gazetteerLines(_ candidates: [CandidateFinder.Candidate]) -> String {
        var out = "# entitygraph candidates: \(candidates.count) proposals, review before use\n"
        for type in [EntityType.person, .org, .place, .country] {
            let ofType = candidates.filter { $0.type == type }
            guard !ofType.isEmpty else { continue }
            // `list=` and `role=` clear defaults a file may have set above the appended lines.
            out += "#! type=\(type.rawValue) list= role= disabled=\n"
            for c in ofType {
                out += "# \(c.count) mention(s) in \(c.documents) document(s); \(c.reason); confidence \(String(format: "%.2f", c.confidence))\n"
                let clean = { (s: String) in !s.contains("\t") && !s.contains("|") && !s.hasPrefix("#") }
                if let alias = c.aliasOf {
                    out += [alias.canonical, ([c.name] + c.variants).filter(clean).joined(separator: "|"), alias.id].joined(separator: "\t") + "\n"
                } else if clean(c.name) {
                    let variants = c.variants.filter(clean).joined(separator: "|")
                    out += c.name + (variants.isEmpty ? "" : "\t" + variants) + "\n"
                }
            }
        }
        let untyped = candidates.filter { $0.type == nil }
        if !untyped.isEmpty {
            out += "# no rule typed these; give them a type before use:\n"
            for c in untyped { out += "# ?\t\(c.name)\t(\(c.count) mention(s) in \(c.documents) document(s))\n" }
        }
        return out
    }
}
