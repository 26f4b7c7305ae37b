/// The export formats, their file names and their writers.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML for Gephi, yEd, networkx, igraph, Cytoscape.
    case graphml
    /// GEXF 1.3 for Gephi, with colours, sizes and timeline spells.
    case gexf
    /// DOT for Graphviz.
    case dot
    /// Gephi's spreadsheet format: a nodes table and an edges table.
    case csv
    /// node-link JSON for networkx and d3.
    case json

    /// What follows the file stem: `.graphml`, or `_nodes.csv` and `_edges.csv`.
    public var fileSuffixes: [String] {
        switch self {
        case .csv: return ["_nodes.csv", "_edges.csv"]
        default: return ["." + rawValue]
        }
    }

    /// The format a file name's extension names (`x.graphml`, `x.gv`, `x_edges.csv`), if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "dot", "gv": self = .dot
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }

    /// The writer of the format.
    public var writer: any GraphWriter {
        switch self {
        case .graphml: return GraphMLWriter()
        case .gexf: return GEXFWriter()
        case .dot: return DOTWriter()
        case .csv: return CSVWriter()
        case .json: return JSONWriter()
        }
    }
}
