import EntityGraph
import Testing

/// Hyphenated words and domain names: whole in `AnalyzedText.tokens`, by parts in `AnalyzedText.parts`.
@Suite struct TextPartsTests {
    /// Each row: text, the whole tokens, the split stream (parts with their byte offsets).
    @Test(arguments: [
        ("Jean-Yves", ["Jean-Yves"], ["Jean@0", "-@4", "Yves@5"]),
        ("Pays-Bas", ["Pays-Bas"], ["Pays@0", "-@4", "Bas@5"]),
        ("d'Al-Anbar", ["d'", "Al-Anbar"], ["d'@0", "Al@2", "-@4", "Anbar@5"]),
        ("Saint-Andrews", ["Saint-Andrews"], ["Saint@0", "-@5", "Andrews@6"]),
        ("anti-Etat islamique", ["anti-Etat", "islamique"], ["anti@0", "-@4", "Etat@5", "islamique@10"]),
        ("Jean‑Yves", ["Jean‑Yves"], ["Jean@0", "‑@4", "Yves@7"]),
        ("a-t-il", ["a-t-il"], ["a@0", "-@1", "t@2", "-@3", "il@4"]),
        ("Atlantico.fr", ["Atlantico.fr"], ["Atlantico@0", ".@9", "fr@10"]),
        ("Le Parisien.fr", ["Le", "Parisien.fr"], ["Le@0", "Parisien@3", ".@11", "fr@12"]),
        ("france-info.fr", ["france-info.fr"], ["france@0", "-@6", "info@7", ".@11", "fr@12"]),
        ("Paris et Berlin", ["Paris", "et", "Berlin"], ["Paris@0", "et@6", "Berlin@9"]),
    ])
    func parts(_ text: String, _ whole: [String], _ parts: [String]) {
        let analyzed = AnalyzedText(text, lexicon: Lexicon())
        #expect(analyzed.tokens.indices.map { analyzed.string(ofToken: $0) } == whole)
        #expect(analyzed.parts.tokens.map { "\(analyzed.string($0.span))@\($0.span.start)" } == parts)
        #expect(analyzed.parts.hasSplits == (parts.count != whole.count))
        // Every part maps back to the whole token that covers it.
        for index in analyzed.parts.tokens.indices {
            let wholeIndex = analyzed.parts.wholeToken(ofPart: index)
            #expect(analyzed.tokens[wholeIndex].span.contains(analyzed.parts.tokens[index].span))
            #expect(analyzed.parts.parts(ofToken: wholeIndex).contains(index))
        }
    }

    /// Parts carry their own capitalisation, the `.part` flag, and the whole token's layout on the first part only.
    @Test func partFlags() {
        let analyzed = AnalyzedText("Il dit : anti-Etat ÉTATS-UNIS", lexicon: Lexicon())
        let parts = analyzed.parts.tokens
        let names = parts.map { analyzed.string($0.span) }
        let etat = parts[names.firstIndex(of: "Etat")!]
        #expect(etat.flags.contains(.initialCapital) && etat.flags.contains(.part) && !etat.flags.contains(.afterSpace))
        let anti = parts[names.firstIndex(of: "anti")!]
        #expect(!anti.flags.contains(.initialCapital) && anti.flags.contains(.afterSpace))
        let unis = parts[names.firstIndex(of: "UNIS")!]
        #expect(unis.flags.contains(.allCaps) && unis.kind == .word)
        let dash = parts[names.firstIndex(of: "-")!]
        #expect(dash.kind == .punctuation && dash.flags.contains(.part))
        #expect(parts.filter { !$0.flags.contains(.part) }.map { analyzed.string($0.span) } == ["Il", "dit", ":"])
    }

    /// Parts are looked up in the lexicon like whole tokens, so a matcher can walk either stream.
    @Test func partKeys() {
        var lexicon = Lexicon()
        let etat = lexicon.intern(Array("etat".utf8))
        let islamique = lexicon.intern(Array("islamique".utf8))
        let whole = lexicon.intern(Array("anti-etat".utf8))
        let analyzed = AnalyzedText("coalition anti-État islamique", lexicon: lexicon)
        #expect(analyzed.keys == [Lexicon.unknown, whole, islamique])
        #expect(analyzed.parts.keys == [Lexicon.unknown, Lexicon.unknown, Lexicon.unknown, etat, islamique])
        #expect(analyzed.parts.parts(ofToken: 1) == 1..<4)
        #expect(analyzed.parts.parts(ofToken: 2) == 4..<5)
    }

    /// Without hyphenated words or domains, both streams are the same.
    @Test func noSplitsSharesTheStream() {
        let analyzed = AnalyzedText("Paris et Berlin.", lexicon: Lexicon())
        #expect(!analyzed.parts.hasSplits)
        #expect(analyzed.parts.tokens == analyzed.tokens)
        #expect(analyzed.parts.wholeToken(ofPart: 2) == 2)
        #expect(analyzed.parts.parts(ofToken: 3) == 3..<4)
    }

    /// Tokens inside boilerplate spans are flagged, and `isBoilerplate` answers for any span.
    @Test func boilerplateFlags() {
        let text = "Newsletter\nParis et Berlin.\nLire aussi : Mossoul"
        let newsletter = TextSpan(start: 0, end: 10)
        let lireAussi = TextSpan(start: 28, end: 48)
        let analyzed = AnalyzedText(text, lexicon: Lexicon(), boilerplate: [lireAussi, newsletter])
        let flagged = analyzed.tokens.indices.filter { analyzed.tokens[$0].flags.contains(.boilerplate) }
            .map { analyzed.string(ofToken: $0) }
        #expect(flagged == ["Newsletter", "Lire", "aussi", ":", "Mossoul"])
        #expect(analyzed.boilerplate == [newsletter, lireAussi])
        #expect(analyzed.isBoilerplate(TextSpan(start: 41, end: 48)))
        #expect(!analyzed.isBoilerplate(TextSpan(start: 11, end: 16)))
        #expect(!analyzed.isBoilerplate(TextSpan(start: 10, end: 11)))
    }
}
