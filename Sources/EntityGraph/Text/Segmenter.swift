/// Groups tokens into sentences and paragraphs, and marks sentence-initial words.
///
/// A sentence ends at ". ! ? …" (closing quotes and brackets may follow) when
/// the next token is a capitalised word, a quote or a dash; at a title
/// separator ("Headline | Site", " • "); and at a line break that ends a line
/// of prose. A line break inside a sentence (text wrapped at a fixed width, or a
/// line continuing in lower case) does not split. Abbreviations and initials
/// carry their dot inside the token ("M.", "J.-Y."), as do numbers and domain
/// names ("4.000", "Atlantico.fr"), so they never split; an ellipsis in brackets
/// ("(...)") is an elision, not an end. A paragraph ends at an empty line
/// (the HTML reader turns block elements into empty lines).
public struct Segmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// Sentence and paragraph boundaries as token index ranges; marks sentence-initial tokens in `tokens`.
    public func segment(_ tokens: inout [Token], bytes: UnsafeBufferPointer<UInt8>) -> (sentences: [Range<Int>], paragraphs: [Range<Int>]) {
        var sentences: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        let wrapWidth = hardWrapWidth(tokens)
        var sentenceStart = 0
        var paragraphStart = 0
        var lineStart = 0
        // The previous token ended a sentence, unless what follows says otherwise.
        var pendingEnd = false
        var separator = false
        var wordSeen = false
        var afterOpeningQuote = false
        for index in tokens.indices {
            let token = tokens[index]
            if index > sentenceStart {
                if token.flags.contains(.afterBlankLine) {
                    sentences.append(sentenceStart..<index)
                    paragraphs.append(paragraphStart..<index)
                    sentenceStart = index
                    paragraphStart = index
                } else if token.flags.contains(.afterLineBreak) {
                    let continues = !pendingEnd && continuesLine(tokens, lineStart: lineStart, next: index, wrapWidth: wrapWidth, bytes)
                    if !continues {
                        sentences.append(sentenceStart..<index)
                        sentenceStart = index
                    }
                } else if separator || (pendingEnd && startsSentence(token, bytes)) {
                    sentences.append(sentenceStart..<index)
                    sentenceStart = index
                }
                if sentenceStart == index { pendingEnd = false }
            }
            if token.flags.contains(.afterLineBreak) { lineStart = index }
            if index == sentenceStart {
                tokens[index].flags.insert(.sentenceInitial)
                wordSeen = false
            }
            if !wordSeen, token.kind == .word || token.kind == .number {
                // The first word after opening quotes or dashes is sentence-initial too: « Notre coalition ...
                tokens[index].flags.insert(.sentenceInitial)
                wordSeen = true
            }
            if afterOpeningQuote, token.kind == .word { tokens[index].flags.insert(.afterOpeningQuote) }
            afterOpeningQuote = token.kind == .punctuation && isOpeningQuote(tokens, index, bytes)
            separator = token.kind != .word && isSeparator(token, bytes)
            switch token.kind {
            case .punctuation:
                if endsSentence(token, bytes) {
                    pendingEnd = !isBracketedEllipsis(tokens, index, bytes)
                } else if !(pendingEnd && isClosing(token, bytes)) {
                    pendingEnd = false
                }
            case .word:
                // "etc." is the one abbreviation that usually ends its sentence.
                pendingEnd = token.flags.contains(.abbreviation) && isEtc(token, bytes)
            default:
                pendingEnd = false
            }
        }
        if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
        if paragraphStart < tokens.count { paragraphs.append(paragraphStart..<tokens.count) }
        return (sentences, paragraphs)
    }

    // MARK: - Line breaks

    /// Whether the line break before token `next` falls inside a sentence.
    private func continuesLine(_ tokens: [Token], lineStart: Int, next: Int, wrapWidth: Int?,
                               _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[next]
        // A line going on in lower case continues its sentence: "...a rencontré\nson homologue".
        if token.kind == .word, isLowercaseLetter(bytes, token.span.start) { return true }
        // In text wrapped at a fixed width, a full line continues whatever comes next.
        if let wrapWidth {
            let length = tokens[next - 1].span.end - tokens[lineStart].span.start
            return length * 10 >= wrapWidth * 7
        }
        return false
    }

    /// The width at which the text is hard-wrapped, or nil when lines are paragraphs (scraped news, HTML).
    ///
    /// Wrapped text has at least four lines followed by another line of the same
    /// paragraph, nearly all of them close to one width of at most 200 bytes.
    func hardWrapWidth(_ tokens: [Token]) -> Int? {
        var lengths: [Int] = []
        var lineStart = 0
        for index in tokens.indices.dropFirst() where tokens[index].flags.contains(.afterLineBreak) {
            if !tokens[index].flags.contains(.afterBlankLine) {
                lengths.append(tokens[index - 1].span.end - tokens[lineStart].span.start)
            }
            lineStart = index
        }
        guard lengths.count >= 4, let width = lengths.max(), width <= 200 else { return nil }
        let full = lengths.filter { $0 * 10 >= width * 7 }.count
        return full * 4 >= lengths.count * 3 ? width : nil
    }

    private func isLowercaseLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b &- 0x61 < 26 }
        let (scalar, _) = UTF8Decoding.scalar(in: bytes, at: i)
        return scalar.properties.isLowercase
    }

    // MARK: - Marks

    private func endsSentence(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = bytes[token.span.start]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        return isEllipsis(token, bytes)
    }

    /// U+2026 HORIZONTAL ELLIPSIS.
    private func isEllipsis(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.span.length == 3 && bytes[token.span.start] == 0xE2 && bytes[token.span.start + 1] == 0x80
            && bytes[token.span.start + 2] == 0xA6
    }

    /// "(...)", "[…]", "(..)": an ellipsis in brackets marks a cut in a quotation, not the end of a sentence.
    private func isBracketedEllipsis(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, bytes[token.span.start] == 0x2E && token.span.length >= 2 || isEllipsis(token, bytes) else { return false }
        let before = tokens[index - 1]
        guard before.span.end == token.span.start else { return false }
        let b = bytes[before.span.start]
        return before.span.length == 1 && (b == 0x28 || b == 0x5B)
    }

    private func isEtc(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = token.span.start
        return token.span.length == 4 && bytes[s] | 0x20 == 0x65 && bytes[s + 1] | 0x20 == 0x74 && bytes[s + 2] | 0x20 == 0x63
    }

    /// Closing quotes and brackets that may follow the final punctuation: `." `, `.»`, `.)`, `.”`.
    private func isClosing(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = token.span.start
        let b = bytes[s]
        if b == 0x22 || b == 0x29 || b == 0x27 || b == 0x5D { return true }
        // » (C2 BB), ” (E2 80 9D), ’ (E2 80 99)
        return (b == 0xC2 && token.span.length == 2 && bytes[s + 1] == 0xBB)
            || (b == 0xE2 && token.span.length == 3 && bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x9D || bytes[s + 2] == 0x99))
    }

    /// « “ ‹, or a straight double quote glued to the next token.
    private func isOpeningQuote(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        let s = token.span.start
        let b = bytes[s]
        if b == 0xC2, token.span.length == 2 { return bytes[s + 1] == 0xAB }
        if b == 0xE2, token.span.length == 3 { return bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x9C || bytes[s + 2] == 0xB9) }
        if b == 0x22 {
            let glued = index + 1 < tokens.count && !tokens[index + 1].flags.contains(.afterSpace)
            return glued && (index == 0 || token.flags.contains(.afterSpace))
        }
        return false
    }

    /// Title and menu separators: "|" and "•" (U+2022) between words.
    private func isSeparator(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = token.span.start
        let b = bytes[s]
        return b == 0x7C || (b == 0xE2 && token.span.length == 3 && bytes[s + 1] == 0x80 && bytes[s + 2] == 0xA2)
    }

    private func startsSentence(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.kind {
        case .word: return token.flags.contains(.initialCapital)
        case .number, .symbol: return false
        case .punctuation:
            let s = token.span.start
            let b = bytes[s]
            // Quotes (" « “ ‘ „) and dashes (- – —) open a new sentence; a straight quote glued
            // to the mark before it closes the sentence instead (`dit "non." Ensuite`).
            if b == 0x22 || b == 0x2D { return token.flags.contains(.afterSpace) }
            if b == 0xC2, token.span.length == 2 { return bytes[s + 1] == 0xAB }
            if b == 0xE2, token.span.length == 3, bytes[s + 1] == 0x80 {
                return [0x9C, 0x98, 0x9E, 0x93, 0x94].contains(bytes[s + 2])
            }
            return false
        }
    }
}
