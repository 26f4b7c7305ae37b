/// One input document: an id, its text as read, and metadata (title, date, url, lang, ...).
public struct Document: Sendable, Equatable {
    /// Stable identifier: the file's path relative to its input folder without extension, or the JSONL `id`.
    public var id: String
    /// The text as read; every offset points into it.
    public var text: String
    /// Metadata from the input, such as `title`, `date`, `url`, `lang`.
    public var metadata: [String: String]
    /// Where the document came from, for messages (`seeds/000.txt`, `news.jsonl:12`).
    public var origin: String

    /// Creates a document.
    public init(id: String, text: String, metadata: [String: String] = [:], origin: String = "") {
        self.id = id
        self.text = text
        self.metadata = metadata
        self.origin = origin
    }
}
