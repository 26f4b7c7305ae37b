@testable import EntityGraph
import Testing

@Suite("Compiled gazetteer")
struct CompiledGazetteerTests {
    private func compiled(_ files: [(String, String)]) -> CompiledGazetteer {
        CompiledGazetteer(Gazetteer(files: files.map { GazetteerFile(path: $0.0, contents: $0.1) }))
    }

    private func tags(_ compiled: CompiledGazetteer) -> [String] {
        compiled.diagnostics.map { "\($0.file):\($0.line ?? 0) " + ($0.message.split(separator: "[").last.map { "[" + $0 } ?? "") }
    }

    static let lists = ("lists.tsv", "#! list=stopwords\nla\n#! list=firstnames\nEmmanuel\n")

    @Test("compilation warns only about what no precedence decides", arguments: [
        ([("o.tsv", "#! type=ORG\nParti socialiste\tPS\teg:org/ps\nParti de la solidarité\tP.S.|PS\teg:org/ps2\n")], ["o.tsv:3 [ambiguous-form]"]),
        ([("p.tsv", "#! type=PERSON\nEmmanuel Macron\tEmmanuel\teg:p/m\n")], ["p.tsv:2 [never-matches]"]),
        ([("o.tsv", "#! type=ORG\nLa\t\teg:org/la\nLA\t\teg:org/la2\n")], ["o.tsv:2 [never-matches]"]),
        ([("o.tsv", "#! type=ORG\nTiret\t-\teg:org/t\n")], ["o.tsv:2 [never-matches]"]),
        ([("g.tsv", "#! source=generated type=COUNTRY\nGeorgia\t\tiso:GE\n#! type=PLACE\nGeorgia\t\tiso:US-GA\n")], []),
        ([("g.tsv", "#! source=generated type=ORG\nOrange\t\teg:o\n#! type=PLACE\nOrange\t\tgeonames:1\n")], ["g.tsv:4 [ambiguous-form]"]),
        ([("g.tsv", "#! source=generated type=PLACE\nAtlántico\tAtlantico\tiso:CO-ATL\n"), ("o.tsv", "#! type=ORG\nAtlantico\t\teg:a\n")], []),
        ([("g.tsv", "#! source=generated type=PLACE\nParis\t\tgeonames:1\nParis\t\tgeonames:2\n")], []),
        ([("p.tsv", "#! type=PERSON source=generated\nEmmanuel\n")], []),
        ([("p.tsv", "#! type=PERSON\nEmmanuel Kerry\tKerry|Emmanuel\teg:p/k\n")], ["p.tsv:2 [never-matches]"]),
        ([("o.tsv", "#! type=ORG\nLa\t\teg:org/la\tcase=exact\n")], []),
    ] as [([(String, String)], [String])])
    func diagnostics(files: [(String, String)], expected: [String]) {
        #expect(tags(compiled([CompiledGazetteerTests.lists] + files)) == expected)
    }

    @Test("a blocked phrase removes that form from every entity, the other forms stay")
    func blocked() {
        let g = compiled([("o.tsv", "#! type=ORG\nEtat islamique\tgroupe Etat islamique|EI\teg:ei\n"),
                          ("local/b.tsv", "#! list=blocked\nGroupe État islamique\nEI\n")])
        let text = AnalyzedText("Le groupe Etat islamique, l'EI.", lexicon: g.lexicon)
        #expect(g.matches(in: text).map { text.string(TextSpan(start: text.tokens[$0.tokens.lowerBound].span.start,
                                                               end: text.tokens[$0.tokens.upperBound - 1].span.end)) } == ["Etat islamique"])
    }

    @Test("matching within token ranges keeps the forms inside them, with the whole document's evidence", arguments: [
        // (text, ranges as (first word, last word) to cover, expected matches)
        ("Le groupe Etat islamique en Syrie.", [("Etat", "islamique")], ["Etat islamique"]),
        ("Le groupe Etat islamique en Syrie.", [("groupe", "Etat")], []),
        // "Sens" alone is ambiguous: "France", outside the range, confirms it.
        ("Le maire de Sens en France.", [("Sens", "Sens")], ["Sens"]),
        ("Le maire de Sens a parlé.", [("Sens", "Sens")], []),
        ("La Syrie, Sens et la France.", [("Syrie", "Syrie"), ("Sens", "Sens")], ["Syrie", "Sens"]),
    ] as [(String, [(String, String)], [String])])
    func rangeMatches(text: String, ranges: [(String, String)], expected: [String]) throws {
        let compiled = GazetteerFixtures.compiled
        let analyzed = AnalyzedText(text, lexicon: compiled.lexicon)
        let words = analyzed.tokens.indices.map { analyzed.string(ofToken: $0) }
        let tokenRanges = try ranges.map { range in
            let first = try #require(words.firstIndex(of: range.0)), last = try #require(words.firstIndex(of: range.1))
            return first..<(last + 1)
        }
        let found = compiled.matches(in: analyzed, tokens: tokenRanges).map {
            analyzed.string(TextSpan(start: analyzed.tokens[$0.tokens.lowerBound].span.start, end: analyzed.tokens[$0.tokens.upperBound - 1].span.end))
        }
        #expect(found == expected)
        if tokenRanges.count == 1 {
            #expect(compiled.matches(in: analyzed, tokens: tokenRanges[0]).count == expected.count)
        }
    }

    @Test("word lists answer by token key, phrases before and at a token")
    func wordLists() throws {
        let compiled = GazetteerFixtures.compiled
        #expect(compiled.wordListNames == ["firstnames", "firstnames/amb=word", "media-cues", "media-cues/lang=en", "media-cues/lang=fr",
                                           "org-heads", "org-heads/in-name=1", "org-heads/lang=en", "org-heads/lang=fr",
                                           "person-titles", "person-titles/lang=en", "person-titles/lang=fr", "place-heads", "place-heads/lang=fr",
                                           "place-triggers", "place-triggers/kind=weak", "place-triggers/lang=en", "place-triggers/lang=fr",
                                           "stopwords", "stopwords/lang=en", "stopwords/lang=fr"])
        #expect(compiled.wordList(named: "stopwords", where: "lang", is: "en")?.contains(compiled.key(of: "the")) == true)
        #expect(compiled.wordList(named: "stopwords", where: "lang", is: "en")?.contains(compiled.key(of: "la")) == false)
        #expect(compiled.isStopword(compiled.key(of: "LA")))
        #expect(!compiled.isStopword(compiled.key(of: "Paris")))
        #expect(compiled.isFirstName(compiled.key(of: "florence")))
        let triggers = try #require(compiled.wordList(named: "place-triggers"))
        let text = AnalyzedText("Il vit près de Sens, à Nice, ville de rêve.", lexicon: compiled.lexicon)
        let sens = try #require(text.tokens.firstIndex { text.string($0.span) == "Sens" })
        #expect(triggers.lengthOfEntry(endingBefore: sens, keys: text.keys) == 2)
        #expect(triggers.lengthOfEntry(endingBefore: sens + 3, keys: text.keys) == 1)
        #expect(triggers.lengthOfEntry(endingBefore: sens + 1, keys: text.keys) == 0)
        #expect(triggers.lengthOfEntry(startingAt: sens - 2, keys: text.keys) == 2)
        #expect(triggers.lengthOfEntry(startingAt: 0, keys: text.keys) == 0)
        #expect(compiled.wordList(named: "blocked") == nil)
        #expect(compiled.wordLists(holding: "Près de") == ["place-triggers"])
        #expect(compiled.wordLists(holding: "LA") == ["stopwords"])
        #expect(compiled.wordLists(holding: "près").isEmpty)
    }

    @Test("entities keep their forms, sources and attributes through compilation; disabled ones are left out")
    func entities() throws {
        let compiled = GazetteerFixtures.compiled
        let source = GazetteerFixtures.gazetteer.entities.filter { !$0.isDisabled }
        #expect(compiled.entities.count == source.count)
        for (a, b) in zip(compiled.entities, source) {
            #expect(a.id == b.id && a.type == b.type && a.canonical == b.canonical && a.attributes == b.attributes)
            #expect(a.forms.map(\.text) == b.forms.map(\.text))
            #expect(a.forms.map(\.origin) == b.forms.map(\.origin))
            #expect(a.forms.map(\.casePolicy) == b.forms.map(\.casePolicy))
        }
        let paris = try #require(compiled.entities.firstIndex { $0.id == "geonames:2988507" })
        #expect(compiled.population(ofEntity: paris) == 2_138_551)
        #expect(compiled.countryCode(ofEntity: paris) == "FR")
        #expect(compiled.capitalOf(entity: paris) == "FR")
        #expect(compiled.forms(matching: "PARIS").map { compiled.id(ofEntity: compiled.entity(ofForm: $0)) } == ["geonames:2988507", "geonames:4717560"])
        #expect(compiled.forms(matching: "Zorglub").isEmpty)
    }

    @Test("matching time grows with the text, not with the lists: each token is looked up once per trie step")
    func linear() {
        // Many entries sharing a prefix must not make matching revisit tokens: a long form never matched
        // stops the walk at the first token that leaves the trie.
        var lines = "#! type=ORG\n"
        for i in 0..<2000 { lines += "Banque de France \(i)\n" }
        let big = compiled([("o.tsv", lines)])
        let text = String(repeating: "la Banque de France 2001 et la Banque de France 7. ", count: 200)
        let matches = big.matches(in: AnalyzedText(text, lexicon: big.lexicon))
        #expect(matches.count == 200)
        #expect(matches.allSatisfy { $0.tokens.count == 4 })
    }
}
