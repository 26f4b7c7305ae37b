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
    /// The same tokens with hyphenated words and domain names split into parts, for matching by parts.
    public let parts: TokenParts
    /// Spans of page chrome (boilerplate lines) in text order; their tokens carry `.boilerplate`.
    public let boilerplate: [TextSpan]

    /// Tokenizes, segments and looks up the normalized keys of `text` in `lexicon`; tokens inside `boilerplate` are flagged.
    public init(_ text: String, lexicon: Lexicon, tokenizer: Tokenizer = Tokenizer(),
                segmenter: Segmenter = Segmenter(), normalizer: Normalizer = .shared, boilerplate: [TextSpan] = []) {
        let bytes = Array(text.utf8)
        let boilerplate = boilerplate.sorted()
        // Locals inside the closure, returned at the end: captured `var`s would be boxed and
        // checked for exclusive access on every append (measured: a third of the time).
        let (tokens, sentences, paragraphs, keys, parts) = bytes.withUnsafeBufferPointer { buffer in
            var tokens = tokenizer.tokens(in: buffer)
            let (sentences, paragraphs) = segmenter.segment(&tokens, bytes: buffer)
            AnalyzedText.flag(&tokens, in: boilerplate)
            var keys: [Int32] = []
            keys.reserveCapacity(tokens.count)
            var scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
            defer { scratch.deallocate() }
            var splits = false
            for token in tokens {
                let length = token.span.length
                if Normalizer.maximumExpansion * length > scratch.count {
                    scratch.deallocate()
                    scratch = .allocate(capacity: Normalizer.maximumExpansion * length)
                }
                let keyLength = normalizer.fold(UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end]),
                                                to: scratch.baseAddress!)
                keys.append(lexicon.id(of: UnsafeBufferPointer(rebasing: scratch[0..<keyLength])))
                if token.kind == .word, !token.flags.isDisjoint(with: [.hyphenated, .domain]) { splits = true }
            }
            let parts = splits ? TokenParts(splitting: tokens, keys: keys, bytes: buffer, lexicon: lexicon, normalizer: normalizer)
                : TokenParts(unsplit: tokens, keys: keys)
            return (tokens, sentences, paragraphs, keys, parts)
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
        self.parts = parts
        self.boilerplate = boilerplate
    }

    /// Flags the tokens that overlap one of the sorted `spans`.
    private static func flag(_ tokens: inout [Token], in spans: [TextSpan]) {
        guard !spans.isEmpty else { return }
        var s = 0
        for index in tokens.indices {
            let span = tokens[index].span
            while s < spans.count, spans[s].end <= span.start { s += 1 }
            if s == spans.count { break }
            if spans[s].overlaps(span) { tokens[index].flags.insert(.boilerplate) }
        }
    }

    /// Whether `span` overlaps a boilerplate line.
    public func isBoilerplate(_ span: TextSpan) -> Bool {
        // First boilerplate span ending after `span.start`.
        var low = 0, high = boilerplate.count
        while low < high {
            let mid = (low + high) / 2
            if boilerplate[mid].end <= span.start { low = mid + 1 } else { high = mid }
        }
        return low < boilerplate.count && boilerplate[low].overlaps(span)
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
