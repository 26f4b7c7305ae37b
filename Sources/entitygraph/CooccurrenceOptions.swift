import ArgumentParser
import EntityGraph
import Foundation

/// What counts as appearing together: shared by `graph` and `explain` so that `explain` shows the evidence of the graph's edges.
struct CooccurrenceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Co-occurrence window: sentence, paragraph, document, or N (blocks of N tokens).",
                                            valueName: "WINDOW"))
    var window: String = "sentence"

    @Flag(name: .long, help: "Count demonyms (\"irakiennes\", \"Russes\") as mentions of their country.")
    var demonyms = false

    @Flag(name: .long, help: "Count capitals as their country (Paris as France), using the gazetteer's capital_of.")
    var foldCapitals = false

    @Flag(name: .long, help: "Keep page chrome (\"Newsletter\", \"Lire aussi\", share buttons, ...) instead of skipping it.")
    var keepBoilerplate = false

    func validate() throws {
        if Window(argument: window) == nil {
            throw ValidationError("unknown window '\(window)' (expected sentence, paragraph, document, or a number of tokens)")
        }
    }

    /// An empty builder with these options.
    func builder(pipeline: Pipeline) -> CooccurrenceGraphBuilder {
        CooccurrenceGraphBuilder(window: Window(argument: window)!, includesDemonyms: demonyms,
                                 folding: foldCapitals ? EntityFolding.capitals(in: pipeline.gazetteer) : EntityFolding())
    }
}
