/// A document's text cut into tokens, sentences and paragraphs, with each token's normalized key id.
public struct AnalyzedText: Sendable {
    /// The original text's UTF-8 bytes; every offset points into them.
    public let bytes: [UInt8]
    /// Tokens in text order.
    public let tokens: [Token]
    /// Lexicon id of each token's normalized key (`Lexicon.unknown` when not in the lexicon).
    public let keys: [Int32]
    /// Sentences as ranges of token indices.
    public let sentences: [Range<Int>]
    /// Paragraphs as ranges of token indices.
    public let paragraphs: [Range<Int>]
    /// Sentence index of each token.
    public let sentenceOfToken: [Int32]

    /// Tokenizes, segments and looks up the normalized keys of `text` in `lexicon`.
    public init(_ text: String, lexicon: Lexicon, tokenizer: Tokenizer = Tokenizer(),
                segmenter: Segmenter = Segmenter(), normalizer: Normalizer = .shared) {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var sentences: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        var keys: [Int32] = []
        bytes.withUnsafeBufferPointer { buffer in
            tokens = tokenizer.tokens(in: buffer)
            (sentences, paragraphs) = segmenter.segment(&tokens, bytes: buffer)
            keys.reserveCapacity(tokens.count)
            var key: [UInt8] = []
            key.reserveCapacity(64)
            for token in tokens {
                key.removeAll(keepingCapacity: true)
                normalizer.fold(UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end]), into: &key)
                keys.append(lexicon.id(of: key))
            }
        }
        var sentenceOfToken = [Int32](repeating: 0, count: tokens.count)
        for (index, range) in sentences.enumerated() {
            for t in range { sentenceOfToken[t] = Int32(index) }
        }
        self.bytes = bytes
        self.tokens = tokens
        self.keys = keys
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.sentenceOfToken = sentenceOfToken
    }

    /// The original text of a byte span.
    public func string(_ span: TextSpan) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// The original text of token `index`.
    public func string(ofToken index: Int) -> String { string(tokens[index].span) }

    /// Paragraph index of each sentence.
    public func paragraphOfSentence() -> [Int32] {
        var result = [Int32](repeating: 0, count: sentences.count)
        var p = 0
        for (s, range) in sentences.enumerated() {
            while p + 1 < paragraphs.count, paragraphs[p + 1].lowerBound <= range.lowerBound { p += 1 }
            result[s] = Int32(p)
        }
        return result
    }
}
