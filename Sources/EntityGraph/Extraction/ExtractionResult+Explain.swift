extension ExtractionResult {
    /// Characters of context shown on each side of a mention by `explanation(text:)`.
    public static let explanationContext = 40

    /// One line per mention with its provenance and the text around it, for `entitygraph extract --explain`:
    ///
    ///     doc  12:18  PERSON  "Carter"  rule=person-honorific+alias  trigger="M."  entity=eg:person/ashton-carter
    ///         (Ashton Carter)  source=gazetteers/people.tsv:3  | a indiqué M. [Carter], qui s'exprimait
    ///
    /// Offsets are code points, as in the JSON output; demonyms are marked `DEMONYM(COUNTRY)`.
    public func explanation(text: AnalyzedText) -> String {
        var converter = OffsetConverter(bytes: text.bytes)
        var lines = ""
        for mention in mentions {
            let start = converter.scalarOffset(ofByte: mention.span.start)
            let end = converter.scalarOffset(ofByte: mention.span.end)
            let type = mention.isDemonym ? "DEMONYM(\(mention.type.rawValue))" : mention.type.rawValue
            var line = "\(documentID)\t\(start):\(end)\t\(type)\t\(Escaping.json(text.string(mention.span)))\t"
            line += mention.provenance(in: text, separator: "\t")
            line += "\t| " + context(of: mention.span, in: text)
            lines += line + "\n"
        }
        return lines
    }

    /// The mention in brackets with up to `explanationContext` characters each side, on one line.
    private func context(of span: TextSpan, in text: AnalyzedText) -> String {
        let bytes = text.bytes
        func isScalarStart(_ i: Int) -> Bool { i <= 0 || i >= bytes.count || bytes[i] & 0xC0 != 0x80 }
        var left = span.start, right = span.end
        var count = 0
        while left > 0, count < ExtractionResult.explanationContext {
            left -= 1
            while !isScalarStart(left) { left -= 1 }
            count += 1
        }
        count = 0
        while right < bytes.count, count < ExtractionResult.explanationContext {
            right += 1
            while !isScalarStart(right) { right += 1 }
            count += 1
        }
        func flat(_ from: Int, _ to: Int) -> String {
            String(decoding: bytes[from..<to].map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        }
        return flat(left, span.start) + "[" + flat(span.start, span.end) + "]" + flat(span.end, right)
    }
}
