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

    @Flag(name: .long, help: "Compile the lists without reading or writing the compiled cache ($ENTITYGRAPH_CACHE_DIR, else ~/.cache/entitygraph).")
    var noCache = false

    /// `--policy on|off`.
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

    /// The standard pipeline (gazetteer, rules, alias resolution) over the compiled lists.
    func pipeline() throws -> Pipeline {
        Pipeline.standard(try compiled())
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

/// Reads every document of `inputs` in order (streaming) and hands each to `body` with its extraction.
///
/// `body` gets the document as read, boilerplate marks included; with `keepBoilerplate`
/// the extraction ignores those marks (the analyzed text then has no boilerplate).
/// Throws when the inputs hold no document at all, and with `--strict` at the first file with a warning,
/// so that a command writes nothing rather than an empty or partial output.
func forEachExtraction(_ inputs: [String], pipeline: Pipeline, keepBoilerplate: Bool = false, options: InputOptions? = nil,
                       _ body: (Document, AnalyzedText, ExtractionResult) throws -> Void) throws {
    let reader = options?.reader() ?? CorpusReader()
    var documents = 0
    for file in try reader.files(for: inputs) {
        let diagnostics = try reader.forEachDocument(in: file) { document in
            documents += 1
            var analyzed = document
            if keepBoilerplate { analyzed.boilerplate = [] }
            let (text, result) = pipeline.extract(analyzed)
            try body(document, text, result)
        }
        if options?.strict == true, let first = diagnostics.first { throw CorpusError.strict(first) }
        diagnostics.forEach(warn)
    }
    if documents == 0 { throw CorpusError.noDocuments }
}
