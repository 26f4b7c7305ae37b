@testable import EntityGraph
import Testing

@Suite("Gazetteer matching policy")
struct MatchPolicyTests {
    /// `text` with its gazetteer matches (demonyms left out) marked `⟦TYPE:...⟧`.
    static func marked(_ text: String, policy: MatchPolicy = .standard) -> String {
        var compiled = GazetteerFixtures.compiled
        compiled.policy = policy
        let analyzed = AnalyzedText(text, lexicon: compiled.lexicon)
        let found = compiled.matches(in: analyzed).filter { $0.role == .name }.map { match in
            (span: TextSpan(start: analyzed.tokens[match.tokens.lowerBound].span.start, end: analyzed.tokens[match.tokens.upperBound - 1].span.end),
             type: compiled.type(ofEntity: match.entity).rawValue)
        }
        return InlineMarkers.render(text, found)
    }

    @Test("with every rule on", arguments: [
        // Longest match, curated over generated, exact accents over folded ones, country over place.
        "⟦ORG:France Télévisions⟧ et ⟦ORG:France 2⟧ couvrent la ⟦COUNTRY:France⟧.",
        "Le site ⟦ORG:Atlantico⟧ et le département d'⟦PLACE:Atlántico⟧.",
        "En ⟦COUNTRY:Georgia⟧ et en ⟦COUNTRY:Géorgie⟧.",
        "Les ⟦COUNTRY:Etats-Unis⟧, les ⟦COUNTRY:États-Unis⟧, les ⟦COUNTRY:USA⟧ et les ⟦COUNTRY:US⟧.",
        // Capitals: every capital of the form is needed; codes of 4 letters or fewer match exactly; longer ones as names.
        "Le groupe ⟦ORG:EI⟧, l'⟦ORG:Etat islamique⟧, mais pas ei ni Ei ni l'etat islamique.",
        "L'⟦ORG:Unesco⟧, l'⟦ORG:UNESCO⟧ mais pas l'unesco.",
        "Lu dans ⟦ORG:Le Monde⟧, pas dans LE MONDE ni le monde.",
        "Le plan NICE est lancé ; LE MAIRE DE ⟦PLACE:NICE⟧ PARLE.",
        "Le site ⟦ORG:franceinfo⟧ ou ⟦ORG:Franceinfo⟧.",
        // Stop words and codes.
        "Ei et la et de ne sont pas des entités.",
        "Un an après la guerre.",
        "LA ⟦COUNTRY:FRANCE⟧ ET LA ⟦COUNTRY:RUSSIE⟧",
        // First names.
        "⟦PERSON:Emmanuel Macron⟧ et ⟦PERSON:Macron⟧ mais pas Emmanuel.",
        "⟦PERSON:Mattis⟧ a parlé : un nom de famille qui est aussi un prénom.",
        "Florence Parly est à ⟦PLACE:Florence⟧.",
        "John Kerry arrive en ⟦COUNTRY:Irak⟧.",
        // A first name that is a word says nothing at a sentence start ("Les", an English first name): mid-sentence it does.
        "Les ⟦COUNTRY:États-Unis⟧ et la ⟦COUNTRY:Russie⟧.",
        "Il a vu Pierre Kerry.",
        "France Gall chante.",
        // Ambiguous single-token places need evidence.
        "Le maire de Sens a parlé.",
        "Il vit à ⟦PLACE:Sens⟧.",
        "Il vit près de ⟦PLACE:Sens⟧.",
        "Le maire de ⟦PLACE:Sens⟧ en ⟦COUNTRY:France⟧.",
        "Le maire de ⟦PLACE:Sens⟧ et les forces françaises.",
        "Le maire de ⟦PLACE:Nice⟧ a parlé.",
        "Nice est belle.",
        "Il est au centre de la ville, au ⟦PLACE:Centre⟧.",
        "⟦PLACE:Orange⟧ est calme. Il habite à ⟦PLACE:Orange⟧.",
        // Confirmed inside a sentence by its country, a place counts as named in the document for its sentence-initial uses.
        "⟦PLACE:Sens⟧ : la foule. Le maire de ⟦PLACE:Sens⟧ en ⟦COUNTRY:France⟧.",
        "Sens : la foule en ⟦COUNTRY:France⟧.",
        "A LIRE AUSSI : Réunion de la coalition",
        "« Réunion » à ⟦PLACE:Paris⟧.",
        "Sens unique pour l'⟦ORG:AFP⟧.",
        // A shipped entry switched off in local/ never matches.
        "Il vit à Celle.",
    ])
    func everyRule(marked: String) {
        let sample = InlineMarkers(marked)
        #expect(MatchPolicyTests.marked(sample.text) == marked)
    }

    @Test("each rule changes what matches: without it (and every other rule on)", arguments: [
        (MatchPolicy.Rules.capitals, "Le groupe ⟦ORG:EI⟧ et le mot ei.", "Le groupe ⟦ORG:EI⟧ et le mot ⟦ORG:ei⟧."),
        (.capitals, "Lu dans LE MONDE.", "Lu dans ⟦ORG:LE MONDE⟧."),
        (.capitals, "Le plan NICE est lancé.", "Le plan ⟦PLACE:NICE⟧ est lancé."),
        (.stopwords, "Un an après la guerre.", "⟦PLACE:Un⟧ an après la guerre."),
        (.firstNames, "Pas Emmanuel.", "Pas ⟦PERSON:Emmanuel⟧."),
        (.personPattern, "Florence Parly est à ⟦PLACE:Florence⟧.", "⟦PLACE:Florence⟧ Parly est à ⟦PLACE:Florence⟧."),
        (.personPattern, "John Kerry arrive.", "John ⟦PLACE:Kerry⟧ arrive."),
        (.personPattern, "France Gall chante.", "⟦COUNTRY:France⟧ Gall chante."),
        (.codesInCapitals, "LA ⟦COUNTRY:FRANCE⟧ ET LA ⟦COUNTRY:RUSSIE⟧", "⟦COUNTRY:LA⟧ ⟦COUNTRY:FRANCE⟧ ET ⟦COUNTRY:LA⟧ ⟦COUNTRY:RUSSIE⟧"),
        (.ambiguousForms, "Le maire de Sens a parlé.", "Le maire de ⟦PLACE:Sens⟧ a parlé."),
        (.ambiguousForms, "Nice est belle.", "⟦PLACE:Nice⟧ est belle."),
        (.ambiguousForms, "Il est au centre.", "Il est au ⟦PLACE:centre⟧."),
        (.ambiguousForms, "A LIRE AUSSI : Réunion de la coalition", "A LIRE AUSSI : ⟦COUNTRY:Réunion⟧ de la coalition"),
    ] as [(MatchPolicy.Rules, String, String)])
    func ablation(rule: MatchPolicy.Rules, withRule: String, withoutRule: String) {
        let text = InlineMarkers(withRule).text
        #expect(InlineMarkers(withoutRule).text == text)
        #expect(MatchPolicyTests.marked(text) == withRule)
        #expect(MatchPolicyTests.marked(text, policy: MatchPolicy(rules: MatchPolicy.Rules.all.subtracting(rule))) == withoutRule)
    }

    @Test("with the policy off, matching is case- and accent-insensitive longest match", arguments: [
        ("Ei et la et de ne sont pas des entités.", "⟦ORG:Ei⟧ et ⟦COUNTRY:la⟧ et ⟦COUNTRY:de⟧ ne sont pas des entités."),
        ("Le bon sens de Paris.", "Le bon ⟦PLACE:sens⟧ ⟦COUNTRY:de⟧ ⟦PLACE:Paris⟧."),
        ("⟦ORG:France Télévisions⟧", "⟦ORG:France Télévisions⟧"),
    ])
    func policyOff(text: String, expected: String) {
        #expect(MatchPolicyTests.marked(InlineMarkers(text).text, policy: .off) == expected)
    }

    @Test("a population threshold decides ambiguous places inside a sentence")
    func threshold() {
        let text = "Le maire de Nice a parlé."
        #expect(MatchPolicyTests.marked(text, policy: MatchPolicy(populationThreshold: 500_000)) == text)
        #expect(MatchPolicyTests.marked(text, policy: MatchPolicy(populationThreshold: 300_000)) == "Le maire de ⟦PLACE:Nice⟧ a parlé.")
    }

    @Test("at the start of a sentence, an ambiguous place needs a larger population", arguments: [
        // (text, threshold at the start of a sentence, expected)
        ("Paris a répondu.", 1_000_000, "⟦PLACE:Paris⟧ a répondu."),        // 2.1 million
        ("Paris a répondu.", 3_000_000, "Paris a répondu."),
        ("Nice est belle.", 1_000_000, "Nice est belle."),                 // 343,000: the word, as far as we know
        ("Nice est belle.", 300_000, "⟦PLACE:Nice⟧ est belle."),
        ("Paris Hilton a répondu.", 1_000_000, "Paris Hilton a répondu."),  // a first name before a name: a person
    ] as [(String, Int, String)])
    func sentenceInitialThreshold(text: String, threshold: Int, expected: String) {
        #expect(MatchPolicyTests.marked(text, policy: MatchPolicy(sentenceInitialPopulationThreshold: threshold)) == expected)
    }

    @Test("matches say which entity, form, source and evidence", arguments: [
        ("à Paris", "geonames:2988507", "Paris", "places.tsv:2", CompiledGazetteer.Match.Evidence.trigger, false),
        ("le maire de Paris", "geonames:2988507", "Paris", "places.tsv:2", .population, false),
        ("Washington", "geonames:4140963", "Washington", "places.tsv:4", CompiledGazetteer.Match.Evidence.none, false),
        ("l'Etat islamique", "eg:org/etat-islamique", "Etat islamique", "organizations.tsv:2", .none, true),
        ("l'Etat Islamique", "eg:org/etat-islamique", "Etat islamique", "organizations.tsv:2", .none, true),
        ("Organisation de l'Etat islamique", "eg:org/etat-islamique", "Organisation de l'État islamique", "local/overrides.tsv:3", .none, true),
        ("Blinken", "local:person/antony-blinken", "Blinken", "local/overrides.tsv:7", .none, true),
        ("les forces irakiennes", "iso:IQ", "irakiennes", "demonyms.tsv:2", .none, true),
    ])
    func matchDetails(text: String, id: String, form: String, source: String, evidence: CompiledGazetteer.Match.Evidence, curated: Bool) throws {
        let compiled = GazetteerFixtures.compiled
        let match = try #require(compiled.matches(in: AnalyzedText(text, lexicon: compiled.lexicon)).last)
        #expect(compiled.id(ofEntity: match.entity) == id)
        #expect(compiled.text(ofForm: match.form) == form)
        #expect(compiled.origin(ofForm: match.form).hasSuffix("gazetteers/" + source))
        #expect(match.evidence == evidence)
        #expect(match.isCurated == curated)
    }

    @Test("the exact-accent form is reported as exact")
    func exactness() throws {
        let compiled = GazetteerFixtures.compiled
        let matches = compiled.matches(in: AnalyzedText("Etats-Unis, Etats-unis, ETATS-UNIS", lexicon: compiled.lexicon))
        #expect(matches.map(\.exact) == [true, false, false])
        #expect(compiled.text(ofForm: matches[0].form) == "Etats-Unis")
    }
}
