@testable import EntityGraph
import Foundation
import Testing

@Suite struct CorpusReaderTests {
    /// Writes `files` (relative path -> bytes) into a fresh folder.
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let root = try CorpusFixtures.temporaryFolder()
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    static func read(_ path: String, reader: CorpusReader = CorpusReader()) throws -> ([Document], [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        for file in try reader.files(for: [path]) {
            let (docs, diags) = try reader.documents(in: file)
            documents += docs
            diagnostics += diags
        }
        return (documents, diagnostics)
    }

    @Test func foldersAreReadRecursivelyInByteOrderByExtension() throws {
        let root = try Self.folder([
            "b.txt": Array("b".utf8), "a/z.jsonl": Array("{}".utf8), "a/B.html": [], "A.htm": [], "notes.md": [],
            ".hidden.txt": [], ".git/x.txt": [], "c.TXT": [], "é.txt": [],
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try CorpusReader().files(for: [root.path])
        #expect(files.map(\.idStem) == ["A", "a/B", "a/z", "b", "c", "é"])
        #expect(files.map { $0.path.replacingOccurrences(of: root.path + "/", with: "") } == ["A.htm", "a/B.html", "a/z.jsonl", "b.txt", "c.TXT", "é.txt"])
    }

    @Test func clashingIdsKeepTheirExtension() throws {
        let root = try Self.folder(["a.txt": [], "a.html": [], "b.txt": []])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CorpusReader().files(for: [root.path]).map(\.idStem) == ["a.html", "a.txt", "b"])
        // The same file named twice keeps its full path.
        let twice = try CorpusReader().files(for: [root.path + "/b.txt", root.path + "/b.txt"])
        #expect(twice.map(\.idStem) == [root.path + "/b.txt", root.path + "/b.txt"])
    }

    @Test func missingInputIsAnError() {
        #expect(throws: CorpusError.missingInput(path: "/no/such/file.txt")) {
            try CorpusReader().files(for: ["/no/such/file.txt"])
        }
        #expect(CorpusError.missingInput(path: "x.txt").description == "x.txt: no such file or directory")
    }

    @Test func textFile() throws {
        let root = try Self.folder(["seeds/000.txt": Array("Le ministre de la Défense est à Paris.\nNewsletter\n".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let (documents, diagnostics) = try Self.read(root.path + "/seeds")
        #expect(diagnostics == [])
        #expect(documents.count == 1)
        let document = try #require(documents.first)
        #expect(document.id == "000")
        #expect(document.text == "Le ministre de la Défense est à Paris.\nNewsletter\n")
        #expect(document.origin == root.path + "/seeds/000.txt")
        #expect(document.metadata == ["lang": "fr"])
        #expect(document.boilerplate.map(\.span) == [TextSpan(start: 41, end: 51)])
    }

    @Test func boilerplateDetectionCanBeSwitchedOff() throws {
        let root = try Self.folder(["a.txt": Array("Texte.\nNewsletter\n".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let (documents, _) = try Self.read(root.path, reader: CorpusReader(detectsBoilerplate: false))
        #expect(documents.first?.boilerplate == [])
    }

    @Test func jsonLines() throws {
        let lines = [
            #"{"id": "d1", "text": "Le ministre est à Paris.", "title": "Titre", "date": "25/10/2016", "url": "https://x.fr/1", "lang": "fr-FR"}"#,
            "",
            #"{"id": 42, "text": "The minister met his counterparts in Washington on Tuesday.", "source": "AFP", "rank": 3}"#,
            #"{"id": "d3", "text": "sans date", "date": "hier"}"#,
            #"not json"#,
            #"{"id": "d4"}"#,
            #"{"text": "Un texte sans identifiant, dans la ville."}"#,
            #"{"id": "d1", "text": "doublon"}"#,
            "{\"id\": \"d5\", \"text\": \"ligne CRLF\"}\r",
            #"{"id": "d6", "text": "derni\u00e8re ligne sans saut"}"#,
        ].joined(separator: "\n")
        let root = try Self.folder(["news.jsonl": [0xEF, 0xBB, 0xBF] + Array(lines.utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let (documents, diagnostics) = try Self.read(root.path + "/news.jsonl")
        #expect(documents.map(\.id) == ["d1", "42", "d3", "news:7", "d1", "d5", "d6"])
        #expect(documents[0].metadata == ["title": "Titre", "date": "2016-10-25", "url": "https://x.fr/1", "lang": "fr"])
        #expect(documents[0].origin == root.path + "/news.jsonl:1")
        #expect(documents[1].metadata == ["source": "AFP", "rank": "3", "lang": "en"])
        #expect(documents[2].metadata["date"] == nil)
        #expect(documents[6].text == "dernière ligne sans saut")
        let path = root.path + "/news.jsonl"
        #expect(diagnostics.map(\.description) == [
            "\(path):4: warning: unrecognized date 'hier' left out",
            "\(path):5: warning: not a JSON object, line skipped",
            "\(path):6: warning: no string field \"text\", line skipped",
            "\(path):7: warning: no field \"id\": document named 'news:7'",
            "\(path):8: warning: duplicate id 'd1'",
        ].map { $0.replacingOccurrences(of: "\(path):4: warning: unrecognized", with: "\(path):4: warning: unrecognized") })
    }

    @Test func htmlFile() throws {
        let page = "<html lang=\"fr\"><head><title>Titre | Site</title></head><body><nav>Menu</nav><p>Le texte.</p></body></html>"
        let root = try Self.folder(["page.html": Array(page.utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let (documents, diagnostics) = try Self.read(root.path + "/page.html")
        #expect(diagnostics == [])
        #expect(documents.map(\.id) == ["page"])
        #expect(documents.first?.text == "Titre | Site\n\nLe texte.")
        #expect(documents.first?.metadata == ["title": "Titre | Site", "lang": "fr"])
    }

    /// Standard input and files without a known extension: the format is sniffed from the first bytes.
    @Test(arguments: [
        ("{\"id\": 1, \"text\": \"x\"}\n", CorpusReader.Format.jsonl), ("  \n<!DOCTYPE html><html>", .html),
        ("<p>Un paragraphe</p>", .html), ("<3 Paris", .text), ("Le ministre", .text), ("", .text),
        ("\u{FEFF}<html><body>", .html),
    ])
    func sniffing(_ head: String, _ expected: CorpusReader.Format) {
        #expect(CorpusReader.sniff(Array(head.utf8)) == expected)
    }

    @Test func unknownExtensionIsSniffed() throws {
        let root = try Self.folder(["article": Array("<html><body><p>Bonjour de Paris.</p></body></html>".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let (documents, _) = try Self.read(root.path + "/article")
        #expect(documents.map(\.text) == ["Bonjour de Paris."])
    }

    /// Given language tags are reduced to their primary subtag; absent ones are detected, French by default.
    @Test(arguments: [("fr-FR", "fr"), ("en_US", "en"), ("EN", "en"), ("de", "de"), ("", nil), ("??", nil)])
    func languageCodes(_ tag: String, _ expected: String?) {
        #expect(CorpusReader.languageCode(tag) == expected)
    }

    @Test func streamingHandsOnDocumentsInOrder() throws {
        let root = try Self.folder(["n.jsonl": Array((1...5).map { "{\"id\": \($0), \"text\": \"t\"}" }.joined(separator: "\n").utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        var ids: [String] = []
        let file = try #require(try CorpusReader().files(for: [root.path]).first)
        try CorpusReader().forEachDocument(in: file) { ids.append($0.id) }
        #expect(ids == ["1", "2", "3", "4", "5"])
    }
}
