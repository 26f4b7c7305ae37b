/// Writes DOT for Graphviz: every ID and value quoted and escaped, colours and shapes by type, pen width by weight,
/// and a legend.
///
/// Node ids are synthetic (`"n0"`...) and names go in labels, so DOT keywords,
/// quotes and digits in names cannot break the grammar (graphviz.org/doc/info/lang.html).
/// The legend is an HTML-like graph label rather than a cluster of extra nodes,
/// so readers count exactly the graph's nodes.
public struct DOTWriter: GraphWriter {
    public let format = ExportFormat.dot

    /// Above this many nodes `dot` takes minutes: the file sets what `sfdp` needs and the CLI says to use it.
    public static let largeGraphNodes = 1_000

    /// Creates the writer.
    public init() {}

    public func write(_ graph: CooccurrenceGraph, part: Int, to out: ExportBuffer) {
        let schema = ExportSchema(graph)
        out.append("graph \"entitygraph\" {\n  // ")
        out.append(verbatim: schema.summary)
        out.append("\n  // Graphviz's weight must be an integer: it is the count unless --weight names another whole-number measure.\n")
        if graph.nodes.count > DOTWriter.largeGraphNodes {
            out.append("  // Large graph: lay it out with sfdp, e.g. sfdp -Tsvg graph.dot -o graph.svg\n")
            out.append("  overlap=\"false\";\n  outputorder=\"edgesfirst\";\n")
        }
        out.append("  fontname=\"Helvetica\";\n  labelloc=\"b\";\n  label=<")
        legend(out)
        out.append(">;\n  node [style=\"filled\", fontname=\"Helvetica\", fontcolor=\"white\"];\n")
        out.append("  edge [color=\"#88888888\"];\n")
        for (index, node) in graph.nodes.enumerated() {
            out.append("  \"n")
            out.append(index)
            out.append("\" [shape=\"")
            out.append(verbatim: EntityStyle.dotShape(node.type))
            out.append("\", fillcolor=\"")
            out.append(verbatim: EntityStyle.hexColor(node.type))
            out.append("\"")
            for column in schema.nodeColumns { attribute(column.field.name, schema.value(column.field, of: node), schema, out) }
            out.append("];\n")
        }
        let layoutMeasure = graph.measure.isInteger ? graph.measure : .count
        let heaviest = graph.edges.map { graph.weight(of: $0) }.max() ?? 1
        out.appendInParallel(count: graph.edges.count) { range, out in
            for index in range {
                let edge = graph.edges[index]
                let numbers = schema.numbers(ofEdge: index)
                out.append("  \"n")
                out.append(edge.source)
                out.append("\" -- \"n")
                out.append(edge.target)
                out.append("\" [weight=\"")
                out.append(Int(numbers.value(layoutMeasure)))
                out.append("\", penwidth=\"")
                out.append(((1 + 4 * max(0, numbers.value(graph.measure)) / heaviest) * 10).rounded() / 10)
                out.append("\"")
                for column in schema.edgeColumns where column.field != .weight {
                    attribute(column.field == .example ? "tooltip" : column.field.name, schema.value(column.field, ofEdge: index, numbers), schema, out)
                }
                out.append("];\n")
            }
        }
        out.append("}\n")
    }

    /// Appends `, name="value"` with the value escaped as a DOT string; blank texts are left out.
    @inline(__always)
    private func attribute(_ name: StaticString, _ value: ExportSchema.Value, _ schema: ExportSchema, _ out: ExportBuffer) {
        if value.isBlank { return }
        out.append(", ")
        out.append(name)
        out.append("=")
        switch value {
        case .string, .documents: Escaping.appendDOT(schema.text(value), to: out)
        case .int, .double:
            out.append(byte: 0x22)
            schema.append(value, to: out) { _, _ in }
            out.append(byte: 0x22)
        }
    }

    /// A one-row table: each type's name on its colour, with its node shape.
    private func legend(_ out: ExportBuffer) {
        out.append("<table border=\"0\" cellborder=\"0\" cellspacing=\"4\"><tr>")
        for type in EntityType.allCases {
            out.append("<td bgcolor=\"")
            out.append(verbatim: EntityStyle.hexColor(type))
            out.append("\"><font color=\"white\" face=\"Helvetica\">")
            out.append(verbatim: type.rawValue)
            out.append(" (")
            out.append(verbatim: EntityStyle.dotShape(type))
            out.append(")</font></td>")
        }
        out.append("</tr></table>")
    }
}
