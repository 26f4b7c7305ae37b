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
                                 folding: foldCapitals ? capitalFolding(pipeline.gazetteer) : EntityFolding())
    }

    /// Capitals (`capital_of=`) folded into their country, when the lists declare that country.
    private func capitalFolding(_ gazetteer: CompiledGazetteer) -> EntityFolding {
        var countries: [String: Int] = [:]
        for index in 0..<gazetteer.entities.count where gazetteer.type(ofEntity: index) == .country {
            countries[gazetteer.id(ofEntity: index)] = index
        }
        var targets: [String: EntityFolding.Target] = [:]
        for index in 0..<gazetteer.entities.count {
            guard let code = gazetteer.capitalOf(entity: index) else { continue }
            let countryID = code.contains(":") ? code : "iso:" + code
            guard let country = countries[countryID], country != index else { continue }
            targets[gazetteer.id(ofEntity: index)] = EntityFolding.Target(
                id: countryID, label: gazetteer.canonical(ofEntity: country), type: .country)
        }
        return EntityFolding(targets)
    }
}
