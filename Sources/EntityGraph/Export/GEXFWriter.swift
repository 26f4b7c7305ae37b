/// Writes GEXF 1.3 for Gephi: typed attributes, `viz` colours and sizes, and spells for the timeline when documents have dates.
///
/// Labels are XML attributes in GEXF, so TAB, LF and CR are written as character
/// references (XML 1.0 §3.3.3 would turn them into spaces). No `lastmodifieddate`:
/// the same graph must give the same bytes. The published 1.3 XSD cannot reach its
/// viz schema; the normative RelaxNG grammar accepts these files (Decision 0206).
public struct GEXFWriter: GraphWriter {
    public let format = ExportFormat.gexf

    /// Creates the writer.
    public init() {}

    public func write(_ graph: CooccurrenceGraph, part: Int, to out: ExportBuffer) {
        let schema = ExportSchema(graph)
        let dynamic = graph.hasDates
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n")
        out.append("  <meta>\n    <creator>EntityGraph</creator>\n    <description>")
        Escaping.appendXML(schema.summary, attribute: false, to: out)
        out.append("</description>\n  </meta>\n")
        out.append(dynamic ? "  <graph defaultedgetype=\"undirected\" mode=\"dynamic\" timeformat=\"date\">\n"
                           : "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n")
        // `label` is the node's label attribute and `weight` the edge's weight attribute, not attvalues: Gephi reserves
        // an attribute titled "weight" for dynamic weights.
        let nodeColumns = schema.nodeColumns.filter { $0.field != .label }
        let edgeColumns = schema.edgeColumns.filter { $0.field != .weight }
        declare(nodeColumns, class: "node", out)
        declare(edgeColumns, class: "edge", out)
        out.append("    <nodes count=\"")
        out.append(graph.nodes.count)
        out.append("\">\n")
        for (index, node) in graph.nodes.enumerated() {
            out.append("      <node id=\"n")
            out.append(index)
            out.append("\" label=\"")
            Escaping.appendXML(node.label, attribute: true, to: out)
            out.append("\">")
            out.append("<attvalues>")
            for column in nodeColumns { attvalue(column, schema.value(column.field, of: node), schema, out) }
            out.append("</attvalues>")
            spells(node.days, out)
            out.append("<viz:size value=\"")
            out.append(EntityStyle.size(mentions: node.mentions))
            let (r, g, b) = EntityStyle.color(node.type)
            out.append("\"/><viz:color r=\"")
            out.append(r)
            out.append("\" g=\"")
            out.append(g)
            out.append("\" b=\"")
            out.append(b)
            out.append("\"/></node>\n")
        }
        out.append("    </nodes>\n    <edges count=\"")
        out.append(graph.edges.count)
        out.append("\">\n")
        out.appendInParallel(count: graph.edges.count) { range, out in
            for index in range {
                let edge = graph.edges[index]
                out.append("      <edge id=\"e")
                out.append(index)
                out.append("\" source=\"n")
                out.append(edge.source)
                out.append("\" target=\"n")
                out.append(edge.target)
                out.append("\" weight=\"")
                let numbers = schema.numbers(ofEdge: index)
                out.append(numbers.value(graph.measure))
                out.append("\"><attvalues>")
                for column in edgeColumns { attvalue(column, schema.value(column.field, ofEdge: index, numbers), schema, out) }
                out.append("</attvalues>")
                spells(edge.days, out)
                out.append("</edge>\n")
            }
        }
        out.append("    </edges>\n  </graph>\n</gexf>\n")
    }

    private func declare(_ columns: [ExportSchema.Column], class name: StaticString, _ out: ExportBuffer) {
        out.append("    <attributes class=\"")
        out.append(name)
        out.append("\">\n")
        for column in columns {
            out.append("      <attribute id=\"")
            out.append(verbatim: column.name)
            out.append("\" title=\"")
            out.append(verbatim: column.name)
            out.append("\" type=\"")
            switch column.kind {
            case .int: out.append("integer")
            case .double: out.append("double")
            case .string, .documents: out.append("string")
            }
            out.append("\"/>\n")
        }
        out.append("    </attributes>\n")
    }

    @inline(__always)
    private func attvalue(_ column: ExportSchema.Column, _ value: ExportSchema.Value, _ schema: ExportSchema, _ out: ExportBuffer) {
        if value.isBlank { return }
        out.append("<attvalue for=\"")
        out.append(column.field.name)
        out.append("\" value=\"")
        schema.append(value, to: out) { text, out in Escaping.appendXML(text, attribute: true, to: out) }
        out.append("\"/>")
    }

    /// One spell per run of consecutive days, closed at both ends.
    private func spells(_ days: [CalendarDay], _ out: ExportBuffer) {
        guard !days.isEmpty else { return }
        out.append("<spells>")
        for run in CalendarDay.runs(of: days) {
            out.append("<spell start=\"")
            out.append(verbatim: run.lowerBound.description)
            out.append("\" end=\"")
            out.append(verbatim: run.upperBound.description)
            out.append("\"/>")
        }
        out.append("</spells>")
    }
}
