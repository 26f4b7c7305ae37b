/// The unit within which two mentions count as appearing together.
public enum Window: Sendable, Equatable, CustomStringConvertible {
    /// The same sentence (default).
    case sentence
    /// The same paragraph.
    case paragraph
    /// The same document.
    case document

    /// Parses `sentence`, `paragraph` or `document`.
    public init?(argument: String) {
        switch argument {
        case "sentence": self = .sentence
        case "paragraph": self = .paragraph
        case "document": self = .document
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .sentence: return "sentence"
        case .paragraph: return "paragraph"
        case .document: return "document"
        }
    }
}
