/// Errors of the Gazetteer stage; each prints as `file:line: message`.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    /// No gazetteer folder was given or found.
    case notFound(searched: [String])
    /// A gazetteer file cannot be read.
    case unreadable(path: String, reason: String)
    /// A line is invalid.
    case invalidLine(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            return "no gazetteers found (looked in \(searched.joined(separator: ", "))); "
                + "pass --gazetteers DIR or set ENTITYGRAPH_GAZETTEERS"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .invalidLine(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}
