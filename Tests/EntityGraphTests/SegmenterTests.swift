import EntityGraph
import Testing

/// One segmentation case: the text and its expected sentences, each as the text from its first to its last token.
struct SegmenterCase: Sendable, CustomTestStringConvertible {
    var text: String
    var sentences: [String]
    var testDescription: String { text }
    init(_ text: String, _ sentences: [String]) {
        self.text = text
        self.sentences = sentences
    }
}

@Suite struct SegmenterTests {
    static func sentences(_ analyzed: AnalyzedText) -> [String] {
        analyzed.sentences.map { range in
            analyzed.string(TextSpan(start: analyzed.tokens[range.lowerBound].span.start,
                                     end: analyzed.tokens[range.upperBound - 1].span.end))
        }
    }

    static let wrapped = """
    Le ministre de la Défense a répondu mercredi à l'appel des Etats-Unis qui
    a rassemblé la coalition militaire internationale qui lutte contre le
    groupe Etat islamique. Après deux ans de lutte, le secrétaire américain à
    la Défense a retrouvé à Washington son homologue français Jean-Yves
    Le Drian et une vingtaine d'autres ministres pour faire le point sur les
    frappes.
    """

    static let cases: [SegmenterCase] = [
        // No split after abbreviations, titles and initials.
        SegmenterCase("M. Carter est arrivé. Il a parlé.", ["M. Carter est arrivé.", "Il a parlé."]),
        SegmenterCase("Mme Parly et J.-Y. Le Drian sont là.", ["Mme Parly et J.-Y. Le Drian sont là."]),
        SegmenterCase("Selon le Dr. Smith, tout va bien.", ["Selon le Dr. Smith, tout va bien."]),
        SegmenterCase("Le plan B. Ensuite", ["Le plan B. Ensuite"]),
        SegmenterCase("Des fruits, des légumes, etc. Le marché ferme.", ["Des fruits, des légumes, etc.", "Le marché ferme."]),
        // No split inside numbers, domain names, "(...)".
        SegmenterCase("Il y a eu 4.000 raids. Le bilan est lourd.", ["Il y a eu 4.000 raids.", "Le bilan est lourd."]),
        SegmenterCase("Une hausse de 2,5 % en 2014.", ["Une hausse de 2,5 % en 2014."]),
        SegmenterCase("Atlantico.fr a publié l'article. Le site", ["Atlantico.fr a publié l'article.", "Le site"]),
        SegmenterCase("Lu sur Le Parisien.fr. Fin", ["Lu sur Le Parisien.fr.", "Fin"]),
        SegmenterCase("un progrès important mais (...) Daech est résilient", ["un progrès important mais (...) Daech est résilient"]),
        SegmenterCase("des explosifs (..) qui ont fait", ["des explosifs (..) qui ont fait"]),
        SegmenterCase("il a dit […] Paris reste", ["il a dit […] Paris reste"]),
        // Split at . ! ? … before a capital, a quote or a dash.
        SegmenterCase("Bravo ! Le public applaudit.", ["Bravo !", "Le public applaudit."]),
        SegmenterCase("Comment ? Personne ne sait.", ["Comment ?", "Personne ne sait."]),
        SegmenterCase("Attendez… Le voilà.", ["Attendez…", "Le voilà."]),
        SegmenterCase("Il est parti. « Nous resterons », dit-il.", ["Il est parti.", "« Nous resterons », dit-il."]),
        SegmenterCase("Il est parti.\u{A0}«Nous resterons»", ["Il est parti.", "«Nous resterons»"]),
        SegmenterCase("Il est parti. \"Nous resterons\"", ["Il est parti.", "\"Nous resterons\""]),
        SegmenterCase("Il a dit \"non.\" Ensuite", ["Il a dit \"non.\"", "Ensuite"]),
        SegmenterCase("Il est parti. – Pourquoi ?", ["Il est parti.", "– Pourquoi ?"]),
        SegmenterCase("« Il faut tuer Daech. » Le ministre insiste.", ["« Il faut tuer Daech. »", "Le ministre insiste."]),
        SegmenterCase("« Il faut tuer Daech », a-t-il dit. L'EI recule.", ["« Il faut tuer Daech », a-t-il dit.", "L'EI recule."]),
        SegmenterCase("Ils ont dit « partir ». Ensuite", ["Ils ont dit « partir ».", "Ensuite"]),
        SegmenterCase("« Comment gagner ? D'abord, l'unité »", ["« Comment gagner ?", "D'abord, l'unité »"]),
        SegmenterCase("Comment ? dit-il.", ["Comment ? dit-il."]),
        SegmenterCase("« Partez ! » a-t-il crié.", ["« Partez ! » a-t-il crié."]),
        SegmenterCase("Il est né en 2014. 200 soldats sont partis.", ["Il est né en 2014. 200 soldats sont partis."]),
        SegmenterCase("Voir www.lemonde.fr. Le site", ["Voir www.lemonde.fr.", "Le site"]),
        // Line breaks: a line of prose ends its sentence, a wrapped line does not.
        SegmenterCase("Le Drian à Washington\nLe ministre est arrivé.", ["Le Drian à Washington", "Le ministre est arrivé."]),
        SegmenterCase("Publié Mis à jour\nTemps de lecture : 1min", ["Publié Mis à jour", "Temps de lecture : 1min"]),
        SegmenterCase("une phrase coupée\nen deux lignes.", ["une phrase coupée\nen deux lignes."]),
        SegmenterCase("0\n154\nLe ministre", ["0", "154", "Le ministre"]),
        SegmenterCase(wrapped, [
            "Le ministre de la Défense a répondu mercredi à l'appel des Etats-Unis qui\na rassemblé la coalition militaire "
            + "internationale qui lutte contre le\ngroupe Etat islamique.",
            "Après deux ans de lutte, le secrétaire américain à\nla Défense a retrouvé à Washington son homologue français "
            + "Jean-Yves\nLe Drian et une vingtaine d'autres ministres pour faire le point sur les\nfrappes.",
        ]),
        // Paragraphs always end sentences; title separators too.
        SegmenterCase("Un titre\n\nle texte", ["Un titre", "le texte"]),
        SegmenterCase("Des djihadistes tués | Atlantico.fr", ["Des djihadistes tués |", "Atlantico.fr"]),
        SegmenterCase("Accueil • Monde • Afrique", ["Accueil •", "Monde •", "Afrique"]),
        SegmenterCase("", []),
    ]

    @Test(arguments: cases)
    func sentences(_ row: SegmenterCase) {
        #expect(Self.sentences(AnalyzedText(row.text, lexicon: Lexicon())) == row.sentences)
    }

    /// Blank lines (and U+2029) end paragraphs; single line breaks do not.
    @Test(arguments: [
        ("Titre\n\nPremier. Deuxième.\nTroisième.\n\n\nFin", [0..<1, 1..<7, 7..<8]),
        ("Un\u{2029}Deux", [0..<1, 1..<2]),
        ("Un\nDeux", [0..<2]),
    ])
    func paragraphs(_ text: String, _ expected: [Range<Int>]) {
        #expect(AnalyzedText(text, lexicon: Lexicon()).paragraphs == expected)
    }

    /// The first token and the first word of each sentence are sentence-initial; the word after « is quote-initial.
    @Test func sentenceInitialFlags() {
        let analyzed = AnalyzedText("Paris a dit. « Notre coalition », a dit Hollande. Réunion à Paris", lexicon: Lexicon())
        let initial = analyzed.tokens.indices.filter { analyzed.tokens[$0].flags.contains(.sentenceInitial) }
            .map { analyzed.string(ofToken: $0) }
        #expect(initial == ["Paris", "«", "Notre", "Réunion"])
        let quoted = analyzed.tokens.indices.filter { analyzed.tokens[$0].flags.contains(.afterOpeningQuote) }
            .map { analyzed.string(ofToken: $0) }
        #expect(quoted == ["Notre"])
    }
}
