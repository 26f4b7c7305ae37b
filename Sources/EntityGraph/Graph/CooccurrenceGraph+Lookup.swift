/// Finding nodes by the names people type: an id, a canonical name or an alias, in any case and with or without accents.
extension CooccurrenceGraph {
    /// The index of the one node `query` names: its id, else its label or an alias (`aliases`: form -> entity id), folded.
    public func node(named query: String, aliases: [(form: String, id: String)] = []) throws -> Int {
        if let exact = nodes.firstIndex(where: { $0.id == query }) { return exact }
        let key = Normalizer.shared.key(query)
        var matches: [Int] = []
        for (index, node) in nodes.enumerated() where Normalizer.shared.key(node.label) == key { matches.append(index) }
        if matches.isEmpty {
            let ids = Set(aliases.filter { Normalizer.shared.key($0.form) == key }.map(\.id))
            for (index, node) in nodes.enumerated() where ids.contains(node.id) { matches.append(index) }
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw GraphError.ambiguousEntity(query: query, candidates: matches.map { "\(nodes[$0].label) (\(nodes[$0].type.rawValue), \(nodes[$0].id))" })
        }
        // Typos and partial names: the label, its last words ("Le Drian" of "Jean-Yves Le Drian") and the aliases.
        let suggestions = nodes.filter { node in
            let label = Normalizer.shared.key(node.label)
            if key.count >= 3 && label.contains(key) { return true }
            let words = label.split(separator: " ")
            let forms = words.indices.map { words[$0...].joined(separator: " ") }
                + aliases.filter { $0.id == node.id }.map { Normalizer.shared.key($0.form) }
            return forms.contains { CooccurrenceGraph.editDistance($0, key, limit: max(1, key.count / 4)) != nil }
        }
        throw GraphError.unknownEntity(query: query, suggestions: suggestions.prefix(5).map(\.label))
    }

    /// Levenshtein distance between `a` and `b` in scalars, or nil when it exceeds `limit` (typo suggestions).
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard abs(x.count - y.count) <= limit else { return nil }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }
}
