/// One input document: an id, its text as read, metadata (title, date, url, lang, ...) and its page chrome.
public struct Document: Sendable, Equatable {
    /// Stable identifier: the file's path relative to its input folder without extension, or the JSONL `id`.
    public var id: String
    /// The text as read (invalid UTF-8 replaced by U+FFFD); every offset points into it.
    public var text: String
    /// Metadata from the input, such as `title`, `date` (yyyy-mm-dd), `url`, `lang` (`fr` or `en`).
    public var metadata: [String: String]
    /// Where the document came from, for messages (`seeds/000.txt`, `news.jsonl:12`).
    public var origin: String
    /// Lines of page chrome ("Newsletter", share buttons, ...), in text order; extraction skips them.
    public var boilerplate: [Boilerplate]

    /// Creates a document.
    public init(id: String, text: String, metadata: [String: String] = [:], origin: String = "", boilerplate: [Boilerplate] = []) {
        self.id = id
        self.text = text
        self.metadata = metadata
        self.origin = origin
        self.boilerplate = boilerplate
    }
}
