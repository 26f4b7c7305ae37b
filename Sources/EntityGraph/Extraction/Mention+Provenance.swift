extension Mention {
    /// What produced the mention, on one line: `rule=... trigger="..." entity=... (canonical) source=file:line capital_of=...`.
    public func provenance(in text: AnalyzedText, separator: String = " ") -> String {
        var line = "rule=\(rule)"
        if let trigger { line += separator + "trigger=\(Escaping.json(text.string(trigger)))" }
        line += separator + "entity=\(entityID) (\(canonical))"
        if let source { line += separator + "source=\(source)" }
        if let capitalOf { line += separator + "capital_of=\(capitalOf)" }
        return line
    }
}
