import EntityGraph
import Testing

@Suite struct NormalizerTests {
    /// One row per folding rule: case, accents, ligatures, apostrophes, dashes, the spaces of French typography.
    @Test(arguments: [
        ("Défense", "defense"), ("ÉTATS-UNIS", "etats-unis"), ("À", "a"), ("Ç", "c"), ("ï", "i"),
        ("cœur", "coeur"), ("Œuvre", "oeuvre"), ("æ", "ae"), ("Æsop", "aesop"), ("Straße", "strasse"), ("ĳ", "ij"),
        ("ﬁn", "fin"), ("ﬂeur", "fleur"),
        ("l’Irak", "l'irak"), ("lʼIrak", "l'irak"), ("l‘Irak", "l'irak"), ("l'Irak", "l'irak"), ("l′Irak", "l'irak"),
        ("Jean‑Yves", "jean-yves"), ("Jean‐Yves", "jean-yves"), ("Jean–Yves", "jean-yves"), ("Jean—Yves", "jean-yves"),
        ("−5", "-5"),
        ("14\u{A0}000", "14 000"), ("14\u{202F}000", "14 000"), ("14\u{2009}000", "14 000"),
        ("Dé\u{AD}fense", "defense"), ("Pa\u{200B}ris", "paris"), ("\u{FEFF}Paris", "paris"),
        ("e\u{301}te\u{301}", "ete"), ("Søren", "soren"), ("Łódź", "lodz"), ("Đoković", "dokovic"),
        ("İstanbul", "istanbul"), ("Nguyễn", "nguyen"), ("Ｐａｒｉｓ", "paris"),
        ("Ελλάδα", "ελλαδα"), ("МОСКВА", "москва"), ("北京", "北京"), ("مُحَمَّد", "محمد"),
        ("«", "\""), ("»", "\""), ("“", "\""), ("…", "..."), ("", ""), ("PARIS 2024", "paris 2024"),
    ])
    func key(_ text: String, _ expected: String) {
        #expect(Normalizer.shared.key(text) == expected)
    }

    /// The folded key goes with the token; the token's span still points at the original bytes.
    @Test(arguments: [("Œuvre", "oeuvre"), ("STRASSE", "strasse"), ("Straße", "strasse"), ("l’", "l'"), ("Jean‑Yves", "jean-yves")])
    func normalizationNeverMovesOffsets(_ text: String, _ key: String) {
        var lexicon = Lexicon()
        let id = lexicon.intern(Array(key.utf8))
        let analyzed = AnalyzedText("« \(text) »", lexicon: lexicon)
        #expect(analyzed.tokens.count == 3)
        #expect(analyzed.keys[1] == id)
        #expect(analyzed.tokens[1].span == TextSpan(start: "« ".utf8.count, end: "« ".utf8.count + text.utf8.count))
        #expect(analyzed.string(ofToken: 1) == text)
    }

    /// `fold(_:into:)` appends: callers reuse one buffer.
    @Test func foldAppends() {
        var key = Array("x:".utf8)
        Array("Œ".utf8).withUnsafeBufferPointer { Normalizer.shared.fold($0, into: &key) }
        #expect(String(decoding: key, as: UTF8.self) == "x:oe")
    }
}
