/// Accumulates extraction results, in document order, into a co-occurrence graph.
///
/// Each pair of distinct entities is counted once per window that holds both.
/// Builders of consecutive slices of a corpus can work in parallel and be merged
/// in document order (`merge(_:)`); the result equals one builder fed every document.
public struct CooccurrenceGraphBuilder: Sendable {
    /// The counting window.
    public let window: Window
    /// Whether demonyms count as mentions of their country.
    public let includesDemonyms: Bool
    /// Entities counted as another entity (capitals as their country).
    public let folding: EntityFolding
    /// Examples longer than this many Unicode scalars are cut, as they end up in every export.
    public static let exampleLimit = 300

    /// Warnings about the input (dates that cannot be read).
    public private(set) var diagnostics: [Diagnostic] = []

    private var nodeIndex: [String: Int] = [:]
    private var nodes: [CooccurrenceGraph.Node] = []
    /// Last document counted for each node, to count documents without a set per document.
    private var nodeLastDocument: [Int32] = []
    private var edgeIndex: [UInt64: Int] = [:]
    private var edges: [CooccurrenceGraph.Edge] = []
    private var edgeLastDocument: [Int32] = []
    private var documentIDs: [String] = []
    private var windowCount = 0

    /// Creates an empty builder.
    public init(window: Window = .sentence, includesDemonyms: Bool = false, folding: EntityFolding = EntityFolding()) {
        self.window = window
        self.includesDemonyms = includesDemonyms
        self.folding = folding
    }

    /// Number of documents added so far.
    public var documentCount: Int { documentIDs.count }

    /// Adds one document's mentions; documents must come in input order.
    public mutating func add(_ result: ExtractionResult) {
        let document = Int32(documentIDs.count)
        documentIDs.append(result.documentID)
        let day = self.day(of: result)
        // (node, sentence) of every counted mention of the current window.
        var entries: [(node: Int, sentence: Int32)] = []
        var currentKey = -1
        for mention in result.mentions where includesDemonyms || !mention.isDemonym {
            let key = window.key(of: mention, in: result)
            if key != currentKey {
                closeWindow(&entries, document: document, day: day, result: result)
                currentKey = key
            }
            let node = self.node(for: mention)
            nodes[node].mentions += 1
            if nodeLastDocument[node] != document {
                nodeLastDocument[node] = document
                nodes[node].documents += 1
                if let day { nodes[node].days.append(day) }
            }
            entries.append((node, Int32(mention.sentence)))
        }
        closeWindow(&entries, document: document, day: day, result: result)
    }

    /// Counts the window whose mentions are `entries`, then empties it.
    private mutating func closeWindow(_ entries: inout [(node: Int, sentence: Int32)], document: Int32, day: CalendarDay?,
                                      result: ExtractionResult) {
        guard !entries.isEmpty else { return }
        defer { entries.removeAll(keepingCapacity: true) }
        windowCount += 1
        entries.sort { $0.node != $1.node ? $0.node < $1.node : $0.sentence < $1.sentence }
        // Each member's entries: members[i] = (node, range in entries), nodes ascending.
        var members: [(node: Int, range: Range<Int>)] = []
        var start = 0
        for i in 1...entries.count where i == entries.count || entries[i].node != entries[start].node {
            members.append((entries[start].node, start..<i))
            start = i
        }
        for member in members { nodes[member.node].windows += 1 }
        guard members.count > 1 else { return }
        for i in 0..<(members.count - 1) {
            for j in (i + 1)..<members.count {
                let (a, b) = (members[i], members[j])
                let sentences = CooccurrenceGraphBuilder.sentences(entries, a.range, b.range)
                let pair = UInt64(a.node) << 32 | UInt64(b.node)
                let index: Int
                if let existing = edgeIndex[pair] {
                    index = existing
                } else {
                    index = edges.count
                    edgeIndex[pair] = index
                    edges.append(CooccurrenceGraph.Edge(source: a.node, target: b.node, count: 0, documents: 0))
                    edgeLastDocument.append(-1)
                }
                // The first supporting window whose text the extraction kept.
                if edges[index].example == nil { edges[index].example = CooccurrenceGraphBuilder.example(sentences, result) }
                edges[index].count += 1
                edges[index].evidence.append(CooccurrenceGraph.Evidence(document: document, sourceSentence: sentences.0,
                                                                        targetSentence: sentences.1))
                if edgeLastDocument[index] != document {
                    edgeLastDocument[index] = document
                    edges[index].documents += 1
                    if let day { edges[index].days.append(day) }
                }
            }
        }
    }

    /// A sentence holding both entities if there is one, else the first sentence of each.
    private static func sentences(_ entries: [(node: Int, sentence: Int32)], _ a: Range<Int>, _ b: Range<Int>) -> (Int32, Int32) {
        var i = a.lowerBound, j = b.lowerBound
        while i < a.upperBound && j < b.upperBound {
            let x = entries[i].sentence, y = entries[j].sentence
            if x == y { return (x, x) }
            if x < y { i += 1 } else { j += 1 }
        }
        return (entries[a.lowerBound].sentence, entries[b.lowerBound].sentence)
    }

    /// The example text of a window: its sentence, or its two sentences in text order, whitespace folded and cut.
    private static func example(_ sentences: (Int32, Int32), _ result: ExtractionResult) -> String? {
        let ordered = sentences.0 <= sentences.1 ? [sentences.0] + (sentences.0 == sentences.1 ? [] : [sentences.1])
                                                 : [sentences.1, sentences.0]
        var parts: [String] = []
        for sentence in ordered {
            guard let text = result.sentenceTexts[Int(sentence)] else { return nil }
            parts.append(text)
        }
        return shortened(parts.joined(separator: " … "), limit: exampleLimit)
    }

    /// `text` with runs of white space (line breaks, tabs) as one space, cut to `limit` scalars with an ellipsis.
    static func shortened(_ text: String, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        var pendingSpace = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace { out.append(" "); count += 1; pendingSpace = false }
            if count >= limit { out.append("…"); break }
            out.append(s)
            count += 1
        }
        return String(out)
    }

    private mutating func day(of result: ExtractionResult) -> CalendarDay? {
        guard let text = result.metadata["date"], !text.isEmpty else { return nil }
        if let day = CalendarDay(iso8601: text) { return day }
        diagnostics.append(Diagnostic(file: result.documentID,
                                      message: "date '\(text)' is not ISO 8601 (YYYY-MM-DD...); the document counts without a date"))
        return nil
    }

    private mutating func node(for mention: Mention) -> Int {
        var id = mention.entityID, label = mention.canonical, type = mention.type
        if let target = folding.target(of: id) { (id, label, type) = (target.id, target.label, target.type) }
        if id.isEmpty { id = Gazetteer.derivedID(type: type, name: label) }
        if let index = nodeIndex[id] { return index }
        nodeIndex[id] = nodes.count
        nodes.append(CooccurrenceGraph.Node(id: id, label: label, type: type, mentions: 0, documents: 0, windows: 0))
        nodeLastDocument.append(-1)
        return nodes.count - 1
    }

    /// Adds the counts of `other`, built from the documents that follow this builder's, with the same options.
    public mutating func merge(_ other: CooccurrenceGraphBuilder) {
        precondition(window == other.window && includesDemonyms == other.includesDemonyms && folding == other.folding,
                     "merging builders with different options")
        let offset = Int32(documentIDs.count)
        documentIDs.append(contentsOf: other.documentIDs)
        windowCount += other.windowCount
        diagnostics.append(contentsOf: other.diagnostics)
        var map: [Int] = []
        map.reserveCapacity(other.nodes.count)
        for (i, node) in other.nodes.enumerated() {
            let last = other.nodeLastDocument[i] < 0 ? -1 : other.nodeLastDocument[i] + offset
            if let j = nodeIndex[node.id] {
                nodes[j].mentions += node.mentions
                nodes[j].documents += node.documents
                nodes[j].windows += node.windows
                nodes[j].days.append(contentsOf: node.days)
                if last >= 0 { nodeLastDocument[j] = last }
                map.append(j)
            } else {
                nodeIndex[node.id] = nodes.count
                nodes.append(node)
                nodeLastDocument.append(last)
                map.append(nodes.count - 1)
            }
        }
        for (k, edge) in other.edges.enumerated() {
            let (s, t) = (map[edge.source], map[edge.target])
            let evidence = edge.evidence.map { item in
                CooccurrenceGraph.Evidence(document: item.document + offset,
                                           sourceSentence: s < t ? item.sourceSentence : item.targetSentence,
                                           targetSentence: s < t ? item.targetSentence : item.sourceSentence)
            }
            let pair = UInt64(min(s, t)) << 32 | UInt64(max(s, t))
            let last = other.edgeLastDocument[k] < 0 ? -1 : other.edgeLastDocument[k] + offset
            if let index = edgeIndex[pair] {
                edges[index].count += edge.count
                edges[index].documents += edge.documents
                edges[index].evidence.append(contentsOf: evidence)
                edges[index].days.append(contentsOf: edge.days)
                if edges[index].example == nil { edges[index].example = edge.example }
                edgeLastDocument[index] = last
            } else {
                edgeIndex[pair] = edges.count
                edges.append(CooccurrenceGraph.Edge(source: min(s, t), target: max(s, t), count: edge.count,
                                                    documents: edge.documents, evidence: evidence, example: edge.example,
                                                    days: edge.days))
                edgeLastDocument.append(last)
            }
        }
    }

    /// The graph so far, with `measure` as the edges' weight.
    public func graph(weightedBy measure: Measure = .count) -> CooccurrenceGraph {
        var nodes = self.nodes
        for i in nodes.indices where !nodes[i].days.isEmpty { nodes[i].days = CooccurrenceGraphBuilder.sortedUnique(nodes[i].days) }
        var edges = self.edges.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        for i in edges.indices where !edges[i].days.isEmpty { edges[i].days = CooccurrenceGraphBuilder.sortedUnique(edges[i].days) }
        return CooccurrenceGraph(window: window, measure: measure, documentIDs: documentIDs, windowCount: windowCount,
                                 nodes: nodes, edges: edges)
    }

    private static func sortedUnique(_ days: [CalendarDay]) -> [CalendarDay] {
        var sorted = days.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[write - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
