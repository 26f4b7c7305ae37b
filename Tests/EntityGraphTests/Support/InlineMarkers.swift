import EntityGraph

/// Text with inline entity markers, `"⟦PERSON:Jean-Yves Le Drian⟧ a rencontré ⟦PERSON:Ashton Carter⟧"`,
/// split into the plain text and the expected (byte span, type) pairs.
struct InlineMarkers {
    /// The text without markers.
    let text: String
    /// Expected entities: UTF-8 byte span in `text`, type name and surface text.
    let expected: [(span: TextSpan, type: String, surface: String)]

    init(_ marked: String) {
        var plain = ""
        var expected: [(TextSpan, String, String)] = []
        var rest = Substring(marked)
        while let open = rest.firstIndex(of: "⟦") {
            plain += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "⟧"), let colon = rest[afterOpen..<close].firstIndex(of: ":") else {
                preconditionFailure("unbalanced marker in \(marked)")
            }
            let type = String(rest[afterOpen..<colon])
            let surface = String(rest[rest.index(after: colon)..<close])
            let start = plain.utf8.count
            plain += surface
            expected.append((TextSpan(start: start, end: plain.utf8.count), type, surface))
            rest = rest[rest.index(after: close)...]
        }
        plain += rest
        self.text = plain
        self.expected = expected
    }

    /// Renders mentions back into marker form, to compare with the input in failure messages.
    static func render(_ text: String, _ mentions: [(span: TextSpan, type: String)]) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        var position = 0
        for mention in mentions.sorted(by: { $0.span < $1.span }) where mention.span.start >= position {
            out += String(decoding: bytes[position..<mention.span.start], as: UTF8.self)
            out += "⟦\(mention.type):" + String(decoding: bytes[mention.span.start..<mention.span.end], as: UTF8.self) + "⟧"
            position = mention.span.end
        }
        return out + String(decoding: bytes[position...], as: UTF8.self)
    }
}
