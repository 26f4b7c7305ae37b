/// Writes GraphML for Gephi, yEd, networkx and igraph.
///
/// Keys are declared per domain with explicit types and descriptive ids; Gephi
/// reads `label`, `weight`, `size` and `r`/`g`/`b` as visual properties only when
/// `for` is `node`/`edge` and the name matches exactly (ImporterGraphML.java).
/// Node ids are synthetic (`n0`...): ids must be XML NMTOKENs.
public struct GraphMLWriter: GraphWriter {
    public let fileExtension = "graphml"

    /// Creates the writer.
    public init() {}

    private static let nodeKeys: [(id: String, name: String, type: String)] = [
        ("v_label", "label", "string"), ("v_type", "type", "string"), ("v_entity", "entity", "string"),
        ("v_mentions", "mentions", "int"), ("v_documents", "documents", "int"),
        ("v_size", "size", "double"), ("v_r", "r", "int"), ("v_g", "g", "int"), ("v_b", "b", "int"),
    ]
    private static let edgeKeys: [(id: String, name: String, type: String)] = [
        ("e_weight", "weight", "double"), ("e_count", "count", "int"), ("e_documents", "documents", "int"),
    ]

    public func render(_ graph: CooccurrenceGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        out += "  <desc>EntityGraph co-occurrence graph, window=\(graph.window)</desc>\n"
        for key in GraphMLWriter.nodeKeys {
            out += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        for key in GraphMLWriter.edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"undirected\">\n"
        for (index, node) in graph.nodes.enumerated() {
            let (r, g, b) = EntityStyle.color(node.type)
            out += "    <node id=\"n\(index)\">\n"
            data(&out, "v_label", Escaping.xmlText(node.label))
            data(&out, "v_type", node.type.rawValue)
            data(&out, "v_entity", Escaping.xmlText(node.id))
            data(&out, "v_mentions", String(node.mentions))
            data(&out, "v_documents", String(node.documents))
            data(&out, "v_size", Escaping.number(EntityStyle.size(mentions: node.mentions)))
            data(&out, "v_r", String(r))
            data(&out, "v_g", String(g))
            data(&out, "v_b", String(b))
            out += "    </node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"n\(edge.source)\" target=\"n\(edge.target)\">\n"
            data(&out, "e_weight", Escaping.number(Double(edge.count)))
            data(&out, "e_count", String(edge.count))
            data(&out, "e_documents", String(edge.documents))
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private func data(_ out: inout String, _ key: String, _ escapedValue: String) {
        out += "      <data key=\"\(key)\">\(escapedValue)</data>\n"
    }
}
