@testable import EntityGraph
import Testing

@Suite("Scorer")
struct ScorerTests {
    @Test("exact span and type")
    func exactMatching() {
        var scorer = Scorer()
        let gold = [Annotation(start: 0, end: 5, type: "PERSON"), Annotation(start: 10, end: 15, type: "ORG"),
                    Annotation(start: 20, end: 25, type: "PLACE")]
        let predicted = [Annotation(start: 0, end: 5, type: "PERSON"),   // right
                         Annotation(start: 10, end: 14, type: "ORG"),    // wrong span
                         Annotation(start: 20, end: 25, type: "COUNTRY")] // wrong type
        scorer.add(predicted: predicted, gold: gold)
        #expect(scorer.overall == Scorer.Counts(truePositives: 1, falsePositives: 2, falseNegatives: 2))
        #expect(abs(scorer.overall.precision - 1.0 / 3) < 1e-12)
        #expect(abs(scorer.overall.recall - 1.0 / 3) < 1e-12)
        #expect(scorer.byType["PERSON"]?.f1 == 1)
        #expect(scorer.byType["COUNTRY"] == Scorer.Counts(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(scorer.table().contains("ALL           1     2     2   0.333   0.333   0.333"))
    }

    @Test("empty predictions give zero, not NaN")
    func empty() {
        var scorer = Scorer()
        scorer.add(predicted: [], gold: [Annotation(start: 0, end: 1, type: "ORG")])
        #expect(scorer.overall.precision == 0 && scorer.overall.f1 == 0)
    }
}

@Suite("Evaluation inputs")
struct EvaluationInputTests {
    @Test("partial overlap counts a boundary error once")
    func partial() {
        var scorer = Scorer()
        scorer.add(predicted: [Annotation(start: 0, end: 8, type: "PERSON"), Annotation(start: 20, end: 25, type: "ORG")],
                   gold: [Annotation(start: 3, end: 8, type: "PERSON"), Annotation(start: 30, end: 35, type: "ORG")], documentID: "d")
        #expect(scorer.overall == Scorer.Counts(truePositives: 0, falsePositives: 2, falseNegatives: 2))
        #expect(scorer.partialOverall == Scorer.Counts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(scorer.mistakes.map(\.kind) == [.wrongSpan, .spurious, .missed])
    }

    @Test("type mapping renames then ignores, on both sides")
    func mapping() throws {
        let mapping = try TypeMapping(pairs: ["COUNTRY=LOC", "PLACE=LOC", "PERSON=PER"], ignored: ["MISC"])
        let mapped = mapping.apply([Annotation(start: 0, end: 1, type: "COUNTRY"), Annotation(start: 2, end: 3, type: "MISC"),
                                    Annotation(start: 4, end: 5, type: "ORG"), Annotation(start: 6, end: 7, type: "PLACE")])
        #expect(mapped.map(\.type) == ["LOC", "ORG", "LOC"])
        // A prediction exactly on an ignored gold span is not scored; one that only overlaps it is.
        let (kept, gold) = mapping.apply(predicted: [Annotation(start: 2, end: 3, type: "ORG"), Annotation(start: 2, end: 4, type: "ORG")],
                                         gold: [Annotation(start: 2, end: 3, type: "MISC")])
        #expect(kept == [Annotation(start: 2, end: 4, type: "ORG")])
        #expect(gold.isEmpty)
        #expect(throws: EvaluationError.badMapping("COUNTRY")) { try TypeMapping(pairs: ["COUNTRY"], ignored: []) }
    }

    @Test("CoNLL BIO becomes text and code point spans")
    func conll() throws {
        let conll = """
        -DOCSTART- O

        Jean-Yves B-PER
        Le I-PER
        Drian I-PER
        à O
        Paris B-LOC
        . O

        L' O
        ONU B-ORG
        -DOCSTART- O
        Ankara B-LOC
        Istanbul B-LOC
        """
        let gold = try GoldStandard(conll: conll, path: "x.conll")
        #expect(gold.order == ["x.conll:1", "x.conll:2"])
        let text = try #require(gold.texts["x.conll:1"])
        #expect(text == "Jean-Yves Le Drian à Paris .\nL' ONU")
        let scalars = Array(text.unicodeScalars)
        let surfaces = gold.documents["x.conll:1"]!.map { a -> String in
            var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[a.start..<a.end]); return "\(a.type):\(String(v))"
        }
        #expect(surfaces == ["PER:Jean-Yves Le Drian", "LOC:Paris", "ORG:ONU"])
        // Two B- in a row are two entities.
        #expect(gold.documents["x.conll:2"] == [Annotation(start: 0, end: 6, type: "LOC"), Annotation(start: 7, end: 15, type: "LOC")])
    }

    @Test("a bad CoNLL tag names its line")
    func badTag() {
        #expect(throws: EvaluationError.badCoNLLLine(file: "y.bio", line: 2, reason: "tag 'X-PER' is not O, B-TYPE or I-TYPE")) {
            try GoldStandard(conll: "Paris B-LOC\nJean X-PER\n", path: "y.bio")
        }
    }
}
