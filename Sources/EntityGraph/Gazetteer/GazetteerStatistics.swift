/// Counts per file and type: entities, forms, and how ambiguous they are (`entitygraph gazetteer stats`).
public struct GazetteerStatistics: Sendable {
    /// The counts of one file and one type (or one word list).
    public struct Row: Sendable, Equatable {
        /// The list file, or `total`.
        public var file: String
        /// An entity type (`PLACE`), or `list:NAME` for a word list.
        public var kind: String
        /// Entities first declared here (words, for a word list).
        public var entities = 0
        /// Names declared here: canonical names and aliases.
        public var names = 0
        /// Names that are not their entity's canonical name.
        public var aliases = 0
        /// Demonyms declared here.
        public var demonyms = 0
        /// Entities first declared here and switched off.
        public var disabled = 0
        /// Names whose normalized form also names another entity of the same type (resolved by rank).
        public var ambiguous = 0
        /// Names whose normalized form also names an entity of another type.
        public var crossType = 0
        /// Names the policy never lets match alone (stop words, people's given names).
        public var neverAlone = 0

        init(file: String, kind: String) {
            self.file = file
            self.kind = kind
        }

        mutating func add(_ other: Row) {
            entities += other.entities
            names += other.names
            aliases += other.aliases
            demonyms += other.demonyms
            disabled += other.disabled
            ambiguous += other.ambiguous
            crossType += other.crossType
            neverAlone += other.neverAlone
        }
    }

    /// One row per file and kind, in load order then kind order.
    public let rows: [Row]
    /// One row per kind, all files together.
    public let totals: [Row]

    /// Counts `gazetteer` and its compiled form.
    public init(_ gazetteer: Gazetteer, _ compiled: CompiledGazetteer) {
        var rows: [String: Row] = [:]
        func key(_ file: String, _ kind: String) -> String { file + "\u{0}" + kind }
        func update(_ file: String, _ kind: String, _ body: (inout Row) -> Void) {
            var row = rows[key(file, kind)] ?? Row(file: file, kind: kind)
            body(&row)
            rows[key(file, kind)] = row
        }
        for entity in gazetteer.entities {
            let kind = entity.type.rawValue
            if let first = entity.forms.first {
                update(first.file, kind) { row in
                    row.entities += 1
                    if entity.isDisabled { row.disabled += 1 }
                }
            }
            for form in entity.forms {
                update(form.file, kind) { row in
                    if form.role == .demonym {
                        row.demonyms += 1
                    } else {
                        row.names += 1
                        if form.text != entity.canonical { row.aliases += 1 }
                    }
                }
            }
        }
        for (name, words) in gazetteer.wordLists {
            for word in words { update(word.file, "list:" + name) { $0.entities += 1 } }
        }
        let s = compiled.storage
        for node in 0..<(s.nodeFormStart.count - 1) {
            let forms = (Int(s.nodeFormStart[node])..<Int(s.nodeFormStart[node + 1])).map { Int(s.nodeForms[$0]) }
            for form in forms {
                let flags = CompiledGazetteer.FormFlags(rawValue: s.formFlags[form])
                guard !flags.contains(.demonym) else { continue }
                let entity = Int(s.formEntity[form])
                let file = s.files[Int(s.formFile[form])], kind = compiled.type(ofEntity: entity).rawValue
                let others = forms.map { Int(s.formEntity[$0]) }.filter { $0 != entity }
                let sameType = others.contains { s.entityType[$0] == s.entityType[entity] }
                let otherType = others.contains { s.entityType[$0] != s.entityType[entity] }
                let never = flags.isNeverAlone
                if sameType || otherType || never {
                    update(file, kind) { row in
                        if sameType { row.ambiguous += 1 }
                        if otherType { row.crossType += 1 }
                        if never { row.neverAlone += 1 }
                    }
                }
            }
        }
        let fileOrder = Dictionary(gazetteer.files.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = rows.values.sorted { a, b in
            let fa = fileOrder[a.file] ?? Int.max, fb = fileOrder[b.file] ?? Int.max
            return fa != fb ? fa < fb : a.kind < b.kind
        }
        self.rows = ordered
        var totals: [String: Row] = [:]
        for row in ordered { totals[row.kind, default: Row(file: "total", kind: row.kind)].add(row) }
        self.totals = totals.values.sorted { $0.kind < $1.kind }
    }

    /// The counts as an aligned text table, files first (paths shown without `prefix`), then totals.
    public func table(dropping prefix: String = "") -> String {
        let header = ["file", "kind", "entities", "names", "aliases", "demonyms", "disabled", "ambiguous", "cross-type", "never-alone"]
        let body = (rows + totals).map { r in
            [prefix.isEmpty || !r.file.hasPrefix(prefix) ? r.file : String(r.file.dropFirst(prefix.count)), r.kind] + [r.entities, r.names, r.aliases, r.demonyms, r.disabled, r.ambiguous, r.crossType, r.neverAlone].map(String.init)
        }
        let all = [header] + body
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        return all.map { cells in
            cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
