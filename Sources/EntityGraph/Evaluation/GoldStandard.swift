import Foundation

/// Gold annotations per document, from our JSONL format or from CoNLL BIO files.
///
/// JSONL: one object per document with `id` and `entities` (`start`, `end`, `type`,
/// code point offsets), optionally `text`. CoNLL: one `TOKEN ... TAG` per line with
/// BIO/IOB2 tags in the last column, blank lines between sentences, `-DOCSTART-`
/// between documents; the text is rebuilt by joining tokens with spaces.
public struct GoldStandard: Sendable {
    /// Annotations per document id.
    public var documents: [String: [Annotation]]
    /// Texts per document id, when the gold file carries them.
    public var texts: [String: String]
    /// Document ids in file order.
    public var order: [String]

    /// Reads a gold file; `.conll`, `.bio`, `.iob` and `.conllu` are CoNLL, anything else JSONL.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        let ext = (path as NSString).pathExtension.lowercased()
        if ["conll", "bio", "iob", "conllu"].contains(ext) {
            try self.init(conll: String(decoding: data, as: UTF8.self), path: path)
        } else {
            try self.init(jsonLines: data, path: path)
        }
    }

    /// Parses gold JSONL.
    public init(jsonLines data: Data, path: String) throws {
        documents = [:]
        texts = [:]
        order = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"] as? String, let entities = object["entities"] as? [[String: Any]] else {
                throw CorpusError.malformedJSONLine(path: path, line: lineNumber, reason: "expected {\"id\": ..., \"entities\": [...]}")
            }
            var annotations: [Annotation] = []
            for entity in entities {
                guard let start = entity["start"] as? Int, let end = entity["end"] as? Int, let type = entity["type"] as? String,
                      start <= end else {
                    throw CorpusError.malformedJSONLine(path: path, line: lineNumber,
                                                        reason: "entity without integer start <= end and string type")
                }
                annotations.append(Annotation(start: start, end: end, type: type))
            }
            if documents[id] == nil { order.append(id) }
            documents[id] = annotations
            if let text = object["text"] as? String { texts[id] = text }
        }
    }

    /// Parses CoNLL BIO text.
    public init(conll: String, path: String) throws {
        documents = [:]
        texts = [:]
        order = []
        var text: [Unicode.Scalar] = []
        var annotations: [Annotation] = []
        var open: (start: Int, end: Int, type: String)?
        var documentNumber = 0
        var lineStart = true
        func closeEntity() {
            if let o = open { annotations.append(Annotation(start: o.start, end: o.end, type: o.type)); open = nil }
        }
        func finishDocument() {
            closeEntity()
            guard !text.isEmpty else { return }
            documentNumber += 1
            let id = "\((path as NSString).lastPathComponent):\(documentNumber)"
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text)
            documents[id] = annotations
            texts[id] = String(view)
            order.append(id)
            text = []
            annotations = []
            lineStart = true
        }
        var lineNumber = 0
        for rawLine in conll.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty {
                closeEntity()
                if !lineStart { text.append("\n"); lineStart = true }
                continue
            }
            if columns[0] == "-DOCSTART-" { finishDocument(); continue }
            guard columns.count >= 2 else {
                throw EvaluationError.badCoNLLLine(file: path, line: lineNumber, reason: "expected TOKEN ... TAG")
            }
            let tag = columns[columns.count - 1]
            if !lineStart { text.append(" ") }
            let start = text.count
            text.append(contentsOf: columns[0].unicodeScalars)
            lineStart = false
            if tag == "O" { closeEntity(); continue }
            guard tag.count > 2, tag.hasPrefix("B-") || tag.hasPrefix("I-") else {
                throw EvaluationError.badCoNLLLine(file: path, line: lineNumber, reason: "tag '\(tag)' is not O, B-TYPE or I-TYPE")
            }
            let type = String(tag.dropFirst(2))
            if tag.hasPrefix("I-"), let o = open, o.type == type { open = (o.start, text.count, type); continue }
            closeEntity()
            open = (start, text.count, type)
        }
        finishDocument()
    }
}
