import Foundation

/// Reads documents from files, folders (recursive, sorted) and standard input, one document at a time.
///
/// - `.txt`: one document, UTF-8; malformed bytes and NUL become U+FFFD with one warning naming the byte offset.
/// - `.html`, `.htm`: one document, the page's title and article text (see `HTMLReader`).
/// - `.jsonl`: one document per line: `id`, `text`, optional `title`, `date`, `url`, `lang`.
/// - Standard input ("-") and files with other extensions: the format is sniffed from the first bytes.
///
/// Every document gets its boilerplate lines (`BoilerplateDetector`), a `lang`
/// (given, else detected, else `fr`) and its `date` as yyyy-mm-dd when the input
/// gives one. Documents larger than `maximumDocumentBytes` are split into parts
/// at paragraph or line breaks (`id#1`, `id#2`, ...), so memory stays bounded; a JSON
/// line or an HTML page larger than `maximumInputBytes` is skipped with a warning.
/// Files that start with a UTF-16 byte order mark are converted to UTF-8 as they are read.
public struct CorpusReader: Sendable {
    /// One input file and the id prefix of its documents.
    public struct InputFile: Sendable, Equatable {
        /// Path of the file, or "-" for standard input.
        public var path: String
        /// The document id: the path relative to the input folder without extension (with it when two would clash).
        public var idStem: String

        /// Creates an input file.
        public init(path: String, idStem: String) {
            self.path = path
            self.idStem = idStem
        }
    }

    /// The input formats.
    public enum Format: String, Sendable {
        /// Plain UTF-8 text, one document.
        case text
        /// An HTML page, one document.
        case html
        /// JSON Lines, one document per line.
        case jsonl
    }

    /// File extensions read from folders, and their formats.
    public static let formats: [String: Format] = [
        "txt": .text, "text": .text, "html": .html, "htm": .html, "xhtml": .html, "jsonl": .jsonl, "ndjson": .jsonl,
    ]

    /// File extensions read from folders.
    public static var extensions: Set<String> { Set(formats.keys) }

    /// Documents longer than this many bytes of text are split into parts.
    public var maximumDocumentBytes: Int
    /// JSON lines and HTML pages longer than this are skipped with a warning that names the CLI's
    /// `--max-document-size`; plain text of any size is read in parts instead.
    public var maximumInputBytes: Int

    /// The command-line option that sets `maximumInputBytes`, named in the warnings that skip a document.
    public static let maximumInputOption = "--max-document-size"
    /// Whether page chrome is marked in `Document.boilerplate`.
    public var detectsBoilerplate: Bool
    /// Whether documents are handed on analyzed (boilerplate, detected language); when false, the caller runs
    /// `analyze(_:)` itself, e.g. on several threads: it is most of the reader's time (Decision 0801).
    public var analyzesDocuments = true

    /// Creates a reader.
    public init(maximumDocumentBytes: Int = 8 << 20, detectsBoilerplate: Bool = true, maximumInputBytes: Int = 64 << 20) {
        precondition(maximumDocumentBytes >= 64, "maximumDocumentBytes too small")
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumInputBytes = max(1, maximumInputBytes)
        self.detectsBoilerplate = detectsBoilerplate
    }

    // MARK: - Files

    /// The files named by `inputs`, folders expanded recursively in byte order, hidden files skipped.
    public func files(for inputs: [String]) throws -> [InputFile] {
        var result: [(file: InputFile, relative: String)] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { result.append((InputFile(path: "-", idStem: "stdin"), "stdin")); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else { throw CorpusError.missingInput(path: input) }
            if !isDirectory.boolValue {
                let name = (input as NSString).lastPathComponent
                result.append((InputFile(path: input, idStem: (name as NSString).deletingPathExtension), name))
                continue
            }
            guard let enumerator = fm.enumerator(atPath: input) else {
                throw CorpusError.unreadable(path: input, reason: "cannot list folder")
            }
            var relatives: [String] = []
            while let relative = enumerator.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                // A folder named "notes.txt" is walked into, not read as a file.
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { continue }
                let ext = (relative as NSString).pathExtension.lowercased()
                if CorpusReader.formats[ext] != nil { relatives.append(relative) }
            }
            // Byte order, not locale order: the same on every machine.
            relatives.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            if relatives.isEmpty { throw CorpusError.emptyFolder(path: input) }
            let base = input.hasSuffix("/") ? input : input + "/"
            for relative in relatives {
                result.append((InputFile(path: base + relative, idStem: (relative as NSString).deletingPathExtension), relative))
            }
        }
        // "a.txt" and "a.html" side by side keep their extensions; the same file named twice keeps its full path.
        var stems: [String: Int] = [:]
        for entry in result { stems[entry.file.idStem, default: 0] += 1 }
        var withExtension: [String: Int] = [:]
        for entry in result where stems[entry.file.idStem]! > 1 { withExtension[entry.relative, default: 0] += 1 }
        return result.map { entry in
            var file = entry.file
            if stems[file.idStem]! > 1 { file.idStem = withExtension[entry.relative]! > 1 ? file.path : entry.relative }
            return file
        }
    }

    /// The format of a file from its extension, or nil when it must be sniffed (standard input, other extensions).
    public func format(of file: InputFile) -> Format? {
        file.path == "-" ? nil : CorpusReader.formats[(file.path as NSString).pathExtension.lowercased()]
    }

    // MARK: - Documents

    /// The documents of one file, with warnings about its content.
    public func documents(in file: InputFile) throws -> (documents: [Document], diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        let diagnostics = try forEachDocument(in: file) { documents.append($0) }
        return (documents, diagnostics)
    }

    /// Reads the documents of one file in order, handing each to `body` as soon as it is read; returns the file's warnings.
    ///
    /// Throws only when the file cannot be read at all; what is wrong inside it
    /// (bad bytes, bad lines, binary content) becomes a warning.
    @discardableResult
    public func forEachDocument(in file: InputFile, _ body: (Document) throws -> Void) throws -> [Diagnostic] {
        let source = try ByteSource(path: file.path)
        var format = self.format(of: file)
        if format == nil {
            var head: [UInt8] = []
            try source.read(into: &head, maximum: 4096)
            format = CorpusReader.sniff(head)
            source.unread(head)
        }
        return try withoutActuallyEscaping(body) { body in
            var context = Context(reader: self, file: file, body: body)
            switch format! {
            case .text: try readText(source, &context)
            case .html: try readHTML(source, &context)
            case .jsonl: try readJSONLines(source, &context)
            }
            if let encoding = source.convertedFrom {
                context.diagnostics.insert(Diagnostic(file: file.path, message: "\(encoding) text (byte order mark) converted to UTF-8; "
                                                      + "offsets count the characters of the converted text"), at: 0)
            }
            return context.diagnostics
        }
    }

    /// What one file's reading carries along: where documents go and the warnings so far.
    struct Context {
        let reader: CorpusReader
        let file: InputFile
        let body: (Document) throws -> Void
        var diagnostics: [Diagnostic] = []

        init(reader: CorpusReader, file: InputFile, body: @escaping (Document) throws -> Void) {
            self.reader = reader
            self.file = file
            self.body = body
        }

        mutating func warn(_ message: String, line: Int? = nil, origin: String? = nil) {
            diagnostics.append(Diagnostic(file: origin ?? file.path, line: line, message: message))
        }

        /// Completes a document (boilerplate, language, date) and hands it on.
        mutating func emit(_ document: Document) throws {
            var document = document
            reader.complete(&document, diagnostics: &diagnostics)
            try body(document)
        }
    }

    /// Guesses the format of standard input or of a file without a known extension from its first bytes.
    static func sniff(_ head: [UInt8]) -> Format {
        var start = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        guard start < head.count else { return .text }
        if head[start] == 0x7B { return .jsonl }
        if head[start] == 0x3C {
            let lower = String(decoding: head[start...].prefix(1024), as: UTF8.self).lowercased()
            if ["<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta", "<title"]
                .contains(where: { lower.contains($0) }) { return .html }
        }
        return .text
    }

    // MARK: - Completing documents

    /// Marks boilerplate, normalizes or detects the language, normalizes the date.
    func complete(_ document: inout Document, diagnostics: inout [Diagnostic]) {
        if let given = document.metadata["lang"] {
            // An unusable tag is replaced by the detected language in `analyze(_:)`.
            document.metadata["lang"] = CorpusReader.languageCode(given)
        }
        if analyzesDocuments { analyze(&document) }
        if let raw = document.metadata["date"] {
            if let date = DocumentDate.iso(from: raw) {
                document.metadata["date"] = date
            } else {
                document.metadata["date"] = nil
                diagnostics.append(Diagnostic(file: document.origin, message: "unrecognized date '\(raw)' left out"))
            }
        }
    }

    /// Marks the document's boilerplate and detects its language when the input gave none: the costly, per-document
    /// part of reading, which depends on nothing else (done by the reader unless `analyzesDocuments` is false).
    public func analyze(_ document: inout Document) {
        if detectsBoilerplate { document.boilerplate = BoilerplateDetector().boilerplate(in: document.text) }
        if document.metadata["lang"] == nil {
            document.metadata["lang"] = (LanguageDetector().language(of: document.text) ?? .french).rawValue
        }
    }

    /// The primary language subtag of a language tag ("fr-FR" -> "fr", "en_US" -> "en"), or nil when empty.
    static func languageCode(_ tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard !primary.isEmpty, primary.count <= 8, primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary
    }

    // MARK: - Splitting

    /// Where to cut `bytes` so that the first part has at most `limit` bytes: after a blank line, else after a
    /// line break, else after a sentence, else at a space, else at a UTF-8 character boundary.
    static func cutPoint(_ bytes: ArraySlice<UInt8>, limit: Int) -> Int {
        let start = bytes.startIndex
        let end = start + limit
        let floor = start + limit / 2
        func lastIndex(after from: Int, where match: (Int) -> Bool) -> Int? {
            var k = end - 1
            while k > from { if match(k) { return k + 1 }; k -= 1 }
            return nil
        }
        if let k = lastIndex(after: floor, where: { bytes[$0] == 0x0A && bytes[$0 - 1] == 0x0A }) { return k - start }
        if let k = lastIndex(after: floor, where: { bytes[$0] == 0x0A }) { return k - start }
        if let k = lastIndex(after: floor, where: { bytes[$0] == 0x20 && [0x2E, 0x21, 0x3F].contains(bytes[$0 - 1]) }) {
            return k - start
        }
        if let k = lastIndex(after: floor, where: { bytes[$0] == 0x20 }) { return k - start }
        var k = end
        while k > floor, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return k - start
    }

    /// Hands on a document's text, split into parts when it is too long.
    private func emitInParts(_ document: Document, _ context: inout Context) throws {
        let bytes = Array(document.text.utf8)
        guard bytes.count > maximumDocumentBytes else { return try context.emit(document) }
        context.warn("document '\(document.id)' has \(bytes.count) bytes, more than \(maximumDocumentBytes): split into parts "
                     + "'\(document.id)#1', '\(document.id)#2', ...", origin: document.origin)
        var start = 0
        var number = 1
        while start < bytes.count {
            let length = bytes.count - start <= maximumDocumentBytes ? bytes.count - start
                : CorpusReader.cutPoint(bytes[start...], limit: maximumDocumentBytes)
            var part = document
            part.id = "\(document.id)#\(number)"
            part.text = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
            part.metadata["part"] = String(number)
            try context.emit(part)
            start += length
            number += 1
        }
    }

    // MARK: - Formats

    /// A text file, streamed in parts of at most `maximumDocumentBytes`.
    private func readText(_ source: ByteSource, _ context: inout Context) throws {
        let file = context.file
        var repair = UTF8Repair(origin: file.path)
        var buffer: [UInt8] = []
        var number = 0
        var checked = false
        while true {
            while buffer.count <= maximumDocumentBytes, try source.read(into: &buffer) > 0 {}
            if !checked {
                checked = true
                if buffer.isEmpty { return context.warn("empty file, no document") }
                if UTF8Repair.looksBinary(buffer[...]) { return context.warn("binary file (NUL or control bytes), skipped") }
            }
            let last = buffer.count <= maximumDocumentBytes
            if !last && number == 0 {
                context.warn("more than \(maximumDocumentBytes) bytes: split into documents '\(file.idStem)#1', "
                             + "'\(file.idStem)#2', ... at paragraph or line breaks")
            }
            let cut = last ? buffer.count : CorpusReader.cutPoint(buffer[...], limit: maximumDocumentBytes)
            let text = repair.decode(buffer[0..<cut])
            number += 1
            var metadata: [String: String] = [:]
            if !last || number > 1 { metadata["part"] = String(number) }
            let id = last && number == 1 ? file.idStem : "\(file.idStem)#\(number)"
            try context.emit(Document(id: id, text: text, metadata: metadata, origin: file.path))
            if last { break }
            buffer.removeFirst(cut)
        }
        context.diagnostics.insert(contentsOf: repair.diagnostics, at: 0)
    }

    /// An HTML page: title and article text through libxml2.
    private func readHTML(_ source: ByteSource, _ context: inout Context) throws {
        let file = context.file
        let limit = maximumInputBytes
        guard var bytes = try source.readAll(limit: limit) else {
            return context.warn("HTML page larger than \(limit) bytes, skipped (raise the bound with \(CorpusReader.maximumInputOption))")
        }
        guard !bytes.isEmpty else { return context.warn("empty file, no document") }
        // Converted from UTF-16: a UTF-8 byte order mark outranks the page's own (now wrong) charset declaration.
        if source.convertedFrom != nil { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
        let page = HTMLReader().read(bytes, origin: file.path)
        context.diagnostics.append(contentsOf: page.diagnostics)
        guard !page.text.isEmpty else { return context.warn("no article text found in the page") }
        try emitInParts(Document(id: file.idStem, text: page.text, metadata: page.metadata, origin: file.path), &context)
    }

    /// JSON Lines: one document per line, read line by line.
    private func readJSONLines(_ source: ByteSource, _ context: inout Context) throws {
        let lineLimit = maximumInputBytes
        var buffer: [UInt8] = []
        var lineNumber = 0
        var seen = Set<String>()
        var skipping = false
        var searchFrom = 0
        while true {
            let got = try source.read(into: &buffer)
            var start = 0
            while let newline = CorpusReader.firstNewline(in: buffer, from: searchFrom) {
                lineNumber += 1
                if newline - start > lineLimit, !skipping {
                    context.warn("line longer than \(lineLimit) bytes, skipped (raise the bound with \(CorpusReader.maximumInputOption))",
                                 line: lineNumber)
                } else if !skipping {
                    try jsonLine(buffer[start..<newline], lineNumber, &seen, &context)
                }
                skipping = false
                start = newline + 1
                searchFrom = start
            }
            if got == 0 {
                if start < buffer.count, !skipping {
                    lineNumber += 1
                    if buffer.count - start > lineLimit {
                        context.warn("line longer than \(lineLimit) bytes, skipped (raise the bound with \(CorpusReader.maximumInputOption))",
                                     line: lineNumber)
                    } else {
                        try jsonLine(buffer[start...], lineNumber, &seen, &context)
                    }
                }
                break
            }
            buffer.removeFirst(start)
            searchFrom = buffer.count
            if buffer.count > lineLimit || (skipping && !buffer.isEmpty) {
                // One warning per line, however many blocks of it are thrown away.
                if !skipping {
                    context.warn("line longer than \(lineLimit) bytes, skipped (raise the bound with \(CorpusReader.maximumInputOption))",
                                 line: lineNumber + 1)
                }
                buffer.removeAll(keepingCapacity: true)
                searchFrom = 0
                skipping = true
            }
        }
    }

    /// The index of the first line feed at or after `start`; `memchr`, because lines can be tens of megabytes.
    static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + start, 0x0A, raw.count - start).map { $0 - UnsafeMutableRawPointer(mutating: raw.baseAddress!) }
        }
    }

    private func jsonLine(_ raw: ArraySlice<UInt8>, _ lineNumber: Int, _ seen: inout Set<String>, _ context: inout Context) throws {
        var line = raw
        if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        while let last = line.last, [0x0D, 0x20, 0x09].contains(last) { line = line.dropLast() }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        let origin = "\(context.file.path):\(lineNumber)"
        var repair = UTF8Repair(origin: context.file.path, offsetsIn: " of the line")
        let text = repair.decode(line)
        for diagnostic in repair.diagnostics { context.warn(diagnostic.message, line: lineNumber) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return context.warn("not a JSON object, line skipped", line: lineNumber)
        }
        guard let body = object["text"] as? String else {
            return context.warn("no string field \"text\", line skipped", line: lineNumber)
        }
        var id: String
        if let s = object["id"] as? String, !s.isEmpty {
            id = s
        } else if let n = object["id"] as? NSNumber {
            id = n.stringValue
        } else {
            id = "\(context.file.idStem):\(lineNumber)"
            context.warn("no field \"id\": document named '\(id)'", line: lineNumber)
        }
        if !seen.insert(id).inserted { context.warn("duplicate id '\(id)'", line: lineNumber) }
        var metadata: [String: String] = [:]
        for (key, value) in object where key != "text" && key != "id" {
            if let s = value as? String { metadata[key] = s } else if let n = value as? NSNumber { metadata[key] = n.stringValue }
        }
        try emitInParts(Document(id: id, text: body, metadata: metadata, origin: origin), &context)
    }

    // MARK: - Decoding

    /// Decodes UTF-8, replacing malformed sequences and NUL bytes by U+FFFD, with one warning naming the first bad byte.
    public static func decode(_ bytes: [UInt8], origin: String) -> (String, [Diagnostic]) {
        var repair = UTF8Repair(origin: origin)
        let text = repair.decode(bytes[...])
        return (text, repair.diagnostics)
    }
}
