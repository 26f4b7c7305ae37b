@testable import EntityGraph

extension Fixtures {
    /// The standard pipeline (gazetteer, every rule, alias resolution) over the fixture gazetteer, compiled once.
    static let rulePipeline: Pipeline = {
        // The fixture folder is part of the test bundle: failing to load it is a broken checkout.
        try! Pipeline(gazetteers: gazetteerDirectory)
    }()

    /// Extracts the plain text of `marked` with the rule pipeline and renders the entity mentions back as markers.
    static func extracted(_ marked: String, pipeline: Pipeline = rulePipeline) -> (rendered: String, result: ExtractionResult) {
        let sample = InlineMarkers(marked)
        let (_, result) = pipeline.extract(Document(id: "t", text: sample.text))
        let found = result.mentions.filter { !$0.isDemonym }.map { (span: $0.span, type: $0.type.rawValue) }
        return (InlineMarkers.render(sample.text, found), result)
    }
}
