import ArgumentParser
import EntityGraph
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the extraction (or a predictions file) against gold annotations.",
        discussion: """
        GOLD is our JSONL ({"id", "entities": [{"start", "end", "type"}], optional "text"}, code point
        offsets) or CoNLL BIO (.conll, .bio, .iob: TOKEN ... TAG per line, -DOCSTART- between documents).
        Documents are matched by id. Without INPUT the texts come from the gold file itself.
        Scores: exact span and type (precision, recall, F1) and F1 with partial overlap, per type and overall.

        Examples:
          entitygraph evaluate --gold ../shared/eval/seeds.gold.jsonl seeds/
          entitygraph evaluate --gold ../shared/eval/winer_fr_dev.jsonl \\
              --map PERSON=PER --map COUNTRY=LOC --map PLACE=LOC --ignore MISC
          entitygraph evaluate --gold gold.conll --errors
          entitygraph evaluate --gold gold.jsonl --predictions other-tool.jsonl
        """
    )

    @Option(name: .long, help: ArgumentHelp("Gold annotations (JSONL or CoNLL BIO).", valueName: "FILE"))
    var gold: String

    @Argument(help: ArgumentHelp("Files or folders holding the documents (default: the gold file's texts).", valueName: "INPUT"))
    var inputs: [String] = []

    @Option(name: .long, help: ArgumentHelp("Score this JSONL of predictions instead of running the extraction.", valueName: "FILE"))
    var predictions: String?

    @Option(name: .long, help: ArgumentHelp("Rename a type on both sides before scoring (repeatable).", valueName: "FROM=TO"))
    var map: [String] = []

    @Option(name: .long, help: ArgumentHelp("Leave a type out on both sides (repeatable; after --map): its gold spans, and predictions on exactly those spans, are not scored.", valueName: "TYPE"))
    var ignore: [String] = []

    @Flag(name: .long, help: "List every mistake (spurious, missed, wrong type, wrong span) with its text.")
    var errors = false

    @OptionGroup var threadOptions: ThreadOptions
    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        try reportingErrors {
            let standard = try GoldStandard(contentsOf: gold)
            let mapping = try TypeMapping(pairs: map, ignored: ignore)
            var scorer = Scorer()
            var texts = standard.texts
            var seen = Set<String>()
            func score(_ id: String, _ predicted: [Annotation]) {
                guard let goldAnnotations = standard.documents[id], seen.insert(id).inserted else { return }
                let (kept, keptGold) = mapping.apply(predicted: predicted, gold: goldAnnotations)
                scorer.add(predicted: kept, gold: keptGold, documentID: id)
            }
            if let predictions {
                let predicted = try GoldStandard(contentsOf: predictions)
                for id in predicted.order { score(id, predicted.documents[id]!) }
            } else {
                let pipeline = try gazetteerOptions.pipeline()
                if inputs.isEmpty {
                    guard !standard.texts.isEmpty else {
                        throw ValidationError("\(gold) holds no \"text\": name the documents as INPUT")
                    }
                    let documents = standard.order.compactMap { id in standard.texts[id].map { Document(id: id, text: $0, origin: gold) } }
                    for (document, extraction) in zip(documents, pipeline.extract(documents, threads: threadOptions.threads)) {
                        score(document.id, extraction.result.annotations(in: extraction.text))
                    }
                } else {
                    try forEachExtraction(inputs, pipeline: pipeline, threads: threadOptions.threads, options: inputOptions) { document, text, result in
                        texts[document.id] = document.text
                        score(result.documentID, result.annotations(in: text))
                    }
                }
            }
            let missing = standard.order.filter { !seen.contains($0) }
            if !missing.isEmpty {
                warn(Diagnostic(file: gold, message: "\(missing.count) gold documents not found in the input (first: \(missing[0]))"))
            }
            print(scorer.table())
            if errors {
                var scalars: [String: [Unicode.Scalar]] = [:]
                for mistake in scorer.mistakes {
                    if scalars[mistake.documentID] == nil, let text = texts[mistake.documentID] {
                        scalars[mistake.documentID] = Array(text.unicodeScalars)
                    }
                    print(describe(mistake, scalars[mistake.documentID]))
                }
            }
        }
    }

    private func describe(_ mistake: Scorer.Mistake, _ text: [Unicode.Scalar]?) -> String {
        func show(_ a: Annotation?) -> String {
            guard let a else { return "-" }
            var surface = ""
            if let text, a.start >= 0, a.end <= text.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: text[a.start..<a.end])
                surface = " " + Escaping.json(String(view))
            }
            return "\(a.type)[\(a.start),\(a.end))" + surface
        }
        return "\(mistake.documentID)\t\(mistake.kind.rawValue)\tpredicted \(show(mistake.predicted))\tgold \(show(mistake.gold))"
    }
}
