/// Groups tokens into sentences and paragraphs.
///
/// A sentence ends at ". ! ? …" followed by a capital, a quote, a dash or a
/// digit, and at every line break (scraped news puts titles, bylines and
/// captions on lines of their own). Abbreviations and initials carry their dot
/// inside the token, so "M. Carter" never splits. A paragraph ends at an empty line.
public struct Segmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// Sentence and paragraph boundaries as token index ranges; marks sentence-initial tokens in `tokens`.
    public func segment(_ tokens: inout [Token], bytes: UnsafeBufferPointer<UInt8>) -> (sentences: [Range<Int>], paragraphs: [Range<Int>]) {
        var sentences: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        var sentenceStart = 0
        var paragraphStart = 0
        var pendingBreak = false
        for index in tokens.indices {
            let token = tokens[index]
            if index > sentenceStart {
                if token.flags.contains(.afterBlankLine) {
                    sentences.append(sentenceStart..<index)
                    paragraphs.append(paragraphStart..<index)
                    sentenceStart = index
                    paragraphStart = index
                } else if token.flags.contains(.afterLineBreak) || (pendingBreak && startsSentence(token, bytes)) {
                    sentences.append(sentenceStart..<index)
                    sentenceStart = index
                }
            }
            pendingBreak = token.kind == .punctuation && endsSentence(token, bytes)
                || (pendingBreak && token.kind == .punctuation && isClosing(token, bytes))
            if index == sentenceStart { tokens[index].flags.insert(.sentenceInitial) }
        }
        if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
        if paragraphStart < tokens.count { paragraphs.append(paragraphStart..<tokens.count) }
        return (sentences, paragraphs)
    }

    private func endsSentence(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = bytes[token.span.start]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        // U+2026 HORIZONTAL ELLIPSIS
        return token.span.length == 3 && b == 0xE2 && bytes[token.span.start + 1] == 0x80 && bytes[token.span.start + 2] == 0xA6
    }

    /// Closing quotes and brackets that may follow the final punctuation: `." `, `.»`, `.)`.
    private func isClosing(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = bytes[token.span.start]
        if b == 0x22 || b == 0x29 || b == 0x27 { return true }
        // » (C2 BB), ” (E2 80 9D)
        return (b == 0xC2 && bytes[token.span.start + 1] == 0xBB)
            || (b == 0xE2 && token.span.length == 3 && bytes[token.span.start + 1] == 0x80 && bytes[token.span.start + 2] == 0x9D)
    }

    private func startsSentence(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.kind {
        case .word: return token.flags.contains(.initialCapital)
        case .number: return true
        case .symbol: return false
        case .punctuation:
            let b = bytes[token.span.start]
            // Quotes, dashes, « and “ open a new sentence.
            return b == 0x22 || b == 0x2D || b == 0xC2 || b == 0xE2
        }
    }
}
