import Foundation
import Testing
@testable import EntityGraph

@Suite struct WriterTests {
    /// A small dated graph with awkward names, weighted by a fractional measure.
    static let small: CooccurrenceGraph = {
        var builder = CooccurrenceGraphBuilder()
        builder.add(MarkedDocument.result("d0", "⟦PERSON:Ada \"The Countess\" Lovelace⟧ met ⟦ORG:AT&T⟧ in ⟦PLACE:x < y⟧. ⟦ORG:AT&T⟧ thanked ⟦COUNTRY:C:\\temp⟧",
                                          date: "2016-07-20"))
        builder.add(MarkedDocument.result("d1", "⟦PERSON:Ada \"The Countess\" Lovelace⟧ and ⟦ORG:AT&T⟧ again", date: "2016-07-21"))
        builder.add(MarkedDocument.result("d2", "⟦COUNTRY:C:\\temp⟧ with ⟦PLACE:x < y⟧", date: "2016-07-23"))
        builder.add(MarkedDocument.result("d3", "⟦PERSON:Line1\nLine2⟧ alone"))
        return builder.graph(weightedBy: .jaccard)
    }()

    @Test(arguments: ExportFormat.allCases)
    func matchesGoldenFiles(format: ExportFormat) throws {
        for (part, text) in format.writer.render(Self.small).enumerated() {
            try Golden.check(text, against: "small" + format.fileSuffixes[part])
        }
    }

    @Test(arguments: ExportFormat.allCases)
    func writesTheSameBytesTwice(format: ExportFormat) {
        #expect(format.writer.render(Self.small) == format.writer.render(Self.small))
    }

    struct NodeLink: Decodable {
        struct Node: Decodable {
            var id: String, label: String, type: String, entity: String, mentions: Int, documents: Int, windows: Int
            var first_date: String?, last_date: String?
        }
        struct Link: Decodable {
            var source: String, target: String, weight: Double, count: Int, documents: Int
            var jaccard: Double, dice: Double, pmi: Double, npmi: Double
            var window: String, evidence_documents: [String], example: String?
        }
        var directed: Bool, multigraph: Bool, nodes: [Node], links: [Link]
    }

    /// The node-link JSON read back (JSONDecoder; JSONSerialization rounds some doubles wrongly on Linux): every name
    /// exact, every count and measure equal to the graph's.
    @Test func jsonReadsBackExactly() throws {
        let graph = Self.small
        let file = try JSONDecoder().decode(NodeLink.self, from: Data(JSONWriter().render(graph)[0].utf8))
        #expect(!file.directed && !file.multigraph)
        #expect(file.nodes.map(\.label) == graph.nodes.map(\.label))
        #expect(file.nodes.map(\.entity) == graph.nodes.map(\.id))
        #expect(file.nodes.map { [$0.mentions, $0.documents, $0.windows] } == graph.nodes.map { [$0.mentions, $0.documents, $0.windows] })
        #expect(file.nodes.map(\.first_date) == graph.nodes.map { $0.days.first?.description })
        #expect(file.links.count == graph.edges.count)
        for (link, edge) in zip(file.links, graph.edges) {
            #expect([link.source, link.target] == ["n\(edge.source)", "n\(edge.target)"])
            #expect(link.count == edge.count && link.documents == edge.documents)
            let measures: [Measure] = [.jaccard, .dice, .pmi, .npmi]
            let expected: [Double] = measures.map { graph.value($0, of: edge) }
            #expect([link.jaccard, link.dice, link.pmi, link.npmi] == expected)
            #expect(link.weight == graph.weight(of: edge))
            #expect(link.window == "sentence")
            #expect(link.evidence_documents == graph.evidenceDocuments(of: edge, limit: 10))
            #expect(link.example == edge.example)
        }
    }

    @Test func dotUsesIntegerLayoutWeightsAndSfdpSettingsForLargeGraphs() {
        let nodes = (0...DOTWriter.largeGraphNodes).map {
            CooccurrenceGraph.Node(id: "id\($0)", label: "N\($0)", type: .person, mentions: 1, documents: 1, windows: 1)
        }
        let large = CooccurrenceGraph(window: .sentence, measure: .npmi, documentIDs: ["d"], windowCount: 4, nodes: nodes,
                                      edges: [.init(source: 0, target: 1, count: 1, documents: 1)])
        let text = DOTWriter().render(large)[0]
        #expect(text.contains("overlap=\"false\";"))
        #expect(text.contains("outputorder=\"edgesfirst\";"))
        #expect(text.contains("\"n0\" -- \"n1\" [weight=\"1\", penwidth=\"5\""))
        #expect(!DOTWriter().render(Self.small)[0].contains("overlap"))
    }

    @Test func gexfHasSpellsOnlyWhenDocumentsHaveDates() {
        let dated = GEXFWriter().render(Self.small)[0]
        #expect(dated.contains("mode=\"dynamic\" timeformat=\"date\""))
        // Ada: 20 and 21 July, one run; x < y: 20 and 23 July, two.
        #expect(dated.contains("<spells><spell start=\"2016-07-20\" end=\"2016-07-21\"/></spells>"))
        #expect(dated.contains("<spells><spell start=\"2016-07-20\" end=\"2016-07-20\"/><spell start=\"2016-07-23\" end=\"2016-07-23\"/></spells>"))
        let undated = GEXFWriter().render(MarkedDocument.graph(["⟦PERSON:A⟧ met ⟦PERSON:B⟧"]))[0]
        #expect(undated.contains("mode=\"static\""))
        #expect(!undated.contains("spell"))
        #expect(!undated.contains("first_date"))
    }

    @Test func csvHasGephiHeaders() {
        let files = CSVWriter().render(Self.small)
        #expect(files[0].hasPrefix("Id,Label,type,entity,mentions,documents,windows,first_date,last_date\r\n"))
        #expect(files[1].hasPrefix("Source,Target,Type,Weight,count,documents,jaccard,dice,pmi,npmi,window,evidence_documents,example\r\n"))
        #expect(files[1].split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",Undirected,") })
    }

    @Test(arguments: [("graph.graphml", ExportFormat.graphml), ("x.GEXF", .gexf), ("a.gv", .dot), ("t_edges.csv", .csv),
                      ("g.json", .json)])
    func infersFormatsFromFileNames(name: String, format: ExportFormat) {
        #expect(ExportFormat(fileName: name) == format)
    }
}
