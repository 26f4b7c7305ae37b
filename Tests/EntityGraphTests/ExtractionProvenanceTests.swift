@testable import EntityGraph
import Testing

@Suite("Provenance")
struct ExtractionProvenanceTests {
    @Test("every mention records its rule, and list mentions the file and line of their entry")
    func provenance() {
        let text = "M. Carter et Ashton Carter à Paris, selon le ministre français."
        let (_, result) = Fixtures.rulePipeline.extract(Document(id: "t", text: text))
        #expect(result.mentions.allSatisfy { !$0.rule.isEmpty })
        let paris = result.mentions.first { $0.canonical == "Paris" }
        #expect(paris?.source?.hasSuffix("places.tsv:2") == true)
        #expect(paris?.capitalOf == "iso:FR")
        let demonym = result.mentions.first { $0.isDemonym }
        #expect(demonym?.source?.hasSuffix("demonyms.tsv:4") == true)
    }

    @Test("explanations show the rule, the trigger, the entry and the text around")
    func explanation() {
        let text = "Selon le porte-parole Karim Belkacem, l'armée avance vers Paris."
        let (analyzed, result) = Fixtures.rulePipeline.extract(Document(id: "doc", text: text))
        let lines = result.explanation(text: analyzed).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("doc\t22:36\tPERSON\t\"Karim Belkacem\"\trule=person-title\ttrigger=\"porte-parole\""))
        #expect(lines[0].hasSuffix("| Selon le porte-parole [Karim Belkacem], l'armée avance vers Paris."))
        #expect(lines[1].contains("rule=gazetteer") && lines[1].contains("places.tsv:2") && lines[1].contains("capital_of=iso:FR"))
    }

    @Test("the built-in vocabulary parses and every list word is interned")
    func builtInVocabulary() throws {
        for file in BuiltInVocabulary.files() {
            #expect(file.diagnostics.isEmpty && file.errors.isEmpty, "\(file.diagnostics) \(file.errors)")
        }
        let compiled = CompiledGazetteer(Gazetteer(files: BuiltInVocabulary.files()))
        let lexicon = RuleLexicon(compiled: compiled)
        #expect(lexicon.roles(of: compiled.key(of: "selon")).contains(.functionWord))
        #expect(lexicon.roles(of: compiled.key(of: "van")).contains(.particle))
        #expect(lexicon.roles(of: compiled.key(of: "Mme")).contains(.honorific))
    }
}
