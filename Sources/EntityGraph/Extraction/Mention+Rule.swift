extension Mention {
    /// A mention found by a rule over `tokens` of `text`, named by its own text until resolution links it.
    /// `entity` (id and canonical name) skips deriving them from the text when the caller already knows them.
    public init(rule: String, type: EntityType, tokens: Range<Int>, in text: AnalyzedText, priority: Int,
                trigger: Range<Int>? = nil, source: String? = nil, entity: (id: String, canonical: String)? = nil) {
        let span = TextSpan(start: text.tokens[tokens.lowerBound].span.start, end: text.tokens[tokens.upperBound - 1].span.end)
        let canonical = entity?.canonical ?? Mention.canonicalName(text, tokens)
        let triggerSpan = trigger.map {
            TextSpan(start: text.tokens[$0.lowerBound].span.start, end: text.tokens[$0.upperBound - 1].span.end)
        }
        self.init(span: span, tokens: tokens, sentence: Int(text.sentenceOfToken[tokens.lowerBound]), type: type,
                  entityID: entity?.id ?? Gazetteer.derivedID(type: type, name: canonical), canonical: canonical, rule: rule,
                  source: source, priority: priority, isCurated: false, trigger: triggerSpan)
    }

    /// The tokens' text with every gap between them written as one space (line breaks inside a name are layout).
    static func canonicalName(_ text: AnalyzedText, _ tokens: Range<Int>) -> String {
        var bytes: [UInt8] = []
        for index in tokens {
            let token = text.tokens[index]
            if index > tokens.lowerBound, token.flags.contains(.afterSpace) { bytes.append(0x20) }
            bytes.append(contentsOf: text.bytes[token.span.start..<token.span.end])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
