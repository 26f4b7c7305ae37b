import ArgumentParser
import EntityGraph
import Foundation

@main
struct EntityGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entitygraph",
        abstract: "Find people, countries, organizations and places in news text and link those that appear together.",
        discussion: """
        Rule-based and gazetteer-backed, for French and English news. Typical use:
          entitygraph extract seeds/ -o mentions.jsonl
          entitygraph extract page.html --explain
          entitygraph graph seeds/ --format graphml,gexf,dot,csv,json --out-dir exports/
          entitygraph explain "Jean-Yves Le Drian" "Ashton Carter" seeds/
          entitygraph candidates seeds/ --format gazetteer
          entitygraph gazetteer add "Fareed Yasseen" --type PERSON
          entitygraph gazetteer check
        Gazetteers: --gazetteers DIR, else ./gazetteers, else $ENTITYGRAPH_GAZETTEERS.
        """,
        subcommands: [ExtractCommand.self, GraphCommand.self, ExplainCommand.self, EvaluateCommand.self, GazetteerCommand.self,
                      CandidatesCommand.self]
    )
}

/// Options shared by every command that matches names.
struct GazetteerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of gazetteer lists (default: ./gazetteers, else $ENTITYGRAPH_GAZETTEERS).", valueName: "DIR"))
    var gazetteers: String?

    @Option(name: .long, help: ArgumentHelp("Case and ambiguity rules of gazetteer matching: on, or off to measure what they bring.",
                                            valueName: "on|off"))
    var policy: PolicySwitch = .on

    @Option(name: .long, help: ArgumentHelp("Extraction rules and alias resolution: on, or off for the gazetteer lists alone (to measure what the lists find by themselves).",
                                            valueName: "on|off"))
    var rules: PolicySwitch = .on

    @Flag(name: .long, help: "Compile the lists without reading or writing the compiled cache ($ENTITYGRAPH_CACHE_DIR, else ~/.cache/entitygraph).")
    var noCache = false

    /// `--policy on|off`, `--rules on|off`.
    enum PolicySwitch: String, ExpressibleByArgument {
        case on, off
    }

    /// The folder to load: the option, else ./gazetteers, else the environment variable.
    func directory() throws -> String {
        if let gazetteers { return gazetteers }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "gazetteers", isDirectory: &isDirectory), isDirectory.boolValue { return "gazetteers" }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ENTITYGRAPH_GAZETTEERS"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        throw GazetteerError.notFound(searched: ["./gazetteers", "$ENTITYGRAPH_GAZETTEERS"])
    }

    /// The compiled lists and the rules' built-in vocabulary (from the cache when current), with the chosen policy.
    func compiled() throws -> CompiledGazetteer {
        var compiled = try CompiledGazetteer.load(gazetteers: directory(), cache: noCache ? nil : GazetteerCache.standard(),
                                                  adding: BuiltInVocabulary.files())
        compiled.policy = policy == .on ? .standard : .off
        return compiled
    }

    /// The standard pipeline (gazetteer, rules, alias resolution) over the compiled lists, or with `--rules off`
    /// the gazetteer extractor alone.
    func pipeline() throws -> Pipeline {
        let compiled = try compiled()
        guard rules == .off else { return Pipeline.standard(compiled) }
        return Pipeline(gazetteer: compiled, extractors: [GazetteerExtractor(lexicon: RuleLexicon(compiled: compiled))])
    }
}

/// Runs `body`, turning the project's errors into one-line messages and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    // Every command that writes a file goes through here: an interrupt must not leave a temporary file behind.
    AtomicFile.removeTemporaryFilesOnSignal()
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        FileHandle.standardError.write(Data("entitygraph: error: \(error)\n".utf8))
        throw ExitCode(1)
    }
}

/// Prints a warning to standard error.
func warn(_ diagnostic: Diagnostic) {
    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
}

/// The `--threads` option of the commands that extract.
struct ThreadOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Documents extracted in parallel (default: all cores); the output is the same for any N.", valueName: "N"))
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be at least 1 (got \(threads))") }
    }
}

/// Documents gathered before a parallel step: enough to keep every core busy, few enough that
/// memory stays bounded by the batch (each analyzed document is several times its text).
private let batchDocuments = 256
private let batchBytes = 4 << 20

/// Reads every document of `inputs` in order (streaming) and hands each to `body` with its extraction.
///
/// `body` gets the document as read, boilerplate marks included; with `keepBoilerplate`
/// the extraction ignores those marks (the analyzed text then has no boilerplate).
/// With `threads` > 1, documents are extracted in bounded batches on that many threads and
/// `body` still sees them one by one in input order, so the output does not depend on `threads`.
func forEachExtraction(_ inputs: [String], pipeline: Pipeline, keepBoilerplate: Bool = false, threads: Int = 1,
                       options: InputOptions? = nil, _ body: (Document, AnalyzedText, ExtractionResult) throws -> Void) throws {
    var reader = options?.reader() ?? CorpusReader()
    var documents = 0
    // With several threads, boilerplate and language detection run in the workers too (most of the reader's time).
    reader.analyzesDocuments = threads == 1
    var batch: [Document] = []
    var batchSize = 0
    var pendingWarnings: [Diagnostic] = []
    @Sendable func analyzed(_ document: Document) -> Document {
        var analyzed = document
        if keepBoilerplate { analyzed.boilerplate = [] }
        return analyzed
    }
    func flush() throws {
        let results = Pipeline.map(batch, threads: threads) { [reader] raw in
            var document = raw
            reader.analyze(&document)
            let (text, result) = pipeline.extract(analyzed(document))
            return (document, text, result)
        }
        for (document, text, result) in results { try body(document, text, result) }
        batch.removeAll(keepingCapacity: true)
        batchSize = 0
        pendingWarnings.forEach(warn)
        pendingWarnings.removeAll()
    }
    for file in try reader.files(for: inputs) {
        let diagnostics = try reader.forEachDocument(in: file) { document in
            documents += 1
            if threads == 1 {
                let (text, result) = pipeline.extract(analyzed(document))
                try body(document, text, result)
                return
            }
            batch.append(document)
            batchSize += document.text.utf8.count
            if batch.count >= batchDocuments || batchSize >= batchBytes { try flush() }
        }
        if options?.strict == true, let first = diagnostics.first { throw CorpusError.strict(first) }
        // A file's warnings come after its documents, as with one thread.
        pendingWarnings += diagnostics
        if batch.isEmpty { pendingWarnings.forEach(warn); pendingWarnings.removeAll() }
    }
    if !batch.isEmpty || !pendingWarnings.isEmpty { try flush() }
    if documents == 0 { throw CorpusError.noDocuments }
}
