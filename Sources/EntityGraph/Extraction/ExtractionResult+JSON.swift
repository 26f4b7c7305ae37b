extension ExtractionResult {
    /// Entity mentions (demonyms left out) as code point annotations, as `extract` writes them.
    public func annotations(in text: AnalyzedText) -> [Annotation] {
        var converter = OffsetConverter(bytes: text.bytes)
        return mentions.filter { !$0.isDemonym }.map { mention in
            let start = converter.scalarOffset(ofByte: mention.span.start)
            let end = converter.scalarOffset(ofByte: mention.span.end)
            return Annotation(start: start, end: end, type: mention.type.rawValue)
        }
    }

    /// One JSON line: `{"id": ..., "entities": [...], "demonyms": [...]}` with code point offsets.
    public func jsonLine(text: AnalyzedText) -> String {
        var converter = OffsetConverter(bytes: text.bytes)
        var entities: [String] = []
        var demonyms: [String] = []
        for mention in mentions {
            let start = converter.scalarOffset(ofByte: mention.span.start)
            let end = converter.scalarOffset(ofByte: mention.span.end)
            var fields = "{\"start\": \(start), \"end\": \(end), \"text\": \(Escaping.json(text.string(mention.span))), "
            fields += "\"type\": \"\(mention.type.rawValue)\", \"canonical\": \(Escaping.json(mention.canonical)), "
            fields += "\"entity\": \(Escaping.json(mention.entityID)), \"rule\": \(Escaping.json(mention.rule))"
            if let source = mention.source { fields += ", \"source\": \(Escaping.json(source))" }
            fields += "}"
            if mention.isDemonym { demonyms.append(fields) } else { entities.append(fields) }
        }
        return "{\"id\": \(Escaping.json(documentID)), \"entities\": [\(entities.joined(separator: ", "))], "
            + "\"demonyms\": [\(demonyms.joined(separator: ", "))]}"
    }
}
