/// Errors of the Corpus stage; each prints as `file[:line]: message`.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
    /// An input path does not exist.
    case missingInput(path: String)
    /// An input could not be read.
    case unreadable(path: String, reason: String)
    /// A JSONL line is not a JSON object with a string `id` and `text`.
    case malformedJSONLine(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingInput(let path): return "\(path): no such file or directory"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .malformedJSONLine(let path, let line, let reason): return "\(path):\(line): \(reason)"
        }
    }
}
