/// The unit within which two mentions count as appearing together.
///
/// Every kind cuts a document into consecutive, non-overlapping windows, so a
/// pair's count, each entity's window count and the number of windows all count
/// the same things and the association measures stay coherent (Decision 0201).
public enum Window: Sendable, Hashable, CustomStringConvertible {
    /// The same sentence (default).
    case sentence
    /// The same paragraph.
    case paragraph
    /// The same document.
    case document
    /// The same block of N tokens: tokens 0..<N, N..<2N, ... of each document; a mention belongs to the block of its first token.
    case tokens(Int)

    /// Parses `sentence`, `paragraph`, `document`, `N` or `tokens:N` (N >= 1).
    public init?(argument: String) {
        switch argument {
        case "sentence": self = .sentence
        case "paragraph": self = .paragraph
        case "document": self = .document
        default:
            let digits = argument.hasPrefix("tokens:") ? String(argument.dropFirst("tokens:".count)) : argument
            guard let size = Int(digits), size >= 1 else { return nil }
            self = .tokens(size)
        }
    }

    /// The spelling `init(argument:)` reads back: `sentence`, `paragraph`, `document` or `tokens:N`.
    public var description: String {
        switch self {
        case .sentence: return "sentence"
        case .paragraph: return "paragraph"
        case .document: return "document"
        case .tokens(let size): return "tokens:\(size)"
        }
    }

    /// The window holding `mention` in a document; non-decreasing along a document's mentions in text order.
    func key(of mention: Mention, in result: ExtractionResult) -> Int {
        switch self {
        case .sentence: return mention.sentence
        case .paragraph:
            let paragraphs = result.paragraphOfSentence
            return mention.sentence < paragraphs.count ? Int(paragraphs[mention.sentence]) : mention.sentence
        case .document: return 0
        case .tokens(let size): return mention.tokens.lowerBound / size
        }
    }
}
