@testable import EntityGraph
import Testing

@Suite("Pipeline")
struct PipelineTests {
    private func mention(_ start: Int, _ end: Int, priority: Int = 0, curated: Bool = true, id: String = "x") -> Mention {
        Mention(span: TextSpan(start: start, end: end), tokens: 0..<1, sentence: 0, type: .org, entityID: id,
                canonical: id, rule: "test", priority: priority, isCurated: curated)
    }

    @Test("overlap policy", arguments: [
        // (candidates as (start, end, priority, curated, id), expected ids in text order)
        ([(0, 10, 0, true, "long"), (0, 5, 9, true, "short")], ["long"]),
        ([(0, 5, 1, true, "low"), (0, 5, 2, true, "high")], ["high"]),
        ([(0, 5, 1, false, "generated"), (0, 5, 1, true, "curated")], ["curated"]),
        ([(3, 8, 1, true, "later"), (0, 5, 1, true, "earlier")], ["earlier"]),
        ([(0, 5, 1, true, "a"), (6, 9, 1, true, "b")], ["a", "b"]),
        ([(6, 9, 1, true, "b"), (0, 5, 1, true, "a")], ["a", "b"]),
    ] as [([(Int, Int, Int, Bool, String)], [String])])
    func overlapPolicy(candidates: [(Int, Int, Int, Bool, String)], expected: [String]) {
        let resolved = Pipeline.resolve(candidates.map { mention($0.0, $0.1, priority: $0.2, curated: $0.3, id: $0.4) })
        #expect(resolved.map(\.entityID) == expected)
    }

    @Test("gazetteer extraction with inline markers", arguments: [
        "⟦PERSON:Jean-Yves Le Drian⟧ a rencontré ⟦PERSON:Ashton Carter⟧ à ⟦PLACE:Paris⟧.",
        "Les frappes de la coalition contre ⟦ORG:Daech⟧ en ⟦COUNTRY:Syrie⟧ et en ⟦COUNTRY:Irak⟧.",
        "L'organisation ⟦ORG:Etat islamique⟧ (⟦ORG:EI⟧) recule à ⟦PLACE:Washington⟧.",
        "Le groupe ⟦ORG:État islamique⟧ et les ⟦COUNTRY:Etats-Unis⟧.",
        "Article rédigé par ⟦ORG:franceinfo⟧ avec l'⟦ORG:AFP⟧ pour ⟦ORG:France Télévisions⟧",
        "Le bon sens de ⟦PLACE:Paris⟧.",
        "Sens unique pour l'⟦ORG:AFP⟧.",
        "Ei et la et de ne sont pas des entités.",
    ])
    func gazetteerExtraction(marked: String) {
        let sample = InlineMarkers(marked)
        let (_, result) = Fixtures.pipeline.extract(Document(id: "t", text: sample.text))
        let found = result.mentions.filter { !$0.isDemonym }.map { (span: $0.span, type: $0.type.rawValue) }
        #expect(InlineMarkers.render(sample.text, found) == marked)
    }

    @Test("demonyms are listed apart from entity spans")
    func demonyms() {
        let (_, result) = Fixtures.pipeline.extract(Document(id: "t", text: "Les forces irakiennes et le secrétaire américain."))
        #expect(result.mentions.filter(\.isDemonym).map(\.entityID) == ["iso:IQ", "iso:US"])
        #expect(result.mentions.filter { !$0.isDemonym }.isEmpty)
    }
}
