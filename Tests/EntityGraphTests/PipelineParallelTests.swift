import EntityGraph
import Foundation
import Testing

@Suite("Pipeline.extract(_:threads:)")
struct PipelineParallelTests {
    /// Every paragraph of the seeds as its own document: many documents of uneven sizes.
    static let documents: [Document] = {
        let folder = Fixtures.repository + "/seeds"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        var documents: [Document] = []
        for name in names {
            let text = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
            for (i, paragraph) in text.components(separatedBy: "\n\n").enumerated() where !paragraph.isEmpty {
                documents.append(Document(id: "\(name)#\(i)", text: paragraph, origin: name))
            }
        }
        return documents
    }()

    @Test("results come back in document order and equal the one-by-one extraction", arguments: [1, 2, 3, 4, 16])
    func sameAsSequential(threads: Int) {
        let pipeline = Fixtures.pipeline
        #expect(Self.documents.count > 20)
        let expected = Self.documents.map { pipeline.extract($0).result }
        let got = pipeline.extract(Self.documents, threads: threads).map(\.result)
        #expect(got.map(\.documentID) == Self.documents.map(\.id))
        #expect(got.map(\.mentions) == expected.map(\.mentions))
        #expect(got.map(\.sentenceCount) == expected.map(\.sentenceCount))
    }

    @Test("no documents, one document, more threads than documents", arguments: [0, 1, 3])
    func smallBatches(count: Int) {
        let documents = Array(Self.documents.prefix(count))
        let got = Fixtures.pipeline.extract(documents, threads: 8)
        #expect(got.map(\.result.documentID) == documents.map(\.id))
    }
}
