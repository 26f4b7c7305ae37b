@testable import EntityGraph
import Foundation
import Testing

/// Corrupt input gives a warning or a clear error, never a crash.
@Suite struct CorpusCorruptInputTests {
    static func readOne(_ bytes: [UInt8], name: String = "bad.txt", reader: CorpusReader = CorpusReader())
        throws -> (documents: [Document], diagnostics: [String], path: String) {
        let root = try CorpusReaderTests.folder([name: bytes])
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.path + "/" + name
        let (documents, diagnostics) = try CorpusReaderTests.read(path, reader: reader)
        return (documents, diagnostics.map { $0.description.replacingOccurrences(of: path, with: "FILE") }, path)
    }

    @Test func latin1Bytes() throws {
        // "Défense à Paris" in Latin-1: é = E9, à = E0.
        let (documents, diagnostics, _) = try Self.readOne(Array("Le ministre\nde la D".utf8) + [0xE9] + Array("fense ".utf8) + [0xE0] + Array(" Paris".utf8))
        #expect(documents.map(\.text) == ["Le ministre\nde la D\u{FFFD}fense \u{FFFD} Paris"])
        #expect(diagnostics == ["FILE:2: warning: invalid UTF-8 at byte 19, replaced by U+FFFD (2 invalid sequences in all); "
                                + "a Latin-1 file can be converted with iconv -f latin1 -t utf-8"])
    }

    @Test func truncatedUTF8Sequence() throws {
        // "Défense" cut inside "é" (C3 A9) at the end of the file.
        let (documents, diagnostics, _) = try Self.readOne(Array("D".utf8) + [0xC3])
        #expect(documents.map(\.text) == ["D\u{FFFD}"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("FILE:1: warning: invalid UTF-8 at byte 1, replaced by U+FFFD") == true)
    }

    @Test func nulByte() throws {
        let (documents, diagnostics, _) = try Self.readOne(Array("Paris".utf8) + [0] + Array(" et Berlin".utf8))
        #expect(documents.map(\.text) == ["Paris\u{FFFD} et Berlin"])
        #expect(diagnostics == ["FILE:1: warning: NUL byte at byte 5, replaced by U+FFFD"])
    }

    @Test func emptyFile() throws {
        let (documents, diagnostics, _) = try Self.readOne([])
        #expect(documents.isEmpty)
        #expect(diagnostics == ["FILE: warning: empty file, no document"])
    }

    @Test func binaryFile() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]
        let (documents, diagnostics, _) = try Self.readOne(png)
        #expect(documents.isEmpty)
        #expect(diagnostics == ["FILE: warning: binary file (NUL or control bytes), skipped"])
    }

    @Test func invalidUTF8InAJSONLine() throws {
        let line = Array(#"{"id": "a", "text": "D"#.utf8) + [0xE9] + Array(#"fense"}"#.utf8)
        let (documents, diagnostics, _) = try Self.readOne(Array("{\"id\": \"z\", \"text\": \"ok\"}\n".utf8) + line, name: "bad.jsonl")
        #expect(documents.map(\.text) == ["ok", "D\u{FFFD}fense"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("FILE:2: warning: invalid UTF-8 at byte 22 of the line") == true)
    }

    @Test func htmlDeclaredUTF8WithLatin1Bytes() throws {
        let page = Array("<meta charset=\"utf-8\"><p>D".utf8) + [0xE9] + Array("fense</p>".utf8)
        let (documents, diagnostics, _) = try Self.readOne(page, name: "page.html")
        #expect(documents.map(\.text) == ["D\u{FFFD}fense"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.contains("invalid UTF-8 at byte 26") == true)
    }

    @Test func unreadableFolderGivenAsFile() throws {
        let root = try CorpusFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: CorpusError.self) {
            try CorpusReader().documents(in: CorpusReader.InputFile(path: root.path, idStem: "x"))
        }
    }

    /// A 50 MB file with no line break is read in parts of at most `maximumDocumentBytes`, cut at spaces,
    /// so the memory of one document (and of its analysis) stays bounded; the parts put together are the file.
    @Test func fiftyMegabytesWithoutNewline() throws {
        let word = Array("Paris Berlin Moscou Washington Mossoul Raqqa ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50_000_000 + word.count)
        while bytes.count < 50_000_000 { bytes.append(contentsOf: word) }
        let reader = CorpusReader(maximumDocumentBytes: 8 << 20)
        let root = try CorpusReaderTests.folder(["big.txt": bytes])
        defer { try? FileManager.default.removeItem(at: root) }
        let file = try #require(try reader.files(for: [root.path]).first)
        var count = 0
        var total = 0
        var rejoined = true
        var largest = 0
        let diagnostics = try reader.forEachDocument(in: file) { document in
            count += 1
            let part = Array(document.text.utf8)
            largest = max(largest, part.count)
            if part != Array(bytes[total..<(total + part.count)]) { rejoined = false }
            total += part.count
            #expect(document.id == "big#\(count)")
            #expect(document.metadata["part"] == String(count))
            if count == 1 {
                let analyzed = AnalyzedText(String(document.text.prefix(100_000)), lexicon: Lexicon())
                #expect(analyzed.tokens.count > 10_000)
            }
        }
        #expect(count == 6)
        #expect(total == bytes.count && rejoined)
        #expect(largest <= 8 << 20)
        #expect(diagnostics.map(\.message) == ["more than 8388608 bytes: split into documents 'big#1', 'big#2', ... at paragraph or line breaks"])
    }

    /// Cut points: after a blank line, else a line break, else a sentence, else a space, else a character boundary.
    @Test(arguments: [
        ("aaaa\n\nbbbb\ncc", 12, 11), ("aaaaaaa\n\nbb\ncc", 13, 9), ("aaaa bbbb\ncccc dd", 14, 10), ("aaa. bbb ccc ddd", 12, 9), ("aaaa bbbb cccc", 12, 10),
        ("aaaaaaéééé", 9, 8), ("aaaaaaaaaaaaaaa", 10, 10),
    ])
    func cutPoints(_ text: String, _ limit: Int, _ expected: Int) {
        #expect(CorpusReader.cutPoint(Array(text.utf8)[...], limit: limit) == expected)
    }
}
