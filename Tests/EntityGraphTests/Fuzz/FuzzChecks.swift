import CLibXML2
@testable import EntityGraph
import Foundation

/// What each fuzz target runs on one input, and the invariants it asserts.
///
/// Shared by the libFuzzer targets (`Fuzz/Targets/*.swift`, built by `scripts/fuzz.sh`) and by
/// `FuzzRegressionTests`, which replays the inputs that once failed: one definition of "correct".
/// A broken invariant calls `FuzzChecks.fail`, which the fuzzer reports as a crash and the tests as an error.
enum FuzzChecks {
    /// A broken invariant: the fuzzer sees a crash, the regression test a thrown error.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) throws {
        if !condition() { throw Failure(description: message()) }
    }

    // MARK: - text: tokenizer, segmenter, normalizer, parts, extraction

    /// The pipeline the text target extracts with: the shipped lists and every rule when found, else a small inline list.
    nonisolated(unsafe) static var pipeline: Pipeline = {
        let candidates: [String?] = [ProcessInfo.processInfo.environment["ENTITYGRAPH_GAZETTEERS"], "gazetteers",
                                     URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../gazetteers").path]
        for case let folder? in candidates where FileManager.default.fileExists(atPath: folder) {
            if let pipeline = try? Pipeline(gazetteers: folder) { return pipeline }
        }
        let inline = "#! type=PERSON\nJean-Yves Le Drian\tLe Drian\nAshton Carter\n#! type=PLACE\nParis\tParis-Centre\n#! type=COUNTRY\nFrance\n"
        let files = [GazetteerFile(path: "inline.tsv", contents: inline)] + BuiltInVocabulary.files()
        return Pipeline.standard(CompiledGazetteer(Gazetteer(files: files)))
    }()

    /// Tokens, sentences and paragraphs are well-formed; mentions are ordered, disjoint, inside the text,
    /// and their JSON line parses back with code point offsets that slice the text to the mention.
    static func text(_ data: [UInt8]) throws {
        let text = String(decoding: data, as: UTF8.self)
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            var tokens = Tokenizer().tokens(in: buffer)
            var previousEnd = 0
            for token in tokens {
                try require(token.span.start >= previousEnd && token.span.start < token.span.end && token.span.end <= buffer.count,
                            "token \(token.span) after \(previousEnd) in \(buffer.count) bytes")
                try require(isBoundary(buffer, token.span.start) && isBoundary(buffer, token.span.end),
                            "token \(token.span) cuts a UTF-8 sequence")
                previousEnd = token.span.end
            }
            let (sentences, paragraphs) = Segmenter().segment(&tokens, bytes: buffer)
            try requirePartition(sentences, count: tokens.count, "sentences")
            try requirePartition(paragraphs, count: tokens.count, "paragraphs")
        }
        let document = Document(id: "fuzz", text: text, origin: "fuzz.txt")
        let (analyzed, result) = pipeline.extract(document)
        try require(analyzed.bytes == bytes, "analyzed bytes differ from the text")
        var end = 0
        for mention in result.mentions {
            try require(mention.span.start >= end && mention.span.start < mention.span.end && mention.span.end <= bytes.count,
                        "mention \(mention.span) overlaps or leaves the text")
            try require(mention.sentence >= 0 && mention.sentence < max(1, result.sentenceCount), "mention sentence \(mention.sentence)")
            end = mention.span.end
        }
        let line = result.jsonLine(text: analyzed)
        try require(!line.contains("\n"), "JSON line holds a line break")
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw Failure(description: "JSON line is not an object: \(line.prefix(200))")
        }
        let scalars = Array(text.unicodeScalars)
        for entity in object["entities"] as? [[String: Any]] ?? [] {
            guard let start = entity["start"] as? Int, let end = entity["end"] as? Int, 0 <= start, start <= end, end <= scalars.count
            else { throw Failure(description: "bad offsets in \(entity)") }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            try require(String(slice) == entity["text"] as? String, "text[\(start):\(end)] != \(entity["text"] ?? "nil")")
        }
    }

    private static func isBoundary(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        offset == buffer.count || buffer[offset] & 0xC0 != 0x80
    }

    private static func requirePartition(_ ranges: [Range<Int>], count: Int, _ what: String) throws {
        var next = 0
        for range in ranges {
            try require(range.lowerBound == next && !range.isEmpty, "\(what) \(ranges) do not partition \(count) tokens")
            next = range.upperBound
        }
        try require(next == count, "\(what) \(ranges) do not cover \(count) tokens")
    }

    // MARK: - gazetteer: list parser, writer, merger, compiler, cache

    /// Every error and warning names a line of the file; the entries the parser kept render back to a list that
    /// parses to the same entries (an edit never loses a line); the list merges with the built-in vocabulary,
    /// compiles, survives the cache's serialization, and finds its own names in its own text.
    static func gazetteer(_ data: [UInt8]) throws {
        let path = "fuzz.tsv"
        let lineCount = data.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let file = GazetteerFile(path: path, bytes: data)
        var previous = 0
        for entry in file.entries {
            try require(entry.line > previous && entry.line <= lineCount, "entry line \(entry.line) of \(lineCount)")
            try require(!entry.canonical.isEmpty, "empty canonical name at line \(entry.line)")
            previous = entry.line
        }
        for error in file.errors {
            let location = error.location ?? ""
            try require(location.hasPrefix(path + ":"), "error without its line: \(error)")
            try require(Int(location.dropFirst(path.count + 1)).map { (1...lineCount).contains($0) } == true, "error names a line out of the file: \(error)")
            try require(!error.reason.isEmpty && !error.description.contains("\n"), "unclear error: \(error)")
        }
        for diagnostic in file.diagnostics {
            try require(diagnostic.file == path && (1...lineCount).contains(diagnostic.line ?? 1), "diagnostic \(diagnostic)")
        }
        // What the writer keeps reads back as the same entries.
        let (text, leftOut) = GazetteerFile.render(file.entries, origin: path)
        let reparsed = GazetteerFile(path: "rendered.tsv", contents: text)
        try require(reparsed.errors.isEmpty, "rendered list has errors: \(reparsed.errors)\n\(text)")
        let omitted = Set(leftOut.filter { $0.message.contains("as a canonical name") }.compactMap(\.line))
        let kept = file.entries.filter { !omitted.contains($0.line) }
        // Two entries that render to the same line are one entry: the parser drops the repeated line with a warning.
        var written: [EntryContent] = []
        for entry in kept.map(EntryContent.writable) where !written.contains(entry) { written.append(entry) }
        let readBack = reparsed.entries.map(EntryContent.init)
        if written != readBack {
            let index = zip(written, readBack).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(written.count, readBack.count)
            throw Failure(description: "rendered list reads back differently: \(written.count) entries kept, \(readBack.count) read back; "
                + "first difference: \(index < written.count ? "\(written[index])" : "-") became "
                + "\(index < readBack.count ? "\(readBack[index])" : "-")\n\(text)")
        }
        let gazetteer = Gazetteer(files: [file] + builtInVocabulary)
        guard gazetteer.errors.isEmpty else { return }
        let compiled = CompiledGazetteer(gazetteer)
        guard let restored = CompiledGazetteer(serialized: compiled.serialized(key: "fuzz"), key: "fuzz") else {
            throw Failure(description: "the cache does not read back its own serialization")
        }
        let listText = String(decoding: data, as: UTF8.self)
        let document = Document(id: "list", text: listText)
        let (analyzed, result) = Pipeline.standard(compiled).extract(document)
        let (_, again) = Pipeline.standard(restored).extract(document)
        try require(result.mentions == again.mentions, "the cached gazetteer matches differently")
        var end = 0
        for mention in result.mentions {
            try require(mention.span.start >= end && mention.span.end <= analyzed.bytes.count, "mention \(mention.span)")
            end = mention.span.end
        }
    }

    /// The rules' word lists, parsed once.
    static let builtInVocabulary = BuiltInVocabulary.files()

    /// An entry without its line number.
    struct EntryContent: Equatable {
        let canonical: String
        let aliases: [String]
        let id: String?
        let attributes: [String: String]

        init(_ entry: GazetteerFile.Entry) {
            canonical = entry.canonical
            aliases = entry.aliases
            id = entry.id
            attributes = entry.attributes
        }

        private init(canonical: String, aliases: [String], id: String?, attributes: [String: String]) {
            self.canonical = canonical
            self.aliases = aliases
            self.id = id
            self.attributes = attributes
        }

        /// What the list format can hold of an entry (`GazetteerFile.render`'s contract): a repeated alias or one equal to
        /// the canonical name once; no alias with a TAB, `|`, line break or outer space; no attribute with an empty value,
        /// a `;`, TAB or line break. Everything else must come back.
        static func writable(_ entry: GazetteerFile.Entry) -> EntryContent {
            var seen: Set<String> = [entry.canonical]
            let aliases = entry.aliases.filter { alias in
                !alias.isEmpty && !alias.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x7C }
                    && alias.first?.isWhitespace != true && alias.last?.isWhitespace != true && seen.insert(alias).inserted
            }
            let attributes = entry.attributes.filter { key, value in
                key == "type" || key == "list"
                    || (!key.isEmpty && !value.isEmpty && !(key + value).utf8.contains { $0 == 0x3B || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
                        && !key.utf8.contains { $0 == 0x3D || $0 == 0x20 })
            }
            return EntryContent(canonical: entry.canonical, aliases: aliases, id: entry.id, attributes: attributes)
        }
    }

    // MARK: - html: the HTML reader

    /// A page reads without crashing or expanding: its text is at most six times its bytes (no entity
    /// bomb, no external entity), its date is yyyy-mm-dd, its warnings name the page.
    static func html(_ data: [UInt8]) throws {
        let page = HTMLReader().read(data, origin: "fuzz.html")
        // A malformed byte becomes U+FFFD (3 bytes); the headline may open the text as well as stand in a meta tag.
        // An entity bomb or an external entity would give thousands of times the input.
        try require(page.text.utf8.count <= 6 * data.count + 64, "\(data.count) bytes gave \(page.text.utf8.count) bytes of text")
        if let date = page.metadata["date"] {
            try require(date.utf8.count == 10 && DocumentDateShape.matches(date), "date '\(date)' is not yyyy-mm-dd")
        }
        for diagnostic in page.diagnostics { try require(diagnostic.file == "fuzz.html", "diagnostic \(diagnostic)") }
        try require(!page.text.unicodeScalars.contains("\0"), "NUL in the page text")
    }

    private enum DocumentDateShape {
        static func matches(_ date: String) -> Bool {
            Array(date.utf8).enumerated().allSatisfy { index, byte in
                index == 4 || index == 7 ? byte == 0x2D : (0x30...0x39).contains(byte)
            }
        }
    }

    // MARK: - jsonl: the JSON Lines reader

    /// Every line that holds a JSON object with a string "text" gives documents, whatever the other lines hold;
    /// parts stay under the size bound; warnings name existing lines.
    static func jsonl(_ data: [UInt8], scratch: String) throws {
        try Data(data).write(to: URL(fileURLWithPath: scratch))
        let bound = 256
        let reader = CorpusReader(maximumDocumentBytes: bound)
        var documents: [Document] = []
        let diagnostics = try reader.forEachDocument(in: .init(path: scratch, idStem: "fuzz")) { documents.append($0) }
        // A UTF-16 byte order mark: the reader converts the file first (its own tests check the conversion).
        var utf8 = data
        if data.count >= 2, data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF {
            var converter = UTF16Converter(bigEndian: data[0] == 0xFE)
            utf8 = []
            converter.convert(data[2...], final: true, into: &utf8)
        }
        var rawLines = utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        if rawLines.last?.isEmpty == true { rawLines.removeLast() }
        var expectedLines: [Int] = []
        for (index, raw) in rawLines.enumerated() {
            var line = raw
            if index == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            let text = String(decoding: line, as: UTF8.self).replacingOccurrences(of: "\0", with: "\u{FFFD}")
            if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], object["text"] is String {
                expectedLines.append(index + 1)
            }
        }
        var seenLines: [Int] = []
        for document in documents {
            try require(document.text.utf8.count <= bound, "part of \(document.text.utf8.count) bytes over the bound \(bound)")
            try require(!document.id.isEmpty, "empty id")
            guard let colon = document.origin.lastIndex(of: ":"), let line = Int(document.origin[document.origin.index(after: colon)...])
            else { throw Failure(description: "origin '\(document.origin)' names no line") }
            if seenLines.last != line { seenLines.append(line) }
        }
        try require(seenLines == expectedLines, "documents from lines \(seenLines), objects with text on lines \(expectedLines)")
        for diagnostic in diagnostics {
            try require(diagnostic.line.map { (1...rawLines.count + 1).contains($0) } ?? true, "diagnostic \(diagnostic)")
        }
    }

    // MARK: - roundtrip: graph -> GraphML, GEXF, DOT, JSON -> parsed back

    /// A graph whose names come from the input (any scalars: controls, U+FFFE, quotes, "]]>", DOT keywords).
    static func graph(_ data: [UInt8]) -> CooccurrenceGraph {
        let names = data.split(separator: 0xFF, omittingEmptySubsequences: false).prefix(64).map { String(decoding: $0, as: UTF8.self) }
        var nodes: [CooccurrenceGraph.Node] = []
        for (index, name) in names.enumerated() {
            let type = EntityType.allCases[index % EntityType.allCases.count]
            nodes.append(.init(id: "local:x/\(index)-" + name, label: name, type: type, mentions: index + 1, documents: 1, windows: 64))
        }
        var edges: [CooccurrenceGraph.Edge] = []
        if nodes.count > 1 {
            for index in 1..<nodes.count { edges.append(.init(source: index / 2, target: index, count: index, documents: 1)) }
        }
        return CooccurrenceGraph(window: .sentence, documentIDs: ["fuzz"], windowCount: 64, nodes: nodes, edges: edges)
    }

    /// Each export parses back (libxml2 without entity substitution or network; a DOT lexer; JSONSerialization) to the
    /// same node and edge counts and the same labels, less what the format cannot carry (Decision 0205's table).
    static func roundTrip(_ data: [UInt8]) throws {
        let graph = graph(data)
        // GraphML and DOT leave blank values out (ExportSchema.Value.isBlank): a name of spaces and line breaks reads back empty.
        let names = graph.nodes.map { node in node.label.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? "" : node.label }
        let xmlLabels = names.map(xmlCarried)
        let graphml = ExportFormat.graphml.writer.render(graph)[0]
        let graphmlLabels = try xmlLabelsOf(graphml, element: "node", labelFrom: { labelData($0, key: "v_label") })
        try require(graphmlLabels == xmlLabels, "GraphML labels \(graphmlLabels) differ from \(xmlLabels)")
        let graphmlEdges = try xmlCount(graphml, element: "edge")
        try require(graphmlEdges == graph.edges.count, "GraphML has \(graphmlEdges) edges")
        let gexf = ExportFormat.gexf.writer.render(graph)[0]
        let gexfLabels = try xmlLabelsOf(gexf, element: "node", labelFrom: { attribute($0, "label") })
        // GEXF's label is an attribute, written even when blank.
        let gexfExpected = graph.nodes.map { xmlCarried($0.label) }
        try require(gexfLabels == gexfExpected, "GEXF labels \(gexfLabels) differ from \(gexfExpected)")
        let gexfEdges = try xmlCount(gexf, element: "edge")
        try require(gexfEdges == graph.edges.count, "GEXF has \(gexfEdges) edges")
        let dot = ExportFormat.dot.writer.render(graph)[0]
        let parsed = try DOTDocument(dot)
        let dotLabels = names.map(dotCarried)
        try require(parsed.labels == dotLabels, "DOT labels \(parsed.labels) differ from \(dotLabels)")
        try require(parsed.edgeCount == graph.edges.count, "DOT edge count \(parsed.edgeCount)")
        let json = ExportFormat.json.writer.render(graph)[0]
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let jsonNodes = object["nodes"] as? [[String: Any]], let jsonLinks = object["links"] as? [[String: Any]] else {
            throw Failure(description: "JSON export has no nodes and links")
        }
        let jsonLabels = jsonNodes.map { $0["label"] as? String ?? "" }
        try require(jsonLabels == graph.nodes.map(\.label), "JSON labels \(jsonLabels) differ from the names (JSON is exact)")
        try require(jsonLinks.count == graph.edges.count, "JSON has \(jsonLinks.count) links")
    }

    /// What survives XML 1.0: unrepresentable scalars become U+FFFD.
    static func xmlCarried(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for s in name.unicodeScalars { out.append(Escaping.isUnrepresentable(s) ? "\u{FFFD}" : s) }
        return String(out)
    }

    /// What survives a DOT label: LF, CR and CRLF read back as one line break, unrepresentable scalars as U+FFFD.
    static func dotCarried(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for s in name.unicodeScalars {
            defer { afterCR = s == "\r" }
            if s == "\n" && afterCR { continue }
            if s == "\r" || s == "\n" { out.append("\n"); continue }
            out.append(Escaping.isUnrepresentable(s) ? "\u{FFFD}" : s)
        }
        return String(out)
    }

    /// Parses `xml` with libxml2 as a consumer would, entities left unexpanded and the network off.
    static func withXMLDocument<T>(_ xml: String, _ body: (xmlDocPtr) throws -> T) throws -> T {
        let bytes = Array(xml.utf8)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32(buffer.count), "export.xml", "UTF-8", options) }
        }
        guard let document else {
            let error = xmlGetLastError().map { String(cString: $0.pointee.message).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "?"
            throw Failure(description: "export is not well-formed XML: \(error)")
        }
        defer { xmlFreeDoc(document) }
        return try body(document)
    }

    static func elements(_ node: xmlNodePtr?, named name: String, into result: inout [xmlNodePtr]) {
        var child = node
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                if String(cString: current.pointee.name) == name { result.append(current) }
                elements(current.pointee.children, named: name, into: &result)
            }
            child = current.pointee.next
        }
    }

    static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { eg_xmlFree(value) }
        return String(cString: value)
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { eg_xmlFree(value) }
        return String(cString: value)
    }

    static func labelData(_ node: xmlNodePtr, key: String) -> String? {
        var data: [xmlNodePtr] = []
        elements(node.pointee.children, named: "data", into: &data)
        return data.first { attribute($0, "key") == key }.map(content)
    }

    static func xmlLabelsOf(_ xml: String, element: String, labelFrom: (xmlNodePtr) -> String?) throws -> [String] {
        try withXMLDocument(xml) { document in
            var nodes: [xmlNodePtr] = []
            elements(xmlDocGetRootElement(document), named: element, into: &nodes)
            // A writer may leave an empty value out; a reader then sees no value, which means the same.
            return nodes.map { labelFrom($0) ?? "" }
        }
    }

    static func xmlCount(_ xml: String, element: String) throws -> Int {
        try withXMLDocument(xml) { document in
            var nodes: [xmlNodePtr] = []
            elements(xmlDocGetRootElement(document), named: element, into: &nodes)
            return nodes.count
        }
    }
}

/// Just enough of Graphviz's DOT grammar to check our own output: every token lexes, every quoted
/// string closes, braces and brackets balance, and node labels and edges can be read back.
struct DOTDocument {
    enum Token: Equatable {
        case id(String)
        case quoted(String)
        case punctuation(String)
    }

    private(set) var labels: [String] = []
    private(set) var edgeCount = 0

    init(_ text: String) throws {
        let tokens = try DOTDocument.lex(Array(text.utf8))
        var depth = 0
        var index = 0
        // A node statement without a label attribute has the empty label.
        var pendingNode: Int?
        while index < tokens.count {
            let token = tokens[index]
            switch token {
            case .punctuation("{"), .punctuation("["): depth += 1
            case .punctuation("}"), .punctuation("]"):
                pendingNode = nil
                depth -= 1
                try FuzzChecks.require(depth >= 0, "DOT: unbalanced \(token)")
            case .punctuation("--"): edgeCount += 1
            case .quoted(let id) where id.hasPrefix("n") && id.count > 1 && id.dropFirst().allSatisfy(\.isNumber)
                && (index == 0 || tokens[index - 1] != .punctuation("--")) && index + 1 < tokens.count && tokens[index + 1] == .punctuation("["):
                labels.append("")
                pendingNode = labels.count - 1
            case .id("label") where pendingNode != nil:
                guard index + 2 < tokens.count, tokens[index + 1] == .punctuation("="), case .quoted(let label) = tokens[index + 2] else {
                    throw FuzzChecks.Failure(description: "DOT: label without a quoted value")
                }
                labels[pendingNode!] = DOTDocument.unescapeLabel(label)
                pendingNode = nil
                index += 2
            default: break
            }
            index += 1
        }
        try FuzzChecks.require(depth == 0, "DOT: \(depth) unclosed braces or brackets")
    }

    /// Graphviz's label escapes that our writer uses: `\\` and `\n` (`\"` is undone by the lexer).
    static func unescapeLabel(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var escaped = false
        for s in raw.unicodeScalars {
            if escaped {
                out.append(s == "n" ? "\n" : s)
                escaped = false
            } else if s == "\\" {
                escaped = true
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// graphviz.org/doc/info/lang.html: IDs, numerals, quoted strings (only `\"` is escaped), comments, operators.
    static func lex(_ bytes: [UInt8]) throws -> [Token] {
        var tokens: [Token] = []
        var i = 0
        func isIDByte(_ b: UInt8) -> Bool { b >= 0x80 || b == 0x5F || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            case 0x00: throw FuzzChecks.Failure(description: "DOT: NUL byte at \(i)")
            case 0x2F where i + 1 < bytes.count && bytes[i + 1] == 0x2F:
                while i < bytes.count && bytes[i] != 0x0A { i += 1 }
            case 0x2F where i + 1 < bytes.count && bytes[i + 1] == 0x2A:
                guard let close = (i + 2..<max(i + 2, bytes.count - 1)).first(where: { bytes[$0] == 0x2A && bytes[$0 + 1] == 0x2F }) else {
                    throw FuzzChecks.Failure(description: "DOT: unclosed comment")
                }
                i = close + 2
            case 0x22:
                var value: [UInt8] = []
                i += 1
                var closed = false
                while i < bytes.count {
                    if bytes[i] == 0x5C, i + 1 < bytes.count, bytes[i + 1] == 0x22 { value.append(0x22); i += 2; continue }
                    if bytes[i] == 0x5C, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 2; continue }
                    if bytes[i] == 0x5C, i + 1 < bytes.count { value.append(contentsOf: bytes[i...i + 1]); i += 2; continue }
                    if bytes[i] == 0x22 { closed = true; i += 1; break }
                    if bytes[i] == 0x0A || bytes[i] == 0x0D { throw FuzzChecks.Failure(description: "DOT: raw line break in a quoted string") }
                    value.append(bytes[i])
                    i += 1
                }
                try FuzzChecks.require(closed, "DOT: unclosed quoted string")
                tokens.append(.quoted(String(decoding: value, as: UTF8.self)))
            case 0x3C:
                // An HTML-like string: balanced angle brackets.
                var depth = 0
                let start = i
                repeat {
                    if bytes[i] == 0x3C { depth += 1 } else if bytes[i] == 0x3E { depth -= 1 }
                    i += 1
                } while depth > 0 && i < bytes.count
                try FuzzChecks.require(depth == 0, "DOT: unclosed HTML string")
                tokens.append(.id(String(decoding: bytes[start..<i], as: UTF8.self)))
            case 0x7B, 0x7D, 0x5B, 0x5D, 0x3B, 0x2C, 0x3D, 0x3A:
                tokens.append(.punctuation(String(UnicodeScalar(b))))
                i += 1
            case 0x2D where i + 1 < bytes.count && (bytes[i + 1] == 0x2D || bytes[i + 1] == 0x3E):
                tokens.append(.punctuation(bytes[i + 1] == 0x2D ? "--" : "->"))
                i += 2
            default:
                guard isIDByte(b) || b == 0x2D || b == 0x2E else {
                    throw FuzzChecks.Failure(description: "DOT: unexpected byte \(b) at \(i)")
                }
                let start = i
                while i < bytes.count, isIDByte(bytes[i]) || bytes[i] == 0x2E { i += 1 }
                if i == start { i += 1 }
                tokens.append(.id(String(decoding: bytes[start..<i], as: UTF8.self)))
            }
        }
        return tokens
    }
}
