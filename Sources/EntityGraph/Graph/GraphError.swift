/// Errors of the Graph stage; each prints as one line naming the bad value.
public enum GraphError: Error, CustomStringConvertible, Equatable {
    /// No node matches a name given on the command line.
    case unknownEntity(query: String, suggestions: [String])
    /// Several nodes match a name; the id tells them apart.
    case ambiguousEntity(query: String, candidates: [String])
    /// An option value is out of range.
    case invalidValue(option: String, value: String, reason: String)

    public var description: String {
        switch self {
        case .unknownEntity(let query, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "no entity named '\(query)' in the graph\(hint)"
        case .ambiguousEntity(let query, let candidates):
            return "'\(query)' names \(candidates.count) entities: \(candidates.joined(separator: ", ")); give the id instead"
        case .invalidValue(let option, let value, let reason):
            return "\(option) \(value): \(reason)"
        }
    }
}
