extension CompiledGazetteer {
    /// Compiles `gazetteer` with `tokenizer` (the documents' tokenizer); disabled entities are left out.
    public init(_ gazetteer: Gazetteer, tokenizer: Tokenizer = Tokenizer()) {
        var builder = Builder(tokenizer: tokenizer)
        let storage = builder.build(gazetteer)
        self.init(lexicon: builder.lexicon, storage: storage)
        diagnostics = builder.diagnostics
    }

    /// The state of one compilation.
    struct Builder {
        let tokenizer: Tokenizer
        var lexicon = Lexicon(capacity: 1 << 16)
        var diagnostics: [Diagnostic] = []
        private var key: [UInt8] = []

        init(tokenizer: Tokenizer) { self.tokenizer = tokenizer }

        /// One token of a form: its key, its capitals, and its number of letters.
        struct FormToken {
            var key: Int32
            var flags: Token.Flags
            var letters: Int
            var isWordOrNumber: Bool
        }

        mutating func tokenize(_ text: String) -> [FormToken] {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                var result: [FormToken] = []
                for token in tokenizer.tokens(in: buffer) {
                    key.removeAll(keepingCapacity: true)
                    let slice = UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end])
                    Normalizer.shared.fold(slice, into: &key)
                    var letters = 0
                    if token.flags.contains(.allCaps) {
                        letters = String(decoding: slice, as: UTF8.self).unicodeScalars.filter(\.properties.isAlphabetic).count
                    }
                    result.append(FormToken(key: lexicon.intern(key), flags: token.flags, letters: letters,
                                            isWordOrNumber: token.kind == .word || token.kind == .number))
                }
                return result
            }
        }

        static func caseRule(_ token: FormToken, policy: Entity.CasePolicy, code: Bool) -> UInt8 {
            let capital = token.flags.contains(.initialCapital), allCaps = token.flags.contains(.allCaps)
            switch policy {
            case .any:
                return 0
            case .exact:
                if allCaps { return CaseRule.needsAllCaps | CaseRule.needsCapital }
                return capital ? CaseRule.needsCapital | CaseRule.forbidsAllCaps : CaseRule.forbidsCapital | CaseRule.forbidsAllCaps
            case .entryDriven:
                // Acronyms longer than 4 letters are often written as names in French ("l'Unesco", "l'Otan").
                if allCaps && (token.letters <= 4 || code) { return CaseRule.needsAllCaps | CaseRule.needsCapital }
                return capital ? CaseRule.needsCapital : 0
            }
        }

        mutating func build(_ gazetteer: Gazetteer) -> Storage {
            // Word lists first: rules look their words up by key.
            var lists: [(name: String, singles: [Int32], phrases: [[Int32]])] = []
            for name in gazetteer.wordLists.keys.sorted() {
                let words = gazetteer.wordLists[name]!
                var groups: [(String, [Gazetteer.Word])] = [(name, words)]
                // Sublists by the attributes rules select on: "place-triggers/kind=strong", "firstnames/gender=f".
                for key in CompiledGazetteer.sublistKeys {
                    let values = Set(words.compactMap { $0.attributes[key] })
                    for value in values.sorted() { groups.append(("\(name)/\(key)=\(value)", words.filter { $0.attributes[key] == value })) }
                }
                for (listName, members) in groups {
                    var singles: [Int32] = [], phrases: [[Int32]] = []
                    var seenPhrases = Set<[Int32]>()
                    for word in members {
                        let keys = tokenize(word.text).map(\.key)
                        if keys.count == 1 { singles.append(keys[0]) } else if keys.count > 1, seenPhrases.insert(keys).inserted { phrases.append(keys) }
                    }
                    lists.append((listName, singles, phrases))
                }
            }
            lists.sort { $0.name < $1.name }
            let stopwords = Set(lists.first { $0.name == "stopwords" }?.singles ?? [])
            let firstNames = Set(lists.first { $0.name == "firstnames" }?.singles ?? [])
            // Phrases that are never an entity, whichever list names them (a user's way to drop one alias).
            let blocked = lists.first { $0.name == "blocked" }.map { Set($0.phrases + $0.singles.map { [$0] }) } ?? []

            var entityID = StringTable(), entityCanonical = StringTable(), attributeSets = StringTable()
            var entityAttributeSet: [Int32] = [], setIndex: [String: Int32] = [:]
            var entityType: [UInt8] = [], entityPopulation: [UInt32] = [], entityCountry: [UInt16] = [], entityCapitalOf: [UInt16] = []
            var entityFormStart: [Int32] = [0]
            var formText = StringTable(), formEntity: [Int32] = [], formFlags: [UInt16] = [], formFile: [UInt16] = []
            var formLine: [Int32] = [], formRuleStart: [Int32] = [0], formRules: [UInt8] = [], formNode: [Int32] = []
            var files = StringTable()
            var fileIndex: [String: UInt16] = [:]
            var rootChildren: [Int32: Int32] = [:]
            var deeper: [UInt64: Int32] = [:]
            var nodeCount: Int32 = 1

            for entity in gazetteer.entities where !entity.isDisabled {
                let e = entityType.count
                entityID.append(entity.id)
                entityCanonical.append(entity.canonical)
                entityType.append(UInt8(EntityType.allCases.firstIndex(of: entity.type)!))
                let population = UInt32(clamping: entity.population)
                entityPopulation.append(population)
                entityCountry.append(CompiledGazetteer.pack(entity.countryCode))
                let capital = entity.attributes["capital_of"].flatMap { $0.hasPrefix("iso:") ? String($0.dropFirst(4)) : nil }
                entityCapitalOf.append(CompiledGazetteer.pack(capital))
                var attributes = entity.attributes
                // The population column restores `pop` exactly when it is written canonically.
                if population > 0, attributes["pop"] == String(population) { attributes["pop"] = nil }
                let set = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{1F}")
                if let index = setIndex[set] {
                    entityAttributeSet.append(index)
                } else {
                    setIndex[set] = Int32(attributeSets.count)
                    entityAttributeSet.append(Int32(attributeSets.count))
                    attributeSets.append(set)
                }
                // A person's given name: the first word of a canonical name of two words or more, when it is a first name.
                let canonicalTokens = entity.type == .person ? tokenize(entity.canonical) : []
                let givenName = canonicalTokens.count >= 2 ? canonicalTokens[0].key : Lexicon.unknown
                for form in entity.forms {
                    let tokens = tokenize(form.text)
                    // A form of punctuation alone would match every dash or quote of every text.
                    if !blocked.isEmpty, blocked.contains(tokens.map(\.key)) { continue }
                    guard tokens.contains(where: { $0.isWordOrNumber }) else {
                        warn(form, "'\(form.text)' has no letter or digit: left out [never-matches]")
                        continue
                    }
                    var flags: FormFlags = []
                    if form.role == .demonym { flags.insert(.demonym) }
                    if form.isCurated { flags.insert(.curated) }
                    if form.ambiguity.contains(.word) { flags.insert(.word) }
                    if form.ambiguity.contains(.firstName) { flags.insert(.firstName) }
                    let explicitCode = form.ambiguity.contains(.code)
                    if form.casePolicy == .exact { flags.insert(.exactCase) }
                    if form.casePolicy == .any { flags.insert(.anyCase) }
                    if tokens.count == 1 {
                        flags.insert(.single)
                        if firstNames.contains(tokens[0].key) { flags.insert(.firstName) }
                        if stopwords.contains(tokens[0].key) { flags.insert(.stopword) }
                        // Only a known first name: "Thaksin" or "Mahathir" alone do name their person.
                        if tokens[0].key == givenName, firstNames.contains(givenName) { flags.insert(.givenName) }
                        if explicitCode || (tokens[0].flags.contains(.allCaps) && tokens[0].letters <= 4) { flags.insert(.code) }
                    }
                    let rules = tokens.map { Builder.caseRule($0, policy: form.casePolicy, code: explicitCode) }
                    if form.isCurated, flags.isNeverAlone {
                        if flags.contains(.givenName) {
                            warn(form, "'\(form.text)' is the first name of '\(entity.canonical)': alone it never names them [never-matches]")
                        } else {
                            warn(form, "'\(form.text)' is a stop word: alone it never matches (add case=exact if it must) [never-matches]")
                        }
                    }
                    var node = rootChildren[tokens[0].key] ?? {
                        defer { nodeCount += 1 }
                        rootChildren[tokens[0].key] = nodeCount
                        return nodeCount
                    }()
                    for token in tokens.dropFirst() {
                        let edge = EdgeTable.edge(node, token.key)
                        if let next = deeper[edge] {
                            node = next
                        } else {
                            deeper[edge] = nodeCount
                            node = nodeCount
                            nodeCount += 1
                        }
                    }
                    if fileIndex[form.file] == nil {
                        fileIndex[form.file] = UInt16(files.count)
                        files.append(form.file)
                    }
                    formText.append(form.text)
                    formEntity.append(Int32(e))
                    formFlags.append(flags.rawValue)
                    formFile.append(fileIndex[form.file]!)
                    formLine.append(Int32(clamping: form.line))
                    formRules.append(contentsOf: rules)
                    formRuleStart.append(Int32(formRules.count))
                    formNode.append(node)
                }
                entityFormStart.append(Int32(formEntity.count))
            }

            // Group forms by node, best ranked first; a word is a word whoever lists it.
            var formsOfNode = [[Int32]](repeating: [], count: Int(nodeCount))
            for (form, node) in formNode.enumerated() { formsOfNode[Int(node)].append(Int32(form)) }
            let ambiguityBits = FormFlags.word.rawValue | FormFlags.firstName.rawValue
            var nodeFormStart: [Int32] = [0], nodeForms: [Int32] = []
            nodeForms.reserveCapacity(formNode.count)
            for node in 0..<Int(nodeCount) {
                var forms = formsOfNode[node]
                if forms.count > 1 {
                    let union = forms.reduce(UInt16(0)) { $0 | (formFlags[Int($1)] & ambiguityBits) }
                    for f in forms where formFlags[Int(f)] & FormFlags.curated.rawValue == 0 { formFlags[Int(f)] |= union }
                    forms.sort { a, b in
                        let x = Int(a), y = Int(b)
                        let ex = Int(formEntity[x]), ey = Int(formEntity[y])
                        let cx = formFlags[x] & FormFlags.curated.rawValue != 0, cy = formFlags[y] & FormFlags.curated.rawValue != 0
                        if cx != cy { return cx }
                        let tx = EntityType.allCases[Int(entityType[ex])].matchRank, ty = EntityType.allCases[Int(entityType[ey])].matchRank
                        if tx != ty { return tx < ty }
                        let kx = entityCapitalOf[ex] != 0, ky = entityCapitalOf[ey] != 0
                        if kx != ky { return kx }
                        if entityPopulation[ex] != entityPopulation[ey] { return entityPopulation[ex] > entityPopulation[ey] }
                        return x < y
                    }
                    reportConflicts(forms, formEntity: formEntity, formFlags: formFlags, entityType: entityType,
                                    entityID: entityID, formText: formText, formFile: formFile, formLine: formLine, files: files)
                }
                nodeForms.append(contentsOf: forms)
                nodeFormStart.append(Int32(nodeForms.count))
            }

            let remap = renumberLexicon()
            var rootChild = [Int32](repeating: 0, count: lexicon.count)
            for (key, node) in rootChildren { rootChild[Int(remap[Int(key)])] = node }
            var edges = EdgeTable(capacity: deeper.count)
            let renumbered = deeper.map { edge, child in
                (EdgeTable.edge(Int32(truncatingIfNeeded: edge >> 32), remap[Int(UInt32(truncatingIfNeeded: edge))]), child)
            }
            // Sorted so that the table, and the cache file, are the same bytes on every run.
            for (edge, child) in renumbered.sorted(by: { $0.0 < $1.0 }) {
                edges.insert(node: Int32(truncatingIfNeeded: edge >> 32), key: Int32(bitPattern: UInt32(truncatingIfNeeded: edge)), child: child)
            }
            let wordLists = lists.map { list in
                WordList(name: list.name, singles: list.singles.map { remap[Int($0)] },
                         phrases: list.phrases.map { $0.map { remap[Int($0)] } }, keyCount: lexicon.count)
            }
            return Storage(entityID: entityID, entityCanonical: entityCanonical, entityType: entityType, entityPopulation: entityPopulation,
                           entityCountry: entityCountry, entityCapitalOf: entityCapitalOf,
                           entityAttributeSet: entityAttributeSet, attributeSets: attributeSets,
                           entityFormStart: entityFormStart, formText: formText, formEntity: formEntity, formFlags: formFlags,
                           formFile: formFile, formLine: formLine, formRuleStart: formRuleStart, formRules: formRules, files: files,
                           rootChild: rootChild, edges: edges, nodeFormStart: nodeFormStart, nodeForms: nodeForms, lists: wordLists)
        }

        /// Renumbers the lexicon so that id order is the order of the keys' home slots in the hash table that loading
        /// the cache builds (`Lexicon(capacity: count + 1)`); returns old id -> new id.
        ///
        /// Loading re-interns every key in id order; in random order each insertion misses the cache (~250 ns for
        /// 140k keys, 35 ms), in slot order the table fills front to back. Only speed depends on it: any order gives
        /// a correct lexicon, so a change in `Lexicon`'s table size or hash costs time, never correctness.
        mutating func renumberLexicon() -> [Int32] {
            let count = lexicon.count
            var size = 16
            while size < (count + 1) * 2 { size <<= 1 }
            let mask = UInt64(size - 1)
            var keys: [[UInt8]] = []
            keys.reserveCapacity(count)
            var order: [(slot: UInt64, id: Int32)] = []
            order.reserveCapacity(count)
            for id in 0..<count {
                let key = Array(lexicon.key(of: Int32(id)).utf8)
                keys.append(key)
                order.append((key.withUnsafeBufferPointer { Lexicon.hash($0) } & mask, Int32(id)))
            }
            order.sort { $0.slot != $1.slot ? $0.slot < $1.slot : $0.id < $1.id }
            var renumbered = Lexicon(capacity: count + 1)
            var remap = [Int32](repeating: Lexicon.unknown, count: count)
            for (_, id) in order { remap[Int(id)] = renumbered.intern(keys[Int(id)]) }
            lexicon = renumbered
            return remap
        }

        mutating func warn(_ form: Entity.Form, _ message: String) {
            diagnostics.append(Diagnostic(file: form.file, line: form.line, message: message))
        }

        /// Warns when one normalized form names several entities and no documented precedence decides between them:
        /// curated forms of different entities, or generated forms of types other than country-over-place.
        mutating func reportConflicts(_ forms: [Int32], formEntity: [Int32], formFlags: [UInt16], entityType: [UInt8],
                                      entityID: StringTable, formText: StringTable, formFile: [UInt16], formLine: [Int32],
                                      files: StringTable) {
            // Demonyms and forms that never match alone compete with nothing.
            let names = forms.map(Int.init).filter { f in
                let flags = FormFlags(rawValue: formFlags[f])
                return !flags.contains(.demonym) && !flags.isNeverAlone
            }
            let curated = names.filter { formFlags[$0] & FormFlags.curated.rawValue != 0 }
            let generated = names.filter { formFlags[$0] & FormFlags.curated.rawValue == 0 }
            var reported = Set<Int32>()
            func report(_ group: [Int], sameTypeToo: Bool) {
                guard let first = group.first else { return }
                let winner = Int(formEntity[first])
                for f in group.dropFirst() {
                    let loser = formEntity[f]
                    guard Int(loser) != winner, !reported.contains(loser) else { continue }
                    let types = (EntityType.allCases[Int(entityType[winner])], EntityType.allCases[Int(entityType[Int(loser)])])
                    if !sameTypeToo {
                        if types.0 == types.1 { continue }
                        if Set([types.0, types.1]) == [.country, .place] { continue }
                    }
                    reported.insert(loser)
                    let origin = "\(files[Int(formFile[first])]):\(formLine[first])"
                    diagnostics.append(Diagnostic(file: files[Int(formFile[f])], line: Int(formLine[f]),
                        message: "'\(formText[f])' also names \(types.0.rawValue) \(entityID[winner]) ('\(formText[first])', \(origin)), "
                            + "which wins; make the forms differ or switch one off [ambiguous-form]"))
                }
            }
            report(curated, sameTypeToo: true)
            report(generated, sameTypeToo: false)
        }
    }
}
