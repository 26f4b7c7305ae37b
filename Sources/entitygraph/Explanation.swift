import EntityGraph

/// What `extract --explain` prints for one document: the boilerplate lines and why they were
/// skipped (or kept), then each mention with its line, provenance (rule, trigger, entity, list entry) and context.
struct Explanation {
    let document: Document
    let text: AnalyzedText
    let result: ExtractionResult
    /// Whether --keep-boilerplate was given (the lines are then reported but not skipped).
    let keptBoilerplate: Bool

    /// Characters of context shown on each side of a mention.
    static let context = 40

    var rendered: String {
        let lines = LineTable(text.bytes)
        var out = "== \(document.id)  (\(document.origin))"
        for key in ["lang", "date", "title"] { if let value = document.metadata[key] { out += "  \(key)=\(value)" } }
        out += "\n"
        let verb = keptBoilerplate ? "kept (--keep-boilerplate)" : "skipped"
        out += "boilerplate: \(document.boilerplate.count) lines \(verb)\n"
        for mark in document.boilerplate {
            out += "  line \(lines.number(ofByte: mark.span.start)): \(text.string(mark.span))  [\(mark.reason)]\n"
        }
        out += "mentions: \(result.mentions.count)\n"
        for mention in result.mentions {
            let role = mention.isDemonym ? "\(mention.type.rawValue) demonym" : mention.type.rawValue
            out += "  line \(lines.number(ofByte: mention.span.start))  \(role)  \(text.string(mention.span)) -> \(mention.canonical)"
            out += "  [\(mention.provenance(in: text))]  \(context(of: mention.span))\n"
        }
        return out
    }

    /// "…left ⟦mention⟧ right…" on one line, from a window of bytes around the mention.
    private func context(of span: TextSpan) -> String {
        let bytes = text.bytes
        // Four bytes per character at most; move window edges off UTF-8 continuation bytes.
        var start = max(0, span.start - 4 * Explanation.context)
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(bytes.count, span.end + 4 * Explanation.context)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let left = String(text.string(TextSpan(start: start, end: span.start)).suffix(Explanation.context))
        let right = String(text.string(TextSpan(start: span.end, end: end)).prefix(Explanation.context))
        let flat = { (s: String) in s.replacingOccurrences(of: "\n", with: " ⏎ ") }
        return "…\(flat(left))⟦\(text.string(span))⟧\(flat(right))…"
    }

    /// Byte offsets of line starts, for line numbers by binary search.
    struct LineTable {
        private var starts: [Int] = [0]

        init(_ bytes: [UInt8]) {
            for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        }

        /// The 1-based line holding byte `offset`.
        func number(ofByte offset: Int) -> Int {
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] <= offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }
}
