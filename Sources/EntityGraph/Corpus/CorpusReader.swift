import Foundation

/// Reads documents from files, folders (recursive, sorted) and standard input.
///
/// `.txt` files are one document each; `.jsonl` files hold one document per
/// line (`id`, `text`, optional `title`, `date`, `url`, `lang`). Invalid UTF-8
/// becomes U+FFFD with one warning naming the file and byte offset.
public struct CorpusReader: Sendable {
    /// One input file and the folder it was found under (for ids relative to it).
    public struct InputFile: Sendable, Equatable {
        /// Path of the file, or "-" for standard input.
        public var path: String
        /// The id prefix: the path relative to the input folder, without extension.
        public var idStem: String
    }

    /// File extensions read from folders.
    public static let extensions: Set<String> = ["txt", "jsonl"]

    /// Creates a reader.
    public init() {}

    /// The files named by `inputs`, folders expanded recursively in sorted order.
    public func files(for inputs: [String]) throws -> [InputFile] {
        var result: [InputFile] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { result.append(InputFile(path: "-", idStem: "stdin")); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else { throw CorpusError.missingInput(path: input) }
            if !isDirectory.boolValue {
                let name = (input as NSString).lastPathComponent
                result.append(InputFile(path: input, idStem: (name as NSString).deletingPathExtension))
                continue
            }
            guard let enumerator = fm.enumerator(atPath: input) else { throw CorpusError.unreadable(path: input, reason: "cannot list folder") }
            var relatives: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let ext = (relative as NSString).pathExtension.lowercased()
                if CorpusReader.extensions.contains(ext) { relatives.append(relative) }
            }
            // Byte order, not locale order: the same on every machine.
            relatives.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            let base = input.hasSuffix("/") ? input : input + "/"
            for relative in relatives {
                result.append(InputFile(path: base + relative, idStem: (relative as NSString).deletingPathExtension))
            }
        }
        return result
    }

    /// Reads the raw bytes of a file ("-" reads standard input).
    public func bytes(of file: InputFile) throws -> [UInt8] {
        if file.path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw CorpusError.unreadable(path: file.path, reason: "permission denied or not a regular file")
        }
        return Array(data)
    }

    /// The documents of one file, with warnings about its content.
    public func documents(in file: InputFile) throws -> (documents: [Document], diagnostics: [Diagnostic]) {
        let bytes = try bytes(of: file)
        let ext = (file.path as NSString).pathExtension.lowercased()
        if ext == "jsonl" { return try jsonLines(bytes, file: file) }
        let (text, diagnostics) = CorpusReader.decode(bytes, origin: file.path)
        return ([Document(id: file.idStem, text: text, origin: file.path)], diagnostics)
    }

    /// Decodes UTF-8, replacing invalid bytes by U+FFFD with one warning at the first bad byte.
    public static func decode(_ bytes: [UInt8], origin: String) -> (String, [Diagnostic]) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, []) }
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            let before = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: break loop
            case .error: offset = before; break loop
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return (text, [Diagnostic(file: origin, message: "invalid UTF-8 at byte \(offset), replaced by U+FFFD")])
    }

    private func jsonLines(_ bytes: [UInt8], file: InputFile) throws -> ([Document], [Diagnostic]) {
        var documents: [Document] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            defer { start = end + 1 }
            let line = bytes[start..<end]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw CorpusError.malformedJSONLine(path: file.path, line: lineNumber, reason: "not a JSON object")
            }
            guard let text = object["text"] as? String else {
                throw CorpusError.malformedJSONLine(path: file.path, line: lineNumber, reason: "missing string field \"text\"")
            }
            let id: String
            if let s = object["id"] as? String { id = s } else if let n = object["id"] as? Int { id = String(n) } else {
                throw CorpusError.malformedJSONLine(path: file.path, line: lineNumber, reason: "missing field \"id\"")
            }
            var metadata: [String: String] = [:]
            for (key, value) in object where key != "text" && key != "id" {
                if let s = value as? String { metadata[key] = s }
                else if let n = value as? NSNumber { metadata[key] = n.stringValue }
            }
            documents.append(Document(id: id, text: text, metadata: metadata, origin: "\(file.path):\(lineNumber)"))
        }
        return (documents, [])
    }
}
