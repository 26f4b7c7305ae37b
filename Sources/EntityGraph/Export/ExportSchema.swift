/// The columns every format writes for nodes and edges, in order, so that a graph carries the same data whatever the format.
///
/// Writers differ only in where a column goes (a GraphML key, a GEXF attribute, a
/// CSV column, a JSON member, a DOT attribute); `Documentation/Exports.md` lists them.
public struct ExportSchema {
    /// How a column's values are typed.
    public enum Kind: Sendable {
        /// A whole number.
        case int
        /// A finite floating-point number.
        case double
        /// Text.
        case string
        /// A list of texts (a JSON array; joined with `|` elsewhere).
        case strings
    }

    /// What a column holds.
    public enum Field: Sendable {
        case label, type, entity, mentions, nodeDocuments, windows, firstDate, lastDate
        case weight, count, edgeDocuments, jaccard, dice, pmi, npmi, window, evidenceDocuments, example
    }

    /// One column.
    public struct Column: Sendable {
        /// Name used in every format (`mentions`, `npmi`, `evidence_documents`).
        public let name: String
        /// Value type.
        public let kind: Kind
        /// What it holds.
        public let field: Field
        /// One sentence for humans (GraphML key descriptions, the documentation).
        public let help: String
    }

    /// One value.
    public enum Value {
        case int(Int)
        case double(Double)
        case string(String)
        case strings([String])
    }

    /// Documents listed in `evidence_documents`, at most: the `documents` column gives the total.
    public static let evidenceDocumentLimit = 10
    /// Separator of list values outside JSON.
    public static let listSeparator = "|"

    /// The graph described.
    public let graph: CooccurrenceGraph
    /// Node columns; `label` first. Dates only when the documents had dates.
    public let nodeColumns: [Column]
    /// Edge columns; `weight` first.
    public let edgeColumns: [Column]

    /// The schema of `graph`.
    public init(_ graph: CooccurrenceGraph) {
        self.graph = graph
        var nodes: [Column] = [
            Column(name: "label", kind: .string, field: .label, help: "canonical name of the entity"),
            Column(name: "type", kind: .string, field: .type, help: "PERSON, COUNTRY, ORG or PLACE"),
            Column(name: "entity", kind: .string, field: .entity, help: "gazetteer id, or local:type/name for names found by rules"),
            Column(name: "mentions", kind: .int, field: .mentions, help: "number of mentions in the corpus"),
            Column(name: "documents", kind: .int, field: .nodeDocuments, help: "number of documents that mention it"),
            Column(name: "windows", kind: .int, field: .windows, help: "number of windows that hold it: c(a)"),
        ]
        if graph.hasDates {
            nodes.append(Column(name: "first_date", kind: .string, field: .firstDate, help: "date of the first document that mentions it (YYYY-MM-DD)"))
            nodes.append(Column(name: "last_date", kind: .string, field: .lastDate, help: "date of the last document that mentions it (YYYY-MM-DD)"))
        }
        nodeColumns = nodes
        let measure = graph.measure
        edgeColumns = [
            Column(name: "weight", kind: measure.isInteger ? .int : .double, field: .weight,
                   help: "the \(measure.rawValue) measure (chosen with --weight)"),
            Column(name: "count", kind: .int, field: .count, help: "windows holding both entities: c(a,b)"),
            Column(name: "documents", kind: .int, field: .edgeDocuments, help: "documents holding both in one window"),
            Column(name: "jaccard", kind: .double, field: .jaccard, help: "c(a,b) / (c(a) + c(b) - c(a,b))"),
            Column(name: "dice", kind: .double, field: .dice, help: "2 c(a,b) / (c(a) + c(b))"),
            Column(name: "pmi", kind: .double, field: .pmi, help: "log2(c(a,b) W / (c(a) c(b))), W = \(graph.windowCount) windows"),
            Column(name: "npmi", kind: .double, field: .npmi, help: "pmi / -log2(c(a,b) / W), in [-1, 1]"),
            Column(name: "window", kind: .string, field: .window, help: "the co-occurrence window (--window)"),
            Column(name: "evidence_documents", kind: .strings, field: .evidenceDocuments,
                   help: "ids of the first \(ExportSchema.evidenceDocumentLimit) supporting documents"),
            Column(name: "example", kind: .string, field: .example, help: "the first supporting sentence(s), shortened"),
        ]
    }

    /// The value of `column` for node `index`.
    public func value(_ column: Column, node index: Int) -> Value {
        let node = graph.nodes[index]
        switch column.field {
        case .label: return .string(node.label)
        case .type: return .string(node.type.rawValue)
        case .entity: return .string(node.id)
        case .mentions: return .int(node.mentions)
        case .nodeDocuments: return .int(node.documents)
        case .windows: return .int(node.windows)
        case .firstDate: return .string(node.days.first?.description ?? "")
        case .lastDate: return .string(node.days.last?.description ?? "")
        default: preconditionFailure("edge column \(column.name) asked of a node")
        }
    }

    /// The value of `column` for edge `index`.
    public func value(_ column: Column, edge index: Int) -> Value {
        let edge = graph.edges[index]
        switch column.field {
        case .weight:
            let weight = graph.weight(of: edge)
            return column.kind == .int ? .int(Int(weight)) : .double(weight)
        case .count: return .int(edge.count)
        case .edgeDocuments: return .int(edge.documents)
        case .jaccard: return .double(graph.value(.jaccard, of: edge))
        case .dice: return .double(graph.value(.dice, of: edge))
        case .pmi: return .double(graph.value(.pmi, of: edge))
        case .npmi: return .double(graph.value(.npmi, of: edge))
        case .window: return .string(graph.window.description)
        case .evidenceDocuments: return .strings(graph.evidenceDocuments(of: edge, limit: ExportSchema.evidenceDocumentLimit))
        case .example: return .string(edge.example ?? "")
        default: preconditionFailure("node column \(column.name) asked of an edge")
        }
    }

    /// A short description of the graph for file headers: window, weight, documents and windows counted.
    public var summary: String {
        "EntityGraph co-occurrence graph; window=\(graph.window); weight=\(graph.measure.rawValue); "
            + "\(graph.documentIDs.count) documents; \(graph.windowCount) windows with entities; "
            + "\(graph.nodes.count) nodes; \(graph.edges.count) edges"
    }
}

extension ExportSchema.Value {
    /// Whether the value is text with nothing but white space (or nothing): XML writers leave it out, as Gephi drops it.
    public var isBlank: Bool {
        switch self {
        case .int, .double: return false
        case .string(let text): return !text.unicodeScalars.contains { !$0.properties.isWhitespace }
        case .strings(let items): return items.isEmpty
        }
    }

    /// Appends the value: numbers as they are, text through `escape` (lists joined with `listSeparator`).
    @inline(__always)
    public func append(to out: ExportBuffer, escape: (String, ExportBuffer) -> Void) {
        switch self {
        case .int(let value): out.append(value)
        case .double(let value): out.append(value)
        case .string(let text): escape(text, out)
        case .strings(let items): escape(items.joined(separator: ExportSchema.listSeparator), out)
        }
    }
}
