/// The columns every format writes for nodes and edges, in order, so that a graph carries the same data whatever the format.
///
/// Writers differ only in where a column goes (a GraphML key, a GEXF attribute, a
/// CSV column, a JSON member, a DOT attribute); `Documentation/Exports.md` lists them.
public struct ExportSchema: Sendable {
    /// How a column's values are typed.
    public enum Kind: Sendable {
        /// A whole number.
        case int
        /// A finite floating-point number.
        case double
        /// Text.
        case string
        /// A list of document ids (a JSON array; joined with `|` elsewhere).
        case documents
    }

    /// What a column holds; writers loop over fields, which cost nothing to copy, in their per-element loops.
    public enum Field: Sendable {
        /// Node: canonical name.
        case label
        /// Node: entity type.
        case type
        /// Node: entity id.
        case entity
        /// Node: mentions.
        case mentions
        /// Node: documents that mention it.
        case nodeDocuments
        /// Node: windows that hold it.
        case windows
        /// Node: date of its first document.
        case firstDate
        /// Node: date of its last document.
        case lastDate
        /// Edge: the chosen measure.
        case weight
        /// Edge: windows holding both.
        case count
        /// Edge: documents holding both in one window.
        case edgeDocuments
        /// Edge: Jaccard index.
        case jaccard
        /// Edge: Dice coefficient.
        case dice
        /// Edge: pointwise mutual information.
        case pmi
        /// Edge: normalized pointwise mutual information.
        case npmi
        /// Edge: the window.
        case window
        /// Edge: supporting document ids.
        case evidenceDocuments
        /// Edge: example sentence.
        case example

        /// The column's name in every format; static text, so hot loops append it without reference counting.
        public var name: StaticString {
            switch self {
            case .label: return "label"
            case .type: return "type"
            case .entity: return "entity"
            case .mentions: return "mentions"
            case .nodeDocuments, .edgeDocuments: return "documents"
            case .windows: return "windows"
            case .firstDate: return "first_date"
            case .lastDate: return "last_date"
            case .weight: return "weight"
            case .count: return "count"
            case .jaccard: return "jaccard"
            case .dice: return "dice"
            case .pmi: return "pmi"
            case .npmi: return "npmi"
            case .window: return "window"
            case .evidenceDocuments: return "evidence_documents"
            case .example: return "example"
            }
        }
    }

    /// One column.
    public struct Column: Sendable {
        /// Name used in every format (`mentions`, `npmi`, `evidence_documents`).
        public var name: String { field.name.description }
        /// Value type.
        public let kind: Kind
        /// What it holds.
        public let field: Field
        /// One sentence for humans (GraphML key descriptions, the documentation).
        public let help: String
    }

    /// One value.
    public enum Value {
        /// A whole number.
        case int(Int)
        /// A finite number.
        case double(Double)
        /// Text, escaped by each writer.
        case string(String)
        /// The distinct documents of this evidence, in order, at most `evidenceDocumentLimit`.
        case documents([CooccurrenceGraph.Evidence])
    }

    /// Documents listed in `evidence_documents`, at most: the `documents` column gives the total.
    public static let evidenceDocumentLimit = 10
    /// Separator of list values outside JSON.
    public static let listSeparator = "|"
    static let listSeparatorBytes: StaticString = "|"

    /// The graph described.
    public let graph: CooccurrenceGraph
    /// Node columns; `label` first. Dates only when the documents had dates.
    public let nodeColumns: [Column]
    /// Edge columns; `weight` first.
    public let edgeColumns: [Column]
    private let windowName: String
    /// c(a) of every node, packed: the edge loop reads two per edge at random, and whole nodes do not fit in cache.
    private let nodeWindows: [Int]

    /// The schema of `graph`.
    public init(_ graph: CooccurrenceGraph) {
        self.graph = graph
        windowName = graph.window.description
        nodeWindows = graph.nodes.map(\.windows)
        var nodes: [Column] = [
            Column(kind: .string, field: .label, help: "canonical name of the entity"),
            Column(kind: .string, field: .type, help: "PERSON, COUNTRY, ORG or PLACE"),
            Column(kind: .string, field: .entity, help: "gazetteer id, or local:type/name for names found by rules"),
            Column(kind: .int, field: .mentions, help: "number of mentions in the corpus"),
            Column(kind: .int, field: .nodeDocuments, help: "number of documents that mention it"),
            Column(kind: .int, field: .windows, help: "number of windows that hold it: c(a)"),
        ]
        if graph.hasDates {
            nodes.append(Column(kind: .string, field: .firstDate, help: "date of the first document that mentions it (YYYY-MM-DD)"))
            nodes.append(Column(kind: .string, field: .lastDate, help: "date of the last document that mentions it (YYYY-MM-DD)"))
        }
        nodeColumns = nodes
        let measure = graph.measure
        edgeColumns = [
            Column(kind: measure.isInteger ? .int : .double, field: .weight,
                   help: "the \(measure.rawValue) measure (chosen with --weight)"),
            Column(kind: .int, field: .count, help: "windows holding both entities: c(a,b)"),
            Column(kind: .int, field: .edgeDocuments, help: "documents holding both in one window"),
            Column(kind: .double, field: .jaccard, help: "c(a,b) / (c(a) + c(b) - c(a,b))"),
            Column(kind: .double, field: .dice, help: "2 c(a,b) / (c(a) + c(b))"),
            Column(kind: .double, field: .pmi, help: "log2(c(a,b) W / (c(a) c(b))), W = \(graph.windowCount) windows"),
            Column(kind: .double, field: .npmi, help: "pmi / -log2(c(a,b) / W), in [-1, 1]"),
            Column(kind: .string, field: .window, help: "the co-occurrence window (--window)"),
            Column(kind: .documents, field: .evidenceDocuments,
                   help: "ids of the first \(ExportSchema.evidenceDocumentLimit) supporting documents"),
            Column(kind: .string, field: .example, help: "the first supporting sentence(s), shortened"),
        ]
    }

    /// The value of `field` for `node`.
    public func value(_ field: Field, of node: CooccurrenceGraph.Node) -> Value {
        switch field {
        case .label: return .string(node.label)
        case .type: return .string(node.type.rawValue)
        case .entity: return .string(node.id)
        case .mentions: return .int(node.mentions)
        case .nodeDocuments: return .int(node.documents)
        case .windows: return .int(node.windows)
        case .firstDate: return .string(node.days.first?.description ?? "")
        case .lastDate: return .string(node.days.last?.description ?? "")
        default: preconditionFailure("edge field \(field) asked of a node")
        }
    }

    /// The measures of edge `index`, computed once for all its columns.
    ///
    /// Writers address edges by index rather than copying them: a copy retains and releases the edge's arrays and
    /// strings, which cost more than the writing itself on a million edges.
    public func numbers(ofEdge index: Int) -> EdgeMeasures {
        let (count, source, target) = (graph.edges[index].count, graph.edges[index].source, graph.edges[index].target)
        return EdgeMeasures(pair: count, documents: graph.edges[index].documents, first: nodeWindows[source],
                            second: nodeWindows[target], windows: graph.windowCount)
    }

    /// The value of `field` for edge `index`, whose `numbers(ofEdge:)` are `numbers`.
    public func value(_ field: Field, ofEdge index: Int, _ numbers: EdgeMeasures) -> Value {
        switch field {
        case .weight:
            let weight = numbers.value(graph.measure)
            return graph.measure.isInteger ? .int(Int(weight)) : .double(weight)
        case .count: return .int(graph.edges[index].count)
        case .edgeDocuments: return .int(graph.edges[index].documents)
        case .jaccard: return .double(numbers.jaccard)
        case .dice: return .double(numbers.dice)
        case .pmi: return .double(numbers.pmi)
        case .npmi: return .double(numbers.npmi)
        case .window: return .string(windowName)
        case .evidenceDocuments: return .documents(graph.edges[index].evidence)
        case .example: return .string(graph.edges[index].example ?? "")
        default: preconditionFailure("node field \(field) asked of an edge")
        }
    }

    /// Document ids of `.documents` evidence: distinct, in order, at most `evidenceDocumentLimit`.
    public func documentIDs(_ evidence: [CooccurrenceGraph.Evidence]) -> [String] {
        var ids: [String] = []
        forEachDocumentID(evidence) { ids.append($0) }
        return ids
    }

    @inline(__always)
    private func forEachDocumentID(_ evidence: [CooccurrenceGraph.Evidence], _ body: (String) -> Void) {
        var last: Int32 = -1, count = 0
        for item in evidence where item.document != last {
            last = item.document
            body(graph.documentIDs[Int(item.document)])
            count += 1
            if count == ExportSchema.evidenceDocumentLimit { break }
        }
    }

    /// Appends `value`: numbers as they are, text through `escape`, document lists joined with `listSeparator`
    /// (each id escaped, so the result equals escaping the joined text).
    @inline(__always)
    public func append(_ value: Value, to out: ExportBuffer, escape: (String, ExportBuffer) -> Void) {
        switch value {
        case .int(let number): out.append(number)
        case .double(let number): out.append(number)
        case .string(let text): escape(text, out)
        case .documents(let evidence):
            var first = true
            forEachDocumentID(evidence) { id in
                if !first { out.append(ExportSchema.listSeparatorBytes) }
                first = false
                escape(id, out)
            }
        }
    }

    /// Text of `value` (numbers in their export form, lists joined), for writers that escape whole fields (CSV, DOT).
    public func text(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        case .documents(let evidence): return documentIDs(evidence).joined(separator: ExportSchema.listSeparator)
        case .int, .double:
            let out = ExportBuffer()
            append(value, to: out) { _, _ in }
            return out.string
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
        case .string(let text):
            // Most texts start with a visible ASCII character: decide without decoding.
            if let first = text.utf8.first, first > 0x20, first < 0x80 { return false }
            return !text.unicodeScalars.contains { !$0.properties.isWhitespace }
        case .documents(let evidence): return evidence.isEmpty
        }
    }
}
