import EntityGraph
import Foundation
import Testing
@testable import EntityGraph

@Suite struct CandidateFinderTests {
    /// The standard pipeline and merged lists of a folder, with the built-in vocabulary.
    static func finder(_ directory: String) throws -> CandidateFinder {
        let gazetteer = Gazetteer(files: try Gazetteer.files(in: directory).map { try GazetteerFile(contentsOf: $0) } + BuiltInVocabulary.files())
        return CandidateFinder(pipeline: Pipeline.standard(CompiledGazetteer(gazetteer)), gazetteer: gazetteer)
    }

    static func document(_ id: String, _ text: String) -> Document {
        Document(id: id, text: text)
    }

    @Test(arguments: [
        ("raqqa", "raqa", true),           // doubled letter, short
        ("raqa", "rama", false),           // substitution on a short key
        ("ashton carter", "ashon carter", true),
        ("jean-yves le drian", "jean-ybes le drian", true),
        ("paris", "parie", false),
        ("francois", "francois", false),   // identical is not a variant
        ("ashton carter", "ashtoncarter", false), // a different number of words
    ])
    func variants(a: String, b: String, expected: Bool) {
        #expect(CandidateFinder.isVariant(a, b) == expected)
        #expect(CandidateFinder.isVariant(b, a) == expected)
    }

    @Test func typedNamesRankBeforeCapitalisedWordsAndTyposBecomeAliases() throws {
        var finder = try Self.finder(Fixtures.gazetteerDirectory)
        finder.add(Self.document("a", "Le ministre Ashon Carter a rencontré le général Octave Brindel à Paris. Selon Brindel, la Gazette parle."))
        finder.add(Self.document("b", "Hier, le général Octave Brindel est arrivé. La réunion avec la Gazette a duré."))
        let candidates = finder.candidates()
        let brindel = try #require(candidates.first { $0.key == Normalizer.shared.key("Octave Brindel") })
        #expect(brindel.type == .person)
        #expect(brindel.documents == 2)
        #expect(brindel.contexts.count == 2)
        let typo = try #require(candidates.first { $0.name == "Ashon Carter" })
        #expect(typo.aliasOf?.id == "eg:person/ashton-carter")
        let firstUntyped = candidates.firstIndex { $0.type == nil } ?? candidates.count
        let brindelRank = try #require(candidates.firstIndex { $0.key == brindel.key })
        #expect(brindelRank < firstUntyped)
        #expect(!candidates.contains { $0.key == "paris" })
    }

    @Test func aNameOnlyAtSentenceStartsIsNoCandidate() throws {
        var finder = try Self.finder(Fixtures.gazetteerDirectory)
        finder.add(Self.document("a", "Quelquefois il pleut. Quelquefois il neige."))
        #expect(!finder.candidates().contains { $0.key == "quelquefois" })
    }

    /// With the curated people emptied, every person of the seeds' gold is proposed as a PERSON in the top 20.
    @Test func seedPersonsInTopTwentyWithoutThePeopleList() throws {
        guard let shared = Fixtures.shared else { return }
        let copy = NSTemporaryDirectory() + "eg-cand-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Fixtures.repository + "/gazetteers", toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try "#! type=PERSON\n".write(toFile: copy + "/people.tsv", atomically: true, encoding: .utf8)
        var finder = try Self.finder(copy)
        let reader = CorpusReader()
        for file in try reader.files(for: [Fixtures.repository + "/seeds"]) {
            _ = try reader.forEachDocument(in: file) { finder.add($0) }
        }
        let top = finder.candidates().prefix(20).filter { $0.type == .person }
        let proposed = Set(top.flatMap { [$0.key] + $0.variants.map(Normalizer.shared.key) })
        var persons: [String] = []
        for line in try String(contentsOfFile: shared + "/eval/seeds.gold.jsonl", encoding: .utf8).split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            for entity in object?["entities"] as? [[String: Any]] ?? [] where entity["type"] as? String == "PERSON" {
                if let name = entity["canonical"] as? String, !persons.contains(name) { persons.append(name) }
            }
        }
        #expect(!persons.isEmpty)
        for person in persons {
            #expect(proposed.contains(Normalizer.shared.key(person)), "\(person) not proposed as PERSON in the top 20")
        }
    }
}
