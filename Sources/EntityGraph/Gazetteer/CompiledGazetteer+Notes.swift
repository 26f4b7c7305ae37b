extension CompiledGazetteer {
    /// Why form `index` may not match everywhere it appears, in plain words (`entitygraph gazetteer show`).
    public func notes(onForm index: Int) -> [String] {
        let s = storage
        let flags = FormFlags(rawValue: s.formFlags[index])
        let entity = Int(s.formEntity[index])
        let type = self.type(ofEntity: entity)
        var notes: [String] = []
        let rules = s.formRules[Int(s.formRuleStart[index])..<Int(s.formRuleStart[index + 1])]
        if flags.contains(.exactCase) {
            notes.append("case=exact: only with exactly these capitals")
        } else if flags.contains(.anyCase) {
            notes.append("case=any: in any capitals")
        } else if rules.contains(where: { $0 & CaseRule.needsAllCaps != 0 }) {
            notes.append("a code: only in capitals")
        } else if rules.contains(where: { $0 != 0 }) {
            notes.append("needs the capitals written here (the text may add more)")
        }
        if flags.contains(.demonym) { return notes + ["a demonym: stands for its country, not an entity span"] }
        guard flags.contains(.single) else { return notes }
        if flags.contains(.code) { notes.append("not inside a run of words in capitals (a headline)") }
        if flags.isNeverAlone {
            return notes + [flags.contains(.givenName) ? "the person's first name: never names them alone" : "a stop word: never matches alone"]
        }
        if type == .place || type == .country {
            if flags.contains(.firstName) { notes.append("a first name: not when a capitalised word follows (a person)") }
            notes.append("not right after a capitalised first name (a surname)")
        }
        if type == .place, flags.contains(.word) || flags.contains(.firstName) {
            let pop = population(ofEntity: entity)
            let country = countryCode(ofEntity: entity).map { " or its country (\($0)) named elsewhere in the document" } ?? ""
            notes.append("ambiguous (\(flags.contains(.word) ? "a word" : "a first name")): only with a capital, and needs a place trigger "
                + "before it; or a population of \(policy.populationThreshold) or more inside a sentence, "
                + "\(policy.sentenceInitialPopulationThreshold) or more at its start (this one: \(pop))\(country); "
                + "or itself named elsewhere in the document")
        } else if flags.contains(.word) {
            notes.append("a word: at the start of a sentence only when the document names it elsewhere")
        }
        return notes
    }

    /// The lexicon ids of the tokens of `text`, folded as documents are (`Lexicon.unknown` for unknown tokens).
    public func keys(of text: String) -> [Int32] {
        var keys: [Int32] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var key: [UInt8] = []
            for token in Tokenizer().tokens(in: buffer) {
                key.removeAll(keepingCapacity: true)
                Normalizer.shared.fold(UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end]), into: &key)
                keys.append(lexicon.id(of: key))
            }
        }
        return keys
    }

    /// The forms whose normalized tokens equal those of `text`, best ranked first (the one a match would pick first).
    public func forms(matching text: String) -> [Int] {
        let keys = keys(of: text)
        let s = storage
        guard let first = keys.first, first >= 0, Int(first) < s.rootChild.count, s.rootChild[Int(first)] > 0 else { return [] }
        var node = s.rootChild[Int(first)]
        for key in keys.dropFirst() {
            guard key >= 0 else { return [] }
            node = s.edges.child(of: node, key: key)
            if node < 0 { return [] }
        }
        return (Int(s.nodeFormStart[Int(node)])..<Int(s.nodeFormStart[Int(node) + 1])).map { Int(s.nodeForms[$0]) }
    }

    /// The word lists (sublists left out) that hold `text` as one entry.
    public func wordLists(holding text: String) -> [String] {
        let keys = keys(of: text)
        guard !keys.isEmpty, !keys.contains(Lexicon.unknown) else { return [] }
        return storage.lists.filter { !$0.name.contains("/") && $0.lengthOfEntry(startingAt: 0, keys: keys) == keys.count }.map(\.name)
    }
}
