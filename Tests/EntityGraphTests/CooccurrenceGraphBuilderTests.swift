import Testing
@testable import EntityGraph

@Suite struct CooccurrenceGraphBuilderTests {
    /// One row per counting rule: the documents, the window, and the expected edges "A–B count/documents".
    @Test(arguments: [
        (["⟦PERSON:A⟧ met ⟦PERSON:B⟧. ⟦PERSON:A⟧ left"], Window.sentence, ["A–B 1/1"]),
        // A pair counts once per window however often it is mentioned there.
        (["⟦PERSON:A⟧ and ⟦PERSON:A⟧ met ⟦PERSON:B⟧ and ⟦PERSON:B⟧"], .sentence, ["A–B 1/1"]),
        (["⟦PERSON:A⟧ met ⟦PERSON:B⟧. ⟦PERSON:B⟧ met ⟦PERSON:A⟧"], .sentence, ["A–B 2/1"]),
        (["⟦PERSON:A⟧ spoke. ⟦PERSON:B⟧ answered"], .sentence, []),
        (["⟦PERSON:A⟧ spoke. ⟦PERSON:B⟧ answered"], .paragraph, ["A–B 1/1"]),
        (["⟦PERSON:A⟧ spoke.\n\n⟦PERSON:B⟧ answered"], .paragraph, []),
        (["⟦PERSON:A⟧ spoke.\n\n⟦PERSON:B⟧ answered"], .document, ["A–B 1/1"]),
        (["⟦PERSON:A⟧ met ⟦PERSON:B⟧", "⟦PERSON:B⟧ met ⟦PERSON:A⟧"], .sentence, ["A–B 2/2"]),
        (["⟦PERSON:A⟧ met ⟦PERSON:B⟧ and ⟦PERSON:C⟧"], .sentence, ["A–B 1/1", "A–C 1/1", "B–C 1/1"]),
        // Blocks of 4 tokens: "A x y B" | "z C" -> A-B only.
        (["⟦PERSON:A⟧ x y ⟦PERSON:B⟧ z ⟦PERSON:C⟧"], .tokens(4), ["A–B 1/1"]),
        (["⟦PERSON:A⟧ x y ⟦PERSON:B⟧ z ⟦PERSON:C⟧"], .tokens(6), ["A–B 1/1", "A–C 1/1", "B–C 1/1"]),
        // A mention belongs to the block of its first token: "x y Jean" | "Dupont B".
        (["x y ⟦PERSON:Jean Dupont⟧ ⟦PERSON:B⟧"], .tokens(3), []),
        (["x ⟦PERSON:Jean Dupont⟧ ⟦PERSON:B⟧"], .tokens(4), ["Jean Dupont–B 1/1"]),
    ])
    func countsPairsOncePerWindow(documents: [String], window: Window, expected: [String]) {
        #expect(MarkedDocument.graph(documents, window: window).edgeSummary == expected)
    }

    @Test func countsMentionsDocumentsAndWindows() {
        let graph = MarkedDocument.graph(["⟦PERSON:A⟧ and ⟦PERSON:A⟧ met ⟦PERSON:B⟧. ⟦PERSON:A⟧ left. Nobody came",
                                          "⟦PERSON:B⟧ stayed"])
        #expect(graph.nodes.map(\.label) == ["A", "B"])
        #expect(graph.node("A").map { [$0.mentions, $0.documents, $0.windows] } == [3, 1, 2])
        #expect(graph.node("B").map { [$0.mentions, $0.documents, $0.windows] } == [2, 2, 2])
        // Sentences without entities are not windows: W counts the windows holding at least one.
        #expect(graph.windowCount == 3)
        #expect(graph.documentIDs == ["d0", "d1"])
    }

    @Test func keysNodesByEntityIDInOrderOfFirstAppearance() {
        var builder = CooccurrenceGraphBuilder()
        var result = MarkedDocument.result("d", "⟦COUNTRY:Syrie⟧ and ⟦PERSON:Bachar⟧ and ⟦COUNTRY:Syria⟧")
        result.mentions[2].entityID = result.mentions[0].entityID
        builder.add(result)
        let graph = builder.graph()
        #expect(graph.nodes.map(\.label) == ["Syrie", "Bachar"])
        #expect(graph.nodes[0].mentions == 2)
    }

    @Test func derivesAnIDWhenAMentionHasNone() {
        var result = MarkedDocument.result("d", "⟦PERSON:Jean Dupont⟧ left")
        result.mentions[0].entityID = ""
        var builder = CooccurrenceGraphBuilder()
        builder.add(result)
        #expect(builder.graph().nodes[0].id == Gazetteer.derivedID(type: .person, name: "Jean Dupont"))
    }

    @Test(arguments: [(false, [String]()), (true, ["Irak–Carter 1/1"])])
    func countsDemonymsOnlyWhenAsked(include: Bool, expected: [String]) {
        var builder = CooccurrenceGraphBuilder(includesDemonyms: include)
        builder.add(MarkedDocument.result("d", "les ⟦COUNTRY:Irak|demonym⟧ et ⟦PERSON:Carter⟧"))
        #expect(builder.graph().edgeSummary == expected)
    }

    @Test func foldsCapitalsIntoTheirCountry() {
        let folding = EntityFolding(["test:Paris": .init(id: "test:France", label: "France", type: .country)])
        var builder = CooccurrenceGraphBuilder(folding: folding)
        builder.add(MarkedDocument.result("d", "⟦PLACE:Paris⟧ et ⟦PERSON:Hollande⟧. ⟦COUNTRY:France⟧ et ⟦PLACE:Paris⟧"))
        let graph = builder.graph()
        #expect(graph.nodes.map(\.label) == ["France", "Hollande"])
        #expect(graph.nodes[0].mentions == 3)
        #expect(graph.nodes[0].type == .country)
        // Paris and France in one sentence are one entity: no self-loop, one window.
        #expect(graph.edgeSummary == ["France–Hollande 1/1"])
        #expect(graph.nodes[0].windows == 2)
    }

    @Test func foldingReadsCapitalOfFromTheCompiledLists() throws {
        let folding = EntityFolding.capitals(in: CompiledGazetteer(try Gazetteer(directory: Paths.fixtureGazetteers)))
        #expect(folding.target(of: "geonames:2988507") == .init(id: "iso:FR", label: "France", type: .country))
        #expect(folding.target(of: "geonames:3176959") == nil)
    }

    @Test func keepsEvidenceForEveryWindow() {
        let graph = MarkedDocument.graph(["⟦PERSON:A⟧ met ⟦PERSON:B⟧. Rain. ⟦PERSON:B⟧ saw ⟦PERSON:A⟧",
                                          "Nothing", "⟦PERSON:A⟧ with ⟦PERSON:B⟧"])
        let edge = try! #require(graph.edge("A", "B"))
        #expect(edge.evidence.map { [$0.document, $0.sourceSentence, $0.targetSentence] } == [[0, 0, 0], [0, 2, 2], [2, 0, 0]])
        #expect(graph.evidenceDocuments(of: edge, limit: 10) == ["d0", "d2"])
        #expect(graph.evidenceDocuments(of: edge, limit: 1) == ["d0"])
        #expect(edge.example == "A met B")
    }

    @Test func prefersASentenceHoldingBothInWideWindows() {
        let graph = MarkedDocument.graph(["⟦PERSON:A⟧ spoke. ⟦PERSON:B⟧ answered. ⟦PERSON:A⟧ thanked ⟦PERSON:B⟧"],
                                         window: .paragraph)
        let edge = try! #require(graph.edge("A", "B"))
        #expect(edge.evidence.map(\.sentences) == [[2]])
        #expect(edge.example == "A thanked B")
    }

    @Test func joinsTwoSentencesWhenNoneHoldsBoth() {
        let graph = MarkedDocument.graph(["⟦PERSON:B⟧ arrived. ⟦PERSON:A⟧ left"], window: .paragraph)
        let edge = try! #require(graph.edge("B", "A"))
        #expect(edge.evidence.map(\.sentences) == [[0, 1]])
        #expect(edge.example == "B arrived … A left")
    }

    @Test func takesTheExampleFromTheFirstWindowWithText() {
        var builder = CooccurrenceGraphBuilder()
        var first = MarkedDocument.result("d0", "⟦PERSON:A⟧ met ⟦PERSON:B⟧")
        first.sentenceTexts = [:]
        builder.add(first)
        builder.add(MarkedDocument.result("d1", "⟦PERSON:B⟧ thanked ⟦PERSON:A⟧"))
        #expect(builder.graph().edges[0].example == "B thanked A")
    }

    @Test(arguments: [
        ("A\n  met\tB", "A met B"),
        ("  lead", "lead"),
        (String(repeating: "é", count: 301), String(repeating: "é", count: 300) + "…"),
        (String(repeating: "x", count: 300), String(repeating: "x", count: 300)),
    ])
    func shortensExamples(text: String, expected: String) {
        #expect(CooccurrenceGraphBuilder.shortened(text, limit: 300) == expected)
    }

    @Test func recordsDatesAndWarnsAboutUnreadableOnes() {
        var builder = CooccurrenceGraphBuilder()
        builder.add(MarkedDocument.result("d0", "⟦PERSON:A⟧ met ⟦PERSON:B⟧", date: "2016-07-21T10:00:00Z"))
        builder.add(MarkedDocument.result("d1", "⟦PERSON:A⟧ met ⟦PERSON:B⟧", date: "2016-07-20"))
        builder.add(MarkedDocument.result("d2", "⟦PERSON:A⟧ met ⟦PERSON:B⟧", date: "20 juillet 2016"))
        builder.add(MarkedDocument.result("d3", "⟦PERSON:A⟧ alone", date: "2016-07-21"))
        let graph = builder.graph()
        #expect(graph.hasDates)
        #expect(graph.node("A")?.days.map(\.description) == ["2016-07-20", "2016-07-21"])
        #expect(graph.edges[0].days.map(\.description) == ["2016-07-20", "2016-07-21"])
        #expect(builder.diagnostics == [Diagnostic(file: "d2", message:
            "date '20 juillet 2016' is not ISO 8601 (YYYY-MM-DD...); the document counts without a date")])
    }

    /// A corpus of small documents where every window kind finds pairs, with dates and texts.
    static let corpus: [ExtractionResult] = (0..<12).map { i in
        let names = ["A", "B", "C", "D", "E"]
        let n = { (k: Int) in names[(i * 7 + k * 3) % names.count] }
        let text = "⟦PERSON:\(n(0))⟧ met ⟦PERSON:\(n(1))⟧ x y. ⟦COUNTRY:\(n(2))⟧ z.\n\n⟦ORG:\(n(3))⟧ and ⟦PERSON:\(n(0))⟧ w ⟦COUNTRY:\(n(4))⟧"
        return MarkedDocument.result("doc\(i)", text, date: i % 3 == 0 ? nil : "2016-07-\(10 + i % 4)")
    }

    @Test(arguments: [Window.sentence, .paragraph, .document, .tokens(3)])
    func mergingSlicesEqualsOnePass(window: Window) {
        var whole = CooccurrenceGraphBuilder(window: window)
        for result in Self.corpus { whole.add(result) }
        for cuts in [[4], [1, 7], [3, 6, 9], [0, 12]] {
            var merged = CooccurrenceGraphBuilder(window: window)
            var start = 0
            for end in cuts + [Self.corpus.count] {
                var slice = CooccurrenceGraphBuilder(window: window)
                for result in Self.corpus[start..<end] { slice.add(result) }
                merged.merge(slice)
                start = end
            }
            #expect(merged.graph() == whole.graph(), "cuts \(cuts)")
        }
    }

    @Test func isDeterministic() {
        var a = CooccurrenceGraphBuilder(window: .paragraph), b = CooccurrenceGraphBuilder(window: .paragraph)
        for result in Self.corpus { a.add(result); b.add(result) }
        #expect(a.graph() == b.graph())
        #expect(GraphMLWriter().render(a.graph()) == GraphMLWriter().render(b.graph()))
    }
}
