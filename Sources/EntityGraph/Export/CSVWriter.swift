/// Writes Gephi's spreadsheet format: `_nodes.csv` (`Id,Label,...`) and `_edges.csv` (`Source,Target,Type,Weight,...`).
///
/// RFC 4180 with CRLF line ends. Gephi guesses the separator from the header line
/// and matches `Id`, `Label`, `Source`, `Target`, `Type` and `Weight` by name, so
/// header names hold no spaces; `Type` is `Undirected`, else Gephi imports directed
/// edges. What Gephi's reader would change (`\`, padding) is settled in `Escaping.csvField`.
public struct CSVWriter: GraphWriter {
    public let format = ExportFormat.csv

    /// Creates the writer.
    public init() {}

    public func write(_ graph: CooccurrenceGraph, part: Int, to out: ExportBuffer) {
        let schema = ExportSchema(graph)
        if part == 0 {
            let columns = schema.nodeColumns.filter { $0.field != .label }
            out.append("Id,Label")
            for column in columns { out.append(byte: 0x2C); out.append(verbatim: column.name) }
            out.append("\r\n")
            for (index, node) in graph.nodes.enumerated() {
                out.append(byte: 0x6E)
                out.append(index)
                out.append(byte: 0x2C)
                Escaping.appendCSV(node.label, to: out)
                for column in columns { field(schema.value(column.field, of: node), schema, out) }
                out.append("\r\n")
            }
        } else {
            let columns = schema.edgeColumns.filter { $0.field != .weight }
            out.append("Source,Target,Type,Weight")
            for column in columns { out.append(byte: 0x2C); out.append(verbatim: column.name) }
            out.append("\r\n")
            out.appendInParallel(count: graph.edges.count) { range, out in
                for index in range {
                    let edge = graph.edges[index]
                    let numbers = schema.numbers(ofEdge: index)
                    out.append(byte: 0x6E)
                    out.append(edge.source)
                    out.append(",n")
                    out.append(edge.target)
                    out.append(",Undirected,")
                    out.append(numbers.value(graph.measure))
                    for column in columns { field(schema.value(column.field, ofEdge: index, numbers), schema, out) }
                    out.append("\r\n")
                }
            }
        }
    }

    @inline(__always)
    private func field(_ value: ExportSchema.Value, _ schema: ExportSchema, _ out: ExportBuffer) {
        out.append(byte: 0x2C)
        switch value {
        case .int, .double: schema.append(value, to: out) { _, _ in }
        case .string, .documents: Escaping.appendCSV(schema.text(value), to: out)
        }
    }
}
