/// One sense per document: links the short and misspelt forms of a name, and acronyms, to the full name
/// the same document gives, after overlaps are resolved.
///
/// - A person's full name ("Ashton Carter") makes its surname ("Carter", "M.
///   Carter", "Le Drian") a mention of that person wherever it appears, and
///   takes over a generated list's reading of the word ("Clinton" the county)
///   unless a locative preposition precedes it.
/// - Full names one edit apart on a word of five letters or more ("Ashon
///   Carter", "Jean-Ybes Le Drian") are the same person; the name a list
///   backs, else the most frequent, else the first, is canonical.
/// - A surname shared by two full names of the document stays unresolved
///   (a person mention with its own id) rather than guessed.
/// - An acronym defined in brackets takes its long form's entity and type,
///   and its other uses in the document become mentions of that entity.
public struct AliasResolver: Sendable {
    /// The word lists.
    public let lexicon: RuleLexicon
    private let names: NameRun

    /// Shortest word on which a one-letter difference is read as a typo.
    static let typoMinimumLength = 5

    /// Creates the resolver.
    public init(lexicon: RuleLexicon) {
        self.lexicon = lexicon
        self.names = NameRun(lexicon: lexicon)
    }

    /// A full name seen in the document and the entity it resolves to.
    struct FullName {
        var words: [[UInt8]]
        var entityID: String
        var canonical: String
        var listed: Bool
        var count: Int
        var group: Int
    }

    /// The mentions with aliases linked and new alias mentions added, in text order, without overlaps.
    public func resolve(_ mentions: [Mention], in text: AnalyzedText) -> [Mention] {
        var mentions = mentions
        var covered = [Int32](repeating: -1, count: text.tokens.count)
        for (m, mention) in mentions.enumerated() where !mention.isDemonym {
            for t in mention.tokens { covered[t] = Int32(m) }
        }
        linkAcronyms(&mentions, covered: &covered, in: text)
        linkPersons(&mentions, covered: &covered, in: text)
        return mentions.sorted { $0.span < $1.span }
    }

    // MARK: Acronyms

    private func linkAcronyms(_ mentions: inout [Mention], covered: inout [Int32], in text: AnalyzedText) {
        var definitions: [(bytes: ArraySlice<UInt8>, mention: Mention)] = []
        for m in mentions.indices where mentions[m].rule == "acronym" {
            let acronym = mentions[m].tokens.lowerBound
            // The long form ends right before the opening bracket.
            guard acronym >= 2, covered[acronym - 2] >= 0 else { continue }
            let longForm = mentions[Int(covered[acronym - 2])]
            guard longForm.tokens.upperBound == acronym - 1, !longForm.isDemonym else { continue }
            mentions[m].type = longForm.type
            mentions[m].entityID = longForm.entityID
            mentions[m].canonical = longForm.canonical
            mentions[m].source = longForm.source ?? mentions[m].source
            definitions.append((text.bytes[mentions[m].span.start..<mentions[m].span.end], mentions[m]))
        }
        guard !definitions.isEmpty else { return }
        for index in text.tokens.indices where WordShape.isAcronym(text, index) {
            let token = text.tokens[index]
            let bytes = text.bytes[token.span.start..<token.span.end]
            guard let definition = definitions.first(where: { $0.bytes == bytes }) else { continue }
            let existing = covered[index]
            if existing >= 0 {
                let mention = mentions[Int(existing)]
                // A generated list's reading of the same word gives way; anything else stays.
                guard mention.tokens == index..<(index + 1), !mention.isCurated || mention.entityID == definition.mention.entityID,
                      mention.rule != "acronym" else { continue }
                mentions[Int(existing)] = alias(of: definition.mention, at: index..<(index + 1), in: text, rule: "acronym-alias")
            } else {
                covered[index] = Int32(mentions.count)
                mentions.append(alias(of: definition.mention, at: index..<(index + 1), in: text, rule: "acronym-alias"))
            }
        }
    }

    // MARK: Persons

    private func linkPersons(_ mentions: inout [Mention], covered: inout [Int32], in text: AnalyzedText) {
        // Every lookup below is by folded word through dictionaries, so the pass stays linear in the document:
        // a 5 MB text holds thousands of full names.
        let tokenCount = text.tokens.count
        var cache = [[UInt8]?](repeating: nil, count: tokenCount)
        // The closures below capture these two arrays, not the whole text: a captured `AnalyzedText` is copied
        // (nine retains and releases) each time a closure is formed, once per token (measured: a third of the pass).
        let tokens = text.tokens, bytes = text.bytes
        func key(_ index: Int) -> [UInt8] {
            if let known = cache[index] { return known }
            let span = tokens[index].span
            var value: [UInt8] = []
            bytes.withUnsafeBufferPointer { Normalizer.shared.fold(UnsafeBufferPointer(rebasing: $0[span.start..<span.end]), into: &value) }
            cache[index] = value
            return value
        }
        var fullNames: [FullName] = []
        var nameIndex: [[[UInt8]]: Int] = [:]
        var mentionName = [Int](repeating: -1, count: mentions.count)
        for m in mentions.indices where mentions[m].type == .person && !mentions[m].isDemonym {
            guard mentions[m].tokens.filter({ names.isNameWord(text, $0) }).count >= 2 else { continue }
            let words = mentions[m].tokens.filter { text.tokens[$0].kind == .word }.map { key($0) }
            if let existing = nameIndex[words] {
                fullNames[existing].count += 1
                mentionName[m] = existing
                if !fullNames[existing].listed, mentions[m].rule == "gazetteer" {
                    fullNames[existing].listed = true
                    fullNames[existing].entityID = mentions[m].entityID
                    fullNames[existing].canonical = mentions[m].canonical
                }
            } else {
                mentionName[m] = fullNames.count
                nameIndex[words] = fullNames.count
                fullNames.append(FullName(words: words, entityID: mentions[m].entityID, canonical: mentions[m].canonical,
                                          listed: mentions[m].rule == "gazetteer", count: 1, group: fullNames.count))
            }
        }
        guard !fullNames.isEmpty else { return }
        // Group names one typo apart (they share every word but one, so a word at the same place); the
        // representative is listed, else most frequent, else first.
        var byWildcard: [[[UInt8]]: [Int]] = [:]
        for a in fullNames.indices {
            let words = fullNames[a].words
            var candidates: [Int] = []
            for wildcard in AliasResolver.wildcards(of: words) {
                candidates.append(contentsOf: byWildcard[wildcard] ?? [])
                byWildcard[wildcard, default: []].append(a)
            }
            for b in candidates.sorted() where fullNames[b].group == b && AliasResolver.sameName(words, fullNames[b].words) {
                fullNames[a].group = b
                break
            }
        }
        var members: [Int: [Int]] = [:]
        for n in fullNames.indices { members[fullNames[n].group, default: []].append(n) }
        var representative = Array(fullNames.indices)
        for g in fullNames.indices where fullNames[g].group == g {
            representative[g] = members[g]!.max { x, y in
                let a = fullNames[x], b = fullNames[y]
                if a.listed != b.listed { return !a.listed }
                if a.count != b.count { return a.count < b.count }
                return x > y
            }!
        }
        func target(_ name: Int) -> FullName { fullNames[representative[fullNames[name].group]] }
        for m in mentions.indices where mentionName[m] >= 0 {
            let chosen = target(mentionName[m])
            if mentions[m].entityID != chosen.entityID {
                mentions[m].entityID = chosen.entityID
                mentions[m].canonical = chosen.canonical
            }
        }
        // Surnames: the words after the first name, and the last word alone.
        var surnames: [[UInt8]: [(words: [[UInt8]], group: Int)]] = [:]
        for name in fullNames {
            var forms = [Array(name.words.dropFirst())]
            if name.words.count > 2 { forms.append([name.words.last!]) }
            for form in forms where !(surnames[form[0]] ?? []).contains(where: { $0.words == form && $0.group == name.group }) {
                surnames[form[0], default: []].append((form, name.group))
            }
        }
        var index = 0
        while index < tokenCount {
            defer { index += 1 }
            let token = text.tokens[index]
            guard token.isCapitalized || names.hasParticlePrefix(text, token) || lexicon.roles(text, index).contains(.particle) else {
                continue
            }
            let existing = covered[index]
            if existing >= 0 {
                let mention = mentions[Int(existing)]
                let replaceable = mention.tokens.lowerBound == index && (mention.type == .person
                    ? mentionName[Int(existing)] < 0 : !mention.isCurated && mention.rule == "gazetteer"
                        && !(index > 0 && lexicon.roles(text, index - 1).contains(.locative)))
                guard replaceable else { continue }
            }
            // Full names with a typo first, then surnames.
            var found: (start: Int, end: Int, group: Int?, relative: Bool)?
            // An uncovered name of two words or more may be a full name with a typo: look it up by its wildcards.
            if existing < 0, let runEnd = names.end(from: index, in: text, maximum: 6, particleStart: true), runEnd - index >= 2,
               (index..<runEnd).allSatisfy({ covered[$0] < 0 }) {
                let words = (index..<runEnd).map { key($0) }
                for wildcard in AliasResolver.wildcards(of: words) where found == nil {
                    for n in byWildcard[wildcard] ?? [] where AliasResolver.sameName(words, fullNames[n].words) {
                        found = (index, runEnd, fullNames[n].group, false)
                        break
                    }
                }
            }
            if found == nil {
                var groups: [Int] = []
                var end = index
                for surname in surnames[key(index)] ?? [] {
                    let stop = index + surname.words.count
                    guard stop <= tokenCount, (index..<stop).allSatisfy({ covered[$0] < 0 || covered[$0] == existing }) else { continue }
                    // Word by word, without building the text's words as a new array for every candidate surname.
                    var same = true
                    for offset in 1..<max(1, surname.words.count) where key(index + offset) != surname.words[offset] { same = false; break }
                    guard same else { continue }
                    if stop > end { end = stop; groups = [surname.group] } else if stop == end, !groups.contains(surname.group) {
                        groups.append(surname.group)
                    }
                }
                guard end > index else { continue }
                // A surname inside a longer capitalised name ("Carter Center") is another name.
                if end < text.tokens.count, text.sentenceOfToken[end] == text.sentenceOfToken[index], names.isNameWord(text, end),
                   covered[end] < 0 {
                    continue
                }
                var start = index
                var relative = false
                let before = index - 1
                if before >= 0, text.sentenceOfToken[before] == text.sentenceOfToken[index], covered[before] < 0 {
                    switch names.part(text, before) {
                    case .word where !text.tokens[before].flags.contains(.sentenceInitial)
                        || lexicon.roles(text, before).contains(.firstName):
                        // "Fidel Castro" where the document named "Raúl Castro": another person of the family.
                        start = before
                        relative = true
                    case .initial:
                        // "E. Macron": the initial must agree with the first name.
                        start = before
                        let initial = key(before).first
                        relative = groups.count != 1 || fullNames[representative[groups[0]]].words.first?.first != initial
                    case .word:
                        continue
                    default:
                        break
                    }
                }
                found = (start, end, relative || groups.count != 1 ? nil : groups[0], relative)
            }
            guard let (start, end, group, relative) = found else { continue }
            var mention: Mention
            if let group {
                let chosen = fullNames[representative[group]]
                mention = Mention(rule: "person-alias", type: .person, tokens: start..<end, in: text,
                                  priority: Mention.Priority.cuedRule, entity: (chosen.entityID, chosen.canonical))
            } else {
                mention = Mention(rule: relative ? "person-surname-relative" : "person-surname-ambiguous", type: .person,
                                  tokens: start..<end, in: text, priority: Mention.Priority.cuedRule)
            }
            if existing >= 0 {
                let old = mentions[Int(existing)]
                guard old.tokens.upperBound <= end else { continue }
                mention.trigger = old.trigger
                if old.type == .person, old.rule != "gazetteer" { mention.rule = old.rule + "+alias" }
                mentions[Int(existing)] = mention
                for t in start..<end { covered[t] = existing }
            } else {
                for t in start..<end { covered[t] = Int32(mentions.count) }
                mentions.append(mention)
                mentionName.append(-1)
            }
            index = end - 1
        }
    }

    /// A mention of `entity`'s entity at `tokens`.
    private func alias(of entity: Mention, at tokens: Range<Int>, in text: AnalyzedText, rule: String) -> Mention {
        var mention = Mention(rule: rule, type: entity.type, tokens: tokens, in: text, priority: Mention.Priority.cuedRule,
                              trigger: nil, source: entity.source, entity: (entity.entityID, entity.canonical))
        mention.isCurated = entity.isCurated
        return mention
    }

    /// The name with each word in turn replaced by a marker: two names one word apart share one of these.
    static func wildcards(of words: [[UInt8]]) -> [[[UInt8]]] {
        words.indices.map { place in
            var copy = words
            copy[place] = [0xFF]
            return copy
        }
    }

    /// Whether two names have the same words but for at most one edit on one word of five letters or more.
    static func sameName(_ a: [[UInt8]], _ b: [[UInt8]]) -> Bool {
        guard a.count == b.count else { return false }
        var typos = 0
        for (x, y) in zip(a, b) where x != y {
            guard min(x.count, y.count) >= typoMinimumLength, oneEditApart(x, y) else { return false }
            typos += 1
        }
        return typos <= 1
    }

    /// Whether `x` becomes `y` by one insertion, deletion or substitution.
    static func oneEditApart(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if x.count < y.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
