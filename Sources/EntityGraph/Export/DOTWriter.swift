/// Writes DOT for Graphviz: every ID quoted, colours and shapes by type, pen width by count, and a legend.
///
/// Node ids are synthetic (`n0`...) and names go in labels, so DOT keywords and
/// quotes in names cannot break the grammar (graphviz.org/doc/info/lang.html).
public struct DOTWriter: GraphWriter {
    public let fileExtension = "dot"

    /// Graphs larger than this get the attributes `sfdp` needs.
    public static let largeGraphNodes = 1_000

    /// Creates the writer.
    public init() {}

    public func render(_ graph: CooccurrenceGraph) -> String {
        var out = "graph \"entitygraph\" {\n"
        out += "  // EntityGraph co-occurrence graph, window=\(graph.window); large graphs: sfdp -Tsvg\n"
        if graph.nodes.count > DOTWriter.largeGraphNodes {
            out += "  overlap=\"false\";\n  outputorder=\"edgesfirst\";\n"
        }
        out += "  node [style=\"filled\", fontname=\"Helvetica\", fontcolor=\"white\"];\n"
        out += "  edge [color=\"#88888888\"];\n"
        let maxCount = graph.edges.map(\.count).max() ?? 1
        for (index, node) in graph.nodes.enumerated() {
            out += "  \"n\(index)\" [label=\(Escaping.dotQuoted(node.label)), shape=\"\(EntityStyle.dotShape(node.type))\", "
            out += "fillcolor=\"\(EntityStyle.hexColor(node.type))\", mentions=\"\(node.mentions)\"];\n"
        }
        for edge in graph.edges {
            let width = 1 + 4 * Double(edge.count) / Double(maxCount)
            out += "  \"n\(edge.source)\" -- \"n\(edge.target)\" [weight=\"\(edge.count)\", "
            out += "penwidth=\"\(Escaping.number((width * 10).rounded() / 10))\", count=\"\(edge.count)\", documents=\"\(edge.documents)\"];\n"
        }
        out += "  subgraph \"cluster_legend\" {\n    label=\"Legend\";\n    fontname=\"Helvetica\";\n"
        for type in EntityType.allCases {
            out += "    \"legend_\(type.rawValue)\" [label=\"\(type.rawValue)\", shape=\"\(EntityStyle.dotShape(type))\", "
            out += "fillcolor=\"\(EntityStyle.hexColor(type))\"];\n"
        }
        out += "  }\n}\n"
        return out
    }
}
