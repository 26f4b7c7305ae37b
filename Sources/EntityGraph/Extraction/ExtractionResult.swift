/// What extraction produced for one document: its mentions and the shape of its text, but not the text.
public struct ExtractionResult: Sendable {
    /// The document's id.
    public var documentID: String
    /// The document's metadata (title, date, ...).
    public var metadata: [String: String]
    /// Entity mentions and demonyms, in text order, without overlaps.
    public var mentions: [Mention]
    /// Number of sentences.
    public var sentenceCount: Int
    /// Paragraph index of each sentence.
    public var paragraphOfSentence: [Int32]
    /// Text of each sentence that holds a mention, by sentence index, as evidence for graph edges;
    /// empty unless the pipeline keeps sentence texts (`Pipeline.keepsSentenceTexts`).
    public var sentenceTexts: [Int: String]

    /// Creates a result.
    public init(documentID: String, metadata: [String: String], mentions: [Mention], sentenceCount: Int,
                paragraphOfSentence: [Int32], sentenceTexts: [Int: String] = [:]) {
        self.documentID = documentID
        self.metadata = metadata
        self.mentions = mentions
        self.sentenceCount = sentenceCount
        self.paragraphOfSentence = paragraphOfSentence
        self.sentenceTexts = sentenceTexts
    }
}
