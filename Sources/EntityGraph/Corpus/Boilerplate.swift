/// A line of page chrome in a document's text, and why it was marked.
public struct Boilerplate: Sendable, Equatable {
    /// The line, without its line break, as UTF-8 byte offsets into the document's text.
    public var span: TextSpan
    /// The rule that marked it, for `extract --explain` (`phrase "newsletter"`, `menu block`, ...).
    public var reason: String

    /// Creates a boilerplate mark.
    public init(span: TextSpan, reason: String) {
        self.span = span
        self.reason = reason
    }
}
