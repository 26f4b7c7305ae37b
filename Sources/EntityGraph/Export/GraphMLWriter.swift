/// Writes GraphML for Gephi, yEd, networkx, igraph and Cytoscape.
///
/// Every key is declared before the graph, with `for="node"`/`for="edge"`, a type
/// and descriptive ids (`v_label`, `e_weight`): Gephi maps `label`, `weight`,
/// `size` and `r`/`g`/`b` to its visual properties only when `for` names the
/// domain and the name matches exactly, and Gephi <= 0.9.2 read keys `d3`/`d7` as
/// labels (ImporterGraphML.java). Node ids are synthetic (`n0`...), as ids must be
/// XML NMTOKENs; names go in `label`.
public struct GraphMLWriter: GraphWriter {
    public let format = ExportFormat.graphml

    /// Creates the writer.
    public init() {}

    public func write(_ graph: CooccurrenceGraph, part: Int, to out: ExportBuffer) {
        let schema = ExportSchema(graph)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  <desc>")
        Escaping.appendXML(schema.summary, attribute: false, to: out)
        out.append("</desc>\n")
        for column in schema.nodeColumns { key(column.name, node: true, type: type(column.kind), help: column.help, out) }
        key("size", node: true, type: "double", help: "Gephi node size, from mentions", out)
        for channel in ["r", "g", "b"] { key(channel, node: true, type: "int", help: "Gephi node colour, by type", out) }
        for column in schema.edgeColumns { key(column.name, node: false, type: type(column.kind), help: column.help, out) }
        out.append("  <graph id=\"G\" edgedefault=\"undirected\">\n")
        let nodeFields = schema.nodeColumns.map(\.field), edgeFields = schema.edgeColumns.map(\.field)
        let escape: (String, ExportBuffer) -> Void = { text, out in Escaping.appendXML(text, attribute: false, to: out) }
        for (index, node) in graph.nodes.enumerated() {
            out.append("    <node id=\"n")
            out.append(index)
            out.append("\">")
            for c in nodeFields.indices {
                let value = schema.value(nodeFields[c], of: node)
                if value.isBlank { continue }
                out.append("<data key=\"v_")
                out.append(nodeFields[c].name)
                out.append("\">")
                schema.append(value, to: out, escape: escape)
                out.append("</data>")
            }
            out.append("<data key=\"v_size\">")
            out.append(EntityStyle.size(mentions: node.mentions))
            let (r, g, b) = EntityStyle.color(node.type)
            out.append("</data><data key=\"v_r\">")
            out.append(r)
            out.append("</data><data key=\"v_g\">")
            out.append(g)
            out.append("</data><data key=\"v_b\">")
            out.append(b)
            out.append("</data></node>\n")
        }
        out.appendInParallel(count: graph.edges.count) { range, out in
            let escape: (String, ExportBuffer) -> Void = { text, out in Escaping.appendXML(text, attribute: false, to: out) }
            for index in range {
                out.append("    <edge id=\"e")
                out.append(index)
                out.append("\" source=\"n")
                out.append(graph.edges[index].source)
                out.append("\" target=\"n")
                out.append(graph.edges[index].target)
                out.append("\">")
                let numbers = schema.numbers(ofEdge: index)
                for c in edgeFields.indices {
                    let value = schema.value(edgeFields[c], ofEdge: index, numbers)
                    if value.isBlank { continue }
                    out.append("<data key=\"e_")
                    out.append(edgeFields[c].name)
                    out.append("\">")
                    schema.append(value, to: out, escape: escape)
                    out.append("</data>")
                }
                out.append("</edge>\n")
            }
        }
        out.append("  </graph>\n</graphml>\n")
    }

    private func type(_ kind: ExportSchema.Kind) -> StaticString {
        switch kind {
        case .int: return "int"
        case .double: return "double"
        case .string, .documents: return "string"
        }
    }

    private func key(_ name: String, node: Bool, type: StaticString, help: String, _ out: ExportBuffer) {
        out.append("  <key id=\"")
        out.append(node ? "v_" : "e_")
        out.append(verbatim: name)
        out.append("\" for=\"")
        out.append(node ? "node" : "edge")
        out.append("\" attr.name=\"")
        out.append(verbatim: name)
        out.append("\" attr.type=\"")
        out.append(type)
        out.append("\"><desc>")
        Escaping.appendXML(help, attribute: false, to: out)
        out.append("</desc></key>\n")
    }
}
