/// Writes node-link JSON as networkx (`node_link_graph`) and d3 read it: one node or link per line.
///
/// JSON carries every name exactly (controls escaped), lists as arrays, and the
/// graph's window and weight in `graph`, which networkx puts in `G.graph`.
public struct JSONWriter: GraphWriter {
    public let format = ExportFormat.json

    /// Creates the writer.
    public init() {}

    public func write(_ graph: CooccurrenceGraph, part: Int, to out: ExportBuffer) {
        let schema = ExportSchema(graph)
        out.append("{\"directed\": false, \"multigraph\": false, \"graph\": {\"generator\": \"EntityGraph\", \"window\": ")
        Escaping.appendJSON(graph.window.description, to: out)
        out.append(", \"weight\": ")
        Escaping.appendJSON(graph.measure.rawValue, to: out)
        out.append(", \"documents\": ")
        out.append(graph.documentIDs.count)
        out.append(", \"windows\": ")
        out.append(graph.windowCount)
        out.append("},\n\"nodes\": [")
        for (index, node) in graph.nodes.enumerated() {
            out.append(index == 0 ? "\n" : ",\n")
            out.append("{\"id\": \"n")
            out.append(index)
            out.append("\"")
            for column in schema.nodeColumns { member(column.field, schema.value(column.field, of: node), schema, out) }
            out.append(", \"color\": \"")
            out.append(verbatim: EntityStyle.hexColor(node.type))
            out.append("\", \"size\": ")
            out.append(EntityStyle.size(mentions: node.mentions))
            out.append("}")
        }
        out.append("\n],\n\"links\": [")
        out.appendInParallel(count: graph.edges.count) { range, out in
            for index in range {
                let edge = graph.edges[index]
                out.append(index == 0 ? "\n" : ",\n")
                out.append("{\"source\": \"n")
                out.append(edge.source)
                out.append("\", \"target\": \"n")
                out.append(edge.target)
                out.append("\"")
                let numbers = schema.numbers(ofEdge: index)
                for column in schema.edgeColumns { member(column.field, schema.value(column.field, ofEdge: index, numbers), schema, out) }
                out.append("}")
            }
        }
        out.append("\n]}\n")
    }

    @inline(__always)
    private func member(_ field: ExportSchema.Field, _ value: ExportSchema.Value, _ schema: ExportSchema, _ out: ExportBuffer) {
        out.append(", \"")
        out.append(field.name)
        out.append("\": ")
        if case .string(let text) = value, text.isEmpty, field != .label {
            // A missing date or example is null, not an empty name.
            out.append("null")
        } else if case .documents(let evidence) = value {
            out.append("[")
            for (k, item) in schema.documentIDs(evidence).enumerated() {
                if k > 0 { out.append(", ") }
                Escaping.appendJSON(item, to: out)
            }
            out.append("]")
        } else {
            schema.append(value, to: out) { text, out in Escaping.appendJSON(text, to: out) }
        }
    }
}
