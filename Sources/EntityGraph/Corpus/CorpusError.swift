/// Errors of the Corpus stage; each prints as `file[:line]: message`.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
    /// An input path does not exist.
    case missingInput(path: String)
    /// An input could not be read.
    case unreadable(path: String, reason: String)
    /// A JSONL line is not a JSON object with a string `id` and `text`.
    case malformedJSONLine(path: String, line: Int, reason: String)
    /// A folder given as input holds no file of a known format.
    case emptyFolder(path: String)
    /// Every input was empty, binary or skipped.
    case noDocuments
    /// A warning about the input, made fatal by `--strict`.
    case strict(Diagnostic)

    public var description: String {
        switch self {
        case .missingInput(let path): return "\(path): no such file or directory"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .malformedJSONLine(let path, let line, let reason): return "\(path):\(line): \(reason)"
        case .emptyFolder(let path):
            return "\(path): no \(CorpusReader.extensions.sorted().map { "." + $0 }.joined(separator: ", ")) file in this folder "
                + "(hidden files are skipped)"
        case .noDocuments: return "no document in the input: every file was empty, binary or skipped (see the warnings above)"
        case .strict(let diagnostic):
            return "\(diagnostic.file)\(diagnostic.line.map { ":\($0)" } ?? ""): \(diagnostic.message) (an error with --strict)"
        }
    }
}
