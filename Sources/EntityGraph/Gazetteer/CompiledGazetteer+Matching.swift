extension CompiledGazetteer {
    /// What the policy says about one form at one place in the text.
    enum Verdict: Equatable {
        case accepted(Match.Evidence)
        /// Accepted only if the document confirms the entity or its country.
        case pending
        case rejected
    }

    /// Entities and countries found without needing evidence, for the second pass.
    struct DocumentContext {
        var entities = Set<Int32>()
        var countries = Set<UInt16>()
    }

    /// The gazetteer forms in `text`, leftmost-longest, each accepted by the policy, in text order.
    ///
    /// Two passes: the first keeps every form the policy accepts on local
    /// evidence and notes the single-token forms that need more; the second
    /// accepts those whose entity, or whose country for a place, the first
    /// pass found in the document ("à Sens" is not needed when "France" is there).
    public func matches(in text: AnalyzedText) -> [Match] {
        var (result, pending) = firstPass(in: text, tokens: 0..<text.keys.count)
        guard !pending.isEmpty else { return result }
        let confirmed = confirm(pending, in: text, context: documentContext(of: result))
        if !confirmed.isEmpty {
            result.append(contentsOf: confirmed)
            result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        return result
    }

    /// The gazetteer forms lying entirely within `range` of the text's tokens, leftmost-longest, in text order.
    ///
    /// The policy reads the same evidence as `matches(in:)`: the tokens around
    /// the range, and for ambiguous forms the whole document's first pass.
    /// Extraction uses it to match again inside a longer form it reads as a
    /// description ("groupe Etat islamique").
    public func matches(in text: AnalyzedText, tokens range: Range<Int>) -> [Match] {
        matches(in: text, tokens: [range])
    }

    /// The gazetteer forms lying entirely within one of `ranges` (each matched on its own), in text order.
    ///
    /// The whole document's first pass, which confirms ambiguous forms, is run
    /// at most once for all the ranges.
    public func matches(in text: AnalyzedText, tokens ranges: [Range<Int>]) -> [Match] {
        var result: [Match] = []
        var pending: [(start: Int, node: Int32)] = []
        for range in ranges {
            let range = max(0, range.lowerBound)..<min(text.keys.count, max(range.lowerBound, range.upperBound))
            let found = firstPass(in: text, tokens: range)
            result.append(contentsOf: found.matches)
            pending.append(contentsOf: found.pending)
        }
        if !pending.isEmpty {
            result.append(contentsOf: confirm(pending, in: text,
                                              context: documentContext(of: firstPass(in: text, tokens: 0..<text.keys.count).matches)))
        }
        result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return result
    }

    /// The entities and countries of `matches`, which needed no document evidence.
    private func documentContext(of matches: [Match]) -> DocumentContext {
        var context = DocumentContext()
        for match in matches {
            context.entities.insert(Int32(match.entity))
            if storage.entityType[match.entity] == CompiledGazetteer.countryType { context.countries.insert(storage.entityCountry[match.entity]) }
        }
        return context
    }

    /// The forms accepted on local evidence within `range`, and the single tokens that wait for the document's.
    private func firstPass(in text: AnalyzedText, tokens range: Range<Int>) -> (matches: [Match], pending: [(start: Int, node: Int32)]) {
        let s = storage
        let keys = text.keys
        let n = range.upperBound
        var result: [Match] = []
        var pending: [(start: Int, node: Int32)] = []
        var ends: [(end: Int, node: Int32)] = []
        ends.reserveCapacity(16)
        text.bytes.withUnsafeBufferPointer { bytes in
            var i = range.lowerBound
            while i < n {
                let k = keys[i]
                guard k >= 0, Int(k) < s.rootChild.count, s.rootChild[Int(k)] > 0 else { i += 1; continue }
                var node = s.rootChild[Int(k)]
                var j = i + 1
                ends.removeAll(keepingCapacity: true)
                while true {
                    if s.nodeFormStart[Int(node)] < s.nodeFormStart[Int(node) + 1] { ends.append((j, node)) }
                    guard j < n, keys[j] >= 0 else { break }
                    let next = s.edges.child(of: node, key: keys[j])
                    if next < 0 { break }
                    node = next
                    j += 1
                }
                var advanced = false
                for (end, node) in ends.reversed() {
                    let (match, needsEvidence) = choose(node, i..<end, text, bytes, context: nil)
                    if let match {
                        result.append(match)
                        i = end
                        advanced = true
                        break
                    }
                    // Only single tokens wait for evidence, so this is the last candidate at `i`.
                    if needsEvidence { pending.append((i, node)) }
                }
                if !advanced { i += 1 }
            }
        }
        return (result, pending)
    }

    /// The pending single tokens that `context` confirms.
    ///
    /// Two rounds: a place confirmed inside a sentence by its country then
    /// counts as named in the document, for its occurrences where a capital
    /// says nothing ("Borås et Kumla" after a colon, "le site de Borås" in a
    /// text about Sweden). Each round reads only the previous one's result, so
    /// the outcome does not depend on the order of the text.
    private func confirm(_ pending: [(start: Int, node: Int32)], in text: AnalyzedText, context: DocumentContext) -> [Match] {
        text.bytes.withUnsafeBufferPointer { bytes in
            var context = context
            var confirmed: [Match] = []
            var waiting = pending
            for _ in 0..<2 {
                var still: [(start: Int, node: Int32)] = []
                var found: [Match] = []
                for item in waiting {
                    if let match = choose(item.node, item.start..<(item.start + 1), text, bytes, context: context).match {
                        found.append(match)
                    } else {
                        still.append(item)
                    }
                }
                guard !found.isEmpty else { break }
                confirmed.append(contentsOf: found)
                for match in found { context.entities.insert(Int32(match.entity)) }
                waiting = still
            }
            return confirmed
        }
    }

    static let countryType = UInt8(EntityType.allCases.firstIndex(of: .country)!)
    static let placeType = UInt8(EntityType.allCases.firstIndex(of: .place)!)
    static let personType = UInt8(EntityType.allCases.firstIndex(of: .person)!)

    /// The best accepted form ending at `node` for `range`: exact bytes first, then the node's rank order.
    private func choose(_ node: Int32, _ range: Range<Int>, _ text: AnalyzedText, _ bytes: UnsafeBufferPointer<UInt8>,
                        context: DocumentContext?) -> (match: Match?, needsEvidence: Bool) {
        let s = storage
        let start = text.tokens[range.lowerBound].span.start, end = text.tokens[range.upperBound - 1].span.end
        var best: Match?
        var needsEvidence = false
        for p in Int(s.nodeFormStart[Int(node)])..<Int(s.nodeFormStart[Int(node) + 1]) {
            let form = Int(s.nodeForms[p])
            let entity = Int(s.formEntity[form])
            var evidence: Match.Evidence
            switch judge(form, entity, range, text) {
            case .rejected: continue
            case .accepted(let e): evidence = e
            case .pending:
                // Where a capital says nothing (sentence start), the place itself must be found elsewhere:
                // its country alone is too weak ("Réunion de la coalition" in a text about France).
                guard let context, context.entities.contains(Int32(entity))
                    || (s.entityType[entity] == CompiledGazetteer.placeType && s.entityCountry[entity] != 0
                        && context.countries.contains(s.entityCountry[entity]) && !isSentenceInitial(range.lowerBound, text)) else {
                    needsEvidence = true
                    continue
                }
                evidence = .document
            }
            let exact = s.formText.equals(form, bytes, start, end)
            if best == nil || (exact && !best!.exact) {
                let flags = FormFlags(rawValue: s.formFlags[form])
                best = Match(tokens: range, entity: entity, role: flags.contains(.demonym) ? .demonym : .name, exact: exact,
                             form: form, isCurated: flags.contains(.curated), evidence: evidence)
                if exact { break }
            }
        }
        return (best, needsEvidence)
    }

    /// The policy's verdict on `form` covering `range` (see `MatchPolicy.Rules`).
    func judge(_ form: Int, _ entity: Int, _ range: Range<Int>, _ text: AnalyzedText) -> Verdict {
        let rules = policy.rules
        if rules.isEmpty { return .accepted(.none) }
        let s = storage
        if rules.contains(.capitals) {
            var t = range.lowerBound
            for r in Int(s.formRuleStart[form])..<Int(s.formRuleStart[form + 1]) {
                let rule = s.formRules[r]
                if rule != 0 {
                    let flags = text.tokens[t].flags
                    if rule & CaseRule.needsCapital != 0 && !flags.contains(.initialCapital) { return .rejected }
                    if rule & CaseRule.needsAllCaps != 0 && !flags.contains(.allCaps) { return .rejected }
                    if rule & CaseRule.forbidsCapital != 0 && flags.contains(.initialCapital) { return .rejected }
                    if rule & CaseRule.forbidsAllCaps != 0 && flags.contains(.allCaps) { return .rejected }
                }
                t += 1
            }
        }
        let flags = FormFlags(rawValue: s.formFlags[form])
        guard flags.contains(.single) else { return .accepted(.none) }
        let i = range.lowerBound
        let type = s.entityType[entity]
        // A short word in capitals outside a headline is an acronym of its own ("le plan NICE"): it matches codes only.
        if rules.contains(.capitals), !flags.contains(.code), isShortAcronym(i, text), !hasCapitalisedNeighbour(i, text) { return .rejected }
        if rules.contains(.stopwords), flags.contains(.stopword), !flags.contains(.code), !flags.contains(.exactCase) { return .rejected }
        if rules.contains(.firstNames), flags.contains(.givenName) { return .rejected }
        if rules.contains(.codesInCapitals), flags.contains(.code), hasCapitalisedNeighbour(i, text) { return .rejected }
        if flags.contains(.demonym) { return .accepted(.none) }
        let isPlace = type == CompiledGazetteer.placeType
        let triggered = isPlace && (placeTriggers?.lengthOfEntry(endingBefore: i, keys: text.keys) ?? 0) > 0
        if rules.contains(.personPattern), isPlace || type == CompiledGazetteer.countryType {
            // Two signals for a place (a trigger and a large population) outweigh one for a person: "à Paris Fareed Yasseen".
            let strongPlace = triggered && Int(s.entityPopulation[entity]) >= policy.populationThreshold
            if flags.contains(.firstName), !strongPlace, followedByName(i, text) { return .rejected }
            if precededByFirstName(i, text) { return .rejected }
        }
        if rules.contains(.ambiguousForms) {
            // A word in lower case is the word, whatever the list writes ("au centre de la ville").
            if !flags.isDisjoint(with: [.word, .firstName]), !text.tokens[i].flags.contains(.initialCapital) { return .rejected }
            if isPlace, !flags.isDisjoint(with: [.word, .firstName]) {
                if triggered { return .accepted(.trigger) }
                let population = Int(s.entityPopulation[entity])
                if population >= policy.populationThreshold,
                   population >= policy.sentenceInitialPopulationThreshold || !isSentenceInitial(i, text) {
                    return .accepted(.population)
                }
                return .pending
            }
            if !isPlace, flags.contains(.word), isSentenceInitial(i, text) { return .pending }
        }
        return .accepted(.none)
    }

    /// Whether a capital at token `i` says nothing: only punctuation lies between it and the start of its sentence,
    /// or it follows a colon or an opening quote ("A LIRE AUSSI : Réunion de la coalition", "« Nice »").
    func isSentenceInitial(_ i: Int, _ text: AnalyzedText) -> Bool {
        let sentenceStart = text.sentences.isEmpty ? 0 : text.sentences[Int(text.sentenceOfToken[i])].lowerBound
        var j = i - 1
        while j >= sentenceStart {
            let token = text.tokens[j]
            if token.kind != .punctuation { return false }
            if opensCapitalisedText(token, text.bytes) { return true }
            j -= 1
        }
        return true
    }

    /// ":", "«", "“" and '"' (a quote may close as well as open, but a capital after a closing quote starts a sentence anyway).
    private func opensCapitalisedText(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let b = bytes[token.span.start]
        if b == 0x3A || b == 0x22 { return true }
        if token.span.length == 2, b == 0xC2, bytes[token.span.start + 1] == 0xAB { return true }
        return token.span.length == 3 && b == 0xE2 && bytes[token.span.start + 1] == 0x80 && bytes[token.span.start + 2] == 0x9C
    }

    /// Whether token `i + 1`, in the same sentence, is a capitalised word that is not a stop word ("Florence Parly").
    private func followedByName(_ i: Int, _ text: AnalyzedText) -> Bool {
        let j = i + 1
        guard j < text.tokens.count, text.sentenceOfToken[j] == text.sentenceOfToken[i] else { return false }
        let token = text.tokens[j]
        return token.kind == .word && token.flags.contains(.initialCapital) && !isStopword(text.keys[j])
    }

    /// Whether token `i - 1`, in the same sentence, is a capitalised first name ("John Kerry").
    ///
    /// Not a stop word ("Les", an English first name, in "Les États-Unis"), nor a first name that is a word
    /// where a capital says nothing (a sentence start): those are the word.
    private func precededByFirstName(_ i: Int, _ text: AnalyzedText) -> Bool {
        let j = i - 1
        guard j >= 0, text.sentenceOfToken[j] == text.sentenceOfToken[i] else { return false }
        let token = text.tokens[j], key = text.keys[j]
        guard token.kind == .word, token.flags.contains(.initialCapital), isFirstName(key), !isStopword(key) else { return false }
        return !(wordLikeFirstNames?.contains(key) ?? false) || !isSentenceInitial(j, text)
    }

    /// Whether token `i` is a word of 2 to 4 letters or digits, all in capitals.
    private func isShortAcronym(_ i: Int, _ text: AnalyzedText) -> Bool {
        let token = text.tokens[i]
        guard token.flags.contains(.allCaps), token.span.length <= 16 else { return false }
        return text.bytes.withUnsafeBufferPointer { UTF8Decoding.scalarCount(in: $0, from: token.span.start, to: token.span.end) <= 4 }
    }

    /// Whether a neighbouring word in the same sentence is all capitals too (a headline, not a code).
    private func hasCapitalisedNeighbour(_ i: Int, _ text: AnalyzedText) -> Bool {
        for j in [i - 1, i + 1] where j >= 0 && j < text.tokens.count && text.sentenceOfToken[j] == text.sentenceOfToken[i] {
            let token = text.tokens[j]
            if token.kind == .word && token.flags.contains(.allCaps) { return true }
        }
        return false
    }
}
