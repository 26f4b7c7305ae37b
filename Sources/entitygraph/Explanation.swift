import EntityGraph

/// What `extract --explain` prints for one document: the boilerplate lines and why they were
/// skipped (or kept), then each mention with its line, rule and context.
struct Explanation {
    let document: Document
    let text: AnalyzedText
    let result: ExtractionResult
    /// Whether --keep-boilerplate was given (the lines are then reported but not skipped).
    let keptBoilerplate: Bool

    /// Characters of context shown on each side of a mention.
    static let context = 40

    var rendered: String {
        var out = "== \(document.id)  (\(document.origin))"
        for key in ["lang", "date", "title"] { if let value = document.metadata[key] { out += "  \(key)=\(value)" } }
        out += "\n"
        let verb = keptBoilerplate ? "kept (--keep-boilerplate)" : "skipped"
        out += "boilerplate: \(document.boilerplate.count) lines \(verb)\n"
        for mark in document.boilerplate {
            out += "  line \(text.lineNumber(ofByte: mark.span.start)): \(text.string(mark.span))  [\(mark.reason)]\n"
        }
        out += "mentions: \(result.mentions.count)\n"
        for mention in result.mentions {
            let role = mention.isDemonym ? "\(mention.type.rawValue) demonym" : mention.type.rawValue
            out += "  line \(text.lineNumber(ofByte: mention.span.start))  \(role)  \(text.string(mention.span)) -> \(mention.canonical)"
            out += "  [\(mention.rule)]  \(context(of: mention.span))\n"
        }
        return out
    }

    /// "…left ⟦mention⟧ right…" on one line.
    private func context(of span: TextSpan) -> String {
        let left = String(text.string(TextSpan(start: 0, end: span.start)).suffix(Explanation.context))
        let right = String(text.string(TextSpan(start: span.end, end: text.bytes.count)).prefix(Explanation.context))
        let flat = { (s: String) in s.replacingOccurrences(of: "\n", with: " ⏎ ") }
        return "…\(flat(left))⟦\(text.string(span))⟧\(flat(right))…"
    }
}
