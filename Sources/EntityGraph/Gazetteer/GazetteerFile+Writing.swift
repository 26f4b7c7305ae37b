extension GazetteerFile {
    /// Renders entries in the list format: comment lines first, then the entries grouped under a `#!` header per type or list.
    ///
    /// What the format cannot hold is left out and reported with the entry's
    /// line: a name with a TAB, `|` or line break, a canonical name starting
    /// with `#` (it would read as a comment), an attribute value with `;`.
    public static func render(_ entries: [Entry], comments: [String] = [], origin: String = "")
        -> (text: String, diagnostics: [Diagnostic]) {
        var text = comments.map { "# " + $0 + "\n" }.joined()
        var diagnostics: [Diagnostic] = []
        var header: String?
        func representable(_ name: String) -> Bool {
            !name.isEmpty && !name.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x7C }
                && name.first?.isWhitespace != true && name.last?.isWhitespace != true
        }
        for entry in entries {
            guard representable(entry.canonical), !entry.canonical.hasPrefix("#") else {
                diagnostics.append(Diagnostic(file: origin, line: entry.line,
                    message: "'\(entry.canonical)' cannot be written as a canonical name (TAB, '|', line break, leading '#' or space); left out"))
                continue
            }
            let kind = entry.attributes["list"].map { "list=" + $0 } ?? entry.attributes["type"].map { "type=" + $0 } ?? ""
            if kind != header {
                // Header defaults accumulate: switching between entities and word lists clears the other key.
                var line = "#! " + kind
                if let header, header.hasPrefix("type="), kind.hasPrefix("list=") { line += " type=" }
                if let header, header.hasPrefix("list="), kind.hasPrefix("type=") { line += " list=" }
                text += line + "\n"
                header = kind
            }
            var aliases: [String] = []
            for alias in entry.aliases where alias != entry.canonical && !aliases.contains(alias) {
                if representable(alias) {
                    aliases.append(alias)
                } else {
                    diagnostics.append(Diagnostic(file: origin, line: entry.line, message: "alias '\(alias)' cannot be written (TAB, '|' or line break); left out"))
                }
            }
            var attributes: [String] = []
            for (key, value) in entry.attributes.sorted(by: { $0.key < $1.key }) where key != "type" && key != "list" {
                let clean = !key.isEmpty && !value.isEmpty && !(key + value).utf8.contains { $0 == 0x3B || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
                    && !key.utf8.contains { $0 == 0x3D || $0 == 0x20 }
                if clean {
                    attributes.append(key + "=" + value)
                } else if !value.isEmpty {
                    diagnostics.append(Diagnostic(file: origin, line: entry.line, message: "attribute '\(key)' cannot be written (';', TAB or line break); left out"))
                }
            }
            var columns = [entry.canonical, aliases.joined(separator: "|"), entry.id ?? "", attributes.joined(separator: ";")]
            while columns.count > 1, columns.last!.isEmpty { columns.removeLast() }
            text += columns.joined(separator: "\t") + "\n"
        }
        return (text, diagnostics)
    }
}
