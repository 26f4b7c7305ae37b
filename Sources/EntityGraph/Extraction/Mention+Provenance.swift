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

extension Mention {
    /// Takes the gazetteer identity (id, canonical name, source, capital) of `other`, a list match on the same span
    /// and of the same type, when this mention's identity was only derived from its text by a rule.
    mutating func adoptListIdentity(of other: Mention) {
        guard source == nil, other.source != nil, other.span == span, other.type == type, !isDemonym, !other.isDemonym
        else { return }
        entityID = other.entityID
        canonical = other.canonical
        source = other.source
        capitalOf = other.capitalOf
    }
}
