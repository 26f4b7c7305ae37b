#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pruning steps; each returns a new graph whose nodes keep their order and whose measures are unchanged.
extension CooccurrenceGraph {
    /// Applies every step of `pruning` in its documented order.
    public func pruned(_ pruning: Pruning) throws -> CooccurrenceGraph {
        var graph = self
        if let types = pruning.types { graph = graph.filtered(types: types) }
        graph = graph.filtered(minimumCount: pruning.minimumCount, minimumWeight: pruning.minimumWeight)
        if let alpha = pruning.backboneAlpha {
            guard alpha > 0, alpha < 1 else {
                throw GraphError.invalidValue(option: "--backbone", value: "\(alpha)", reason: "the significance level must lie between 0 and 1")
            }
            graph = graph.backbone(alpha: alpha)
        }
        if let egoID = pruning.egoID {
            guard let centre = graph.nodes.firstIndex(where: { $0.id == egoID }) else {
                throw GraphError.invalidValue(option: "--ego", value: egoID, reason: "the entity was removed by an earlier pruning step")
            }
            graph = graph.egoNetwork(of: centre, depth: pruning.egoDepth)
        }
        if let count = pruning.topNodes { graph = graph.keepingTopNodes(count, always: pruning.egoID) }
        if let count = pruning.topEdges { graph = graph.keepingTopEdges(count) }
        if pruning.dropsIsolatedNodes { graph = graph.removingIsolatedNodes() }
        return graph
    }

    /// The nodes of the given types and the edges between them.
    public func filtered(types: Set<EntityType>) -> CooccurrenceGraph {
        subgraph(keepingNodes: nodes.map { types.contains($0.type) })
    }

    /// The edges with a positive weight of at least `minimumWeight` and a count of at least `minimumCount`.
    public func filtered(minimumCount: Int, minimumWeight: Double? = nil) -> CooccurrenceGraph {
        subgraph(keepingEdges: edges.map { edge in
            let weight = self.weight(of: edge)
            return weight > 0 && edge.count >= minimumCount && weight >= (minimumWeight ?? -.infinity)
        })
    }

    /// The disparity-filter backbone (Serrano, Boguñá and Vespignani, PNAS 2009): an edge stays when, for at least one
    /// endpoint of degree k and strength s, its share p = w / s of the strength is significant: (1 - p)^(k - 1) < alpha.
    public func backbone(alpha: Double) -> CooccurrenceGraph {
        var degree = [Int](repeating: 0, count: nodes.count)
        var strength = [Double](repeating: 0, count: nodes.count)
        let weights = edges.map { weight(of: $0) }
        for (edge, w) in zip(edges, weights) {
            degree[edge.source] += 1; degree[edge.target] += 1
            strength[edge.source] += w; strength[edge.target] += w
        }
        func significant(_ w: Double, at node: Int) -> Bool {
            // A node with one edge gives it all its strength: (1 - 1)^0 = 1, never significant from that side (as in the paper).
            degree[node] > 1 && pow(1 - w / strength[node], Double(degree[node] - 1)) < alpha
        }
        return subgraph(keepingEdges: zip(edges, weights).map { edge, w in
            significant(w, at: edge.source) || significant(w, at: edge.target)
        })
    }

    /// The nodes at most `depth` edges from `centre`, and every edge between them.
    public func egoNetwork(of centre: Int, depth: Int) -> CooccurrenceGraph {
        var neighbours = [[Int]](repeating: [], count: nodes.count)
        for edge in edges {
            neighbours[edge.source].append(edge.target)
            neighbours[edge.target].append(edge.source)
        }
        var keep = [Bool](repeating: false, count: nodes.count)
        keep[centre] = true
        var frontier = [centre]
        for _ in 0..<max(0, depth) {
            var next: [Int] = []
            for node in frontier {
                for other in neighbours[node] where !keep[other] {
                    keep[other] = true
                    next.append(other)
                }
            }
            frontier = next
        }
        return subgraph(keepingNodes: keep)
    }

    /// The `count` nodes with most mentions (ties: first appearance), plus the node with id `always`, and the edges between them.
    public func keepingTopNodes(_ count: Int, always: String? = nil) -> CooccurrenceGraph {
        let ranked = nodes.indices.sorted { nodes[$0].mentions != nodes[$1].mentions ? nodes[$0].mentions > nodes[$1].mentions : $0 < $1 }
        var keep = [Bool](repeating: false, count: nodes.count)
        for index in ranked.prefix(max(0, count)) { keep[index] = true }
        if let always, let index = nodes.firstIndex(where: { $0.id == always }) { keep[index] = true }
        return subgraph(keepingNodes: keep)
    }

    /// The `count` heaviest edges (ties: higher count, then endpoint order); every node stays.
    public func keepingTopEdges(_ count: Int) -> CooccurrenceGraph {
        let weights = edges.map { weight(of: $0) }
        let ranked = edges.indices.sorted { a, b in
            if weights[a] != weights[b] { return weights[a] > weights[b] }
            if edges[a].count != edges[b].count { return edges[a].count > edges[b].count }
            return a < b
        }
        var keep = [Bool](repeating: false, count: edges.count)
        for index in ranked.prefix(max(0, count)) { keep[index] = true }
        return subgraph(keepingEdges: keep)
    }

    /// The graph without nodes that have no edge.
    public func removingIsolatedNodes() -> CooccurrenceGraph {
        var keep = [Bool](repeating: false, count: nodes.count)
        for edge in edges { keep[edge.source] = true; keep[edge.target] = true }
        return subgraph(keepingNodes: keep)
    }

    /// The kept nodes (renumbered in order) and the kept edges whose endpoints both stay.
    func subgraph(keepingNodes keepNode: [Bool]? = nil, keepingEdges keepEdge: [Bool]? = nil) -> CooccurrenceGraph {
        var newIndex = [Int](repeating: -1, count: nodes.count)
        var keptNodes: [Node] = []
        for (index, node) in nodes.enumerated() where keepNode?[index] ?? true {
            newIndex[index] = keptNodes.count
            keptNodes.append(node)
        }
        var keptEdges: [Edge] = []
        for (index, edge) in edges.enumerated() where keepEdge?[index] ?? true {
            let (s, t) = (newIndex[edge.source], newIndex[edge.target])
            guard s >= 0, t >= 0 else { continue }
            var copy = edge
            copy.source = s
            copy.target = t
            keptEdges.append(copy)
        }
        return CooccurrenceGraph(window: window, measure: measure, documentIDs: documentIDs, windowCount: windowCount,
                                 nodes: keptNodes, edges: keptEdges)
    }
}
