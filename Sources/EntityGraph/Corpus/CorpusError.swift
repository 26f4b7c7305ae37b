/// Errors of the Corpus stage; each prints as `file[:line]: message`.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
    /// An input path does not exist.
    case missingInput(path: String)
    /// An input could not be read.
    case unreadable(path: String, reason: String)
    /// A JSONL line is not a JSON object with a string `id` and `text`.
    case malformedJSONLine(path: String, line: Int, reason: String)
    /// A file is not text (NUL bytes or mostly control characters).
    case binaryFile(path: String)

    public var description: String {
        switch self {
        case .missingInput(let path): return "\(path): no such file or directory"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .malformedJSONLine(let path, let line, let reason): return "\(path):\(line): \(reason)"
        case .binaryFile(let path): return "\(path): binary file, not text"
        }
    }
}

/// A non-fatal finding about the input, printed by the CLI as `file:line: warning: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file (or other origin) concerned.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// What was found.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): warning: \(message)" }
        return "\(file): warning: \(message)"
    }
}
