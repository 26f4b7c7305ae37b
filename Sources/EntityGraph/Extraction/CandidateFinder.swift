import Foundation

/// Finds the proper names a corpus holds and no list does, to propose them for the lists.
///
/// A candidate is a mention that a rule typed and whose entity is not from a
/// list (the rules already read titles, first names, organization heads,
/// locative triggers and demonyms: their evidence is the guessed type), or a
/// capitalised name that no rule typed and that is not only sentence-initial.
/// Mentions are grouped by normalized form; a form one edit away from a listed
/// name of the same type ("Ashon Carter") or from a more frequent candidate
/// ("Raqa" / "Raqqa") is proposed as an alias instead of a new name.
public struct CandidateFinder: Sendable {
    /// One proposed name.
    public struct Candidate: Sendable, Equatable {
        /// The most frequent written form.
        public var name: String
        /// The normalized form (case and accents folded) the mentions were grouped by.
        public var key: String
        /// The guessed type, nil when only capitals suggest a name.
        public var type: EntityType?
        /// Why that type (`title`, `first name`, `organization head`, `locative trigger`, ...).
        public var reason: String
        /// 0...1: the strength of the type evidence and how consistently the mentions agree.
        public var confidence: Double
        /// Mentions in the corpus.
        public var count: Int
        /// Documents that mention it.
        public var documents: Int
        /// Up to two contexts (`... a rencontré Ashon Carter à Paris ...`), from different documents when possible.
        public var contexts: [String]
        /// Other written forms grouped into this candidate (spelling variants).
        public var variants: [String]
        /// The listed entity this form is a variant of (id, canonical name), when it is one.
        public var aliasOf: (id: String, canonical: String)?
        /// The ranking score: confidence times the log of mentions and documents.
        public var score: Double

        public static func == (a: Candidate, b: Candidate) -> Bool {
            a.key == b.key && a.type == b.type && a.count == b.count && a.aliasOf?.id == b.aliasOf?.id && a.variants == b.variants
        }
    }

    /// Evidence of one rule: the type it gives and how much a single mention weighs.
    struct Evidence {
        var type: EntityType?
        var reason: String
        var weight: Double
    }

    /// What the rules' names say about the type (rules are the trigger engine; this table only weighs them).
    static func evidence(rule: String, type: EntityType) -> Evidence {
        let base = rule.hasSuffix("+alias") ? String(rule.dropLast(6)) : rule
        switch base {
        case "person-title", "person-title-apposition", "person-honorific": return Evidence(type: .person, reason: "title", weight: 0.95)
        case "person-firstname": return Evidence(type: .person, reason: "first name", weight: 0.85)
        case "person-nationality": return Evidence(type: .person, reason: "nationality + name", weight: 0.8)
        case "person-coordination": return Evidence(type: .person, reason: "coordinated with a person", weight: 0.7)
        case "person-alias", "person-surname-relative", "person-surname-ambiguous":
            return Evidence(type: .person, reason: "surname of a person", weight: 0.6)
        case "org-head": return Evidence(type: .org, reason: "organization head", weight: 0.85)
        case "org-cue": return Evidence(type: .org, reason: "media cue", weight: 0.8)
        case "acronym-long-form": return Evidence(type: .org, reason: "acronym definition", weight: 0.85)
        case "acronym", "acronym-alias": return Evidence(type: .org, reason: "acronym", weight: 0.55)
        case "place-trigger": return Evidence(type: .place, reason: "locative trigger", weight: 0.75)
        case "place-qualifier": return Evidence(type: .place, reason: "place qualifier", weight: 0.7)
        default: return Evidence(type: type, reason: rule, weight: 0.5)
        }
    }

    /// The accumulated mentions of one normalized form.
    struct Group {
        var key: String
        var surfaces: [String: Int] = [:]
        var surfaceOrder: [String] = []
        var votes: [Int: (weight: Double, reason: String, best: Double)] = [:]
        var untyped = 0
        var count = 0
        var nonInitial = 0
        var documents = 0
        var lastDocument = -1
        var contexts: [(document: Int, text: String)] = []
        var listedEntity: (id: String, canonical: String, type: EntityType)?
    }

    /// The pipeline whose rules find and type the names.
    public let pipeline: Pipeline
    private var known: [String: (id: String, canonical: String, type: EntityType)] = [:]
    private var knownForms: [(key: String, id: String, canonical: String, type: EntityType)] = []
    private var ids: Set<String> = []
    private var groups: [String: Int] = [:]
    private var order: [Group] = []
    private var documentCount = 0
    private let names: NameRun

    /// A finder running `pipeline`, treating as known every form of the entities of `gazetteer` (switched off ones too).
    public init(pipeline: Pipeline, gazetteer: Gazetteer) {
        self.pipeline = pipeline
        self.names = NameRun(lexicon: RuleLexicon(compiled: pipeline.gazetteer))
        for entity in gazetteer.entities {
            ids.insert(entity.id)
            for form in entity.forms {
                let key = Normalizer.shared.key(form.text)
                if known[key] == nil { known[key] = (entity.id, entity.canonical, entity.type) }
                if form.role == .name { knownForms.append((key, entity.id, entity.canonical, entity.type)) }
            }
        }
        for words in gazetteer.wordLists.values {
            for word in words where known[Normalizer.shared.key(word.text)] == nil {
                known[Normalizer.shared.key(word.text)] = ("", "", .place)
            }
        }
    }

    /// Adds the names of one document.
    public mutating func add(_ document: Document) {
        let (text, result) = pipeline.extract(document)
        let index = documentCount
        documentCount += 1
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for mention in result.mentions {
            for t in mention.tokens { covered[t] = true }
            guard !mention.isDemonym, mention.rule != "gazetteer", mention.source == nil || !ids.contains(mention.entityID) else { continue }
            let listed = ids.contains(mention.entityID)
            // A surname standing for a listed person is resolution at work, not a new form.
            if listed, mention.tokens.count < 2 { continue }
            let evidence = CandidateFinder.evidence(rule: mention.rule, type: mention.type)
            record(tokens: mention.tokens, in: text, document: index, evidence: evidence,
                   listed: listed ? (mention.entityID, mention.canonical, mention.type) : nil)
        }
        var i = 0
        while i < text.tokens.count {
            guard !covered[i], text.tokens[i].isCapitalized, let end = names.end(from: i, in: text),
                  !(i..<end).contains(where: { covered[$0] }) else { i += 1; continue }
            // One capitalised word completing a title or an institution ("ministre de la Défense", "secrétaire d'Etat")
            // belongs to that phrase, not to a name.
            if end - i == 1, completesCue(before: i, in: text) { i = end; continue }
            // A known first name opening a longer name is the person rule's own cue, read here where no rule fired
            // (at a paragraph start, the rule does not trust it).
            let roles = names.lexicon.roles(text, i)
            // A first name that is also a word ("John", "Pierre") is weaker evidence, not none: it is followed by a name.
            let personCue = end - i >= 2 && roles.contains(.firstName)
            let weight = roles.contains(.wordLikeFirstName) ? 0.55 : 0.7
            record(tokens: i..<end, in: text, document: index,
                   evidence: personCue ? Evidence(type: .person, reason: "first name", weight: weight)
                       : Evidence(type: nil, reason: "capitalised", weight: 0.25), listed: nil)
            i = end
        }
    }

    /// Whether the capitalised word at `index` completes a common-noun phrase: a title, an organization head or a
    /// lower-case word, then one or two grammar words ("ministre de la Défense", "secrétaire d'Etat", "ministère
    /// français de la Défense"). Such capitals are institutional style, and rarely a name worth a list line.
    private func completesCue(before index: Int, in text: AnalyzedText) -> Bool {
        var j = index - 1
        var skipped = 0
        while j >= 0, text.sentenceOfToken[j] == text.sentenceOfToken[index] {
            let token = text.tokens[j]
            let roles = names.lexicon.roles(text, j)
            let isGrammar = !roles.isDisjoint(with: RuleLexicon.Roles.grammar) || token.flags.contains(.elision)
            if isGrammar, skipped < 2 {
                skipped += 1
                j -= 1
                continue
            }
            guard skipped > 0, token.kind == .word else { return false }
            return !roles.isDisjoint(with: [.title, .orgHead]) || !token.flags.contains(.initialCapital)
        }
        return false
    }

    private mutating func record(tokens: Range<Int>, in text: AnalyzedText, document: Int, evidence: Evidence,
                                 listed: (id: String, canonical: String, type: EntityType)?) {
        let first = text.tokens[tokens.lowerBound], last = text.tokens[tokens.upperBound - 1]
        let surface = Mention.canonicalName(text, tokens)
        let key = Normalizer.shared.key(surface)
        guard key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }), known[key] == nil else { return }
        // One capitalised word alone that is a word of the rules' lists (a title, a month, a trigger) is no name.
        if tokens.count == 1,
           !names.lexicon.roles(text, tokens.lowerBound).intersection(NameRun.cues.union(.grammar)).isEmpty {
            return
        }
        let g: Int
        if let existing = groups[key] { g = existing } else {
            g = order.count
            groups[key] = g
            order.append(Group(key: key))
        }
        var group = order[g]
        if group.surfaces[surface] == nil { group.surfaceOrder.append(surface) }
        group.surfaces[surface, default: 0] += 1
        group.count += 1
        if !first.flags.contains(.sentenceInitial) { group.nonInitial += 1 }
        if group.lastDocument != document { group.documents += 1; group.lastDocument = document }
        if let type = evidence.type {
            let slot = CandidateFinder.slot(type)
            var vote = group.votes[slot] ?? (0, evidence.reason, 0)
            vote.weight += evidence.weight
            if evidence.weight > vote.best { vote.best = evidence.weight; vote.reason = evidence.reason }
            group.votes[slot] = vote
        } else {
            group.untyped += 1
        }
        if let listed, group.listedEntity == nil { group.listedEntity = listed }
        // Two contexts, from two documents when there are two: a second one from the first document gives way.
        let context = CandidateFinder.context(text.bytes, first.span.start, last.span.end)
        if group.contexts.contains(where: { $0.text == context }) {
            // The same sentence twice (a caption repeated) says nothing new.
        } else if group.contexts.count < 2 {
            group.contexts.append((document, context))
        } else if group.contexts[0].document == group.contexts[1].document, group.contexts[1].document != document {
            group.contexts[1] = (document, context)
        }
        order[g] = group
    }

    /// About 50 bytes each side of the name, cut at spaces, on one line.
    static func context(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        var from = max(0, start - 50), to = min(bytes.count, end + 50)
        while from > 0, from < start, bytes[from - 1] != 0x20 { from += 1 }
        while to < bytes.count, to > end, bytes[to] != 0x20 { to -= 1 }
        let cut = bytes[from..<to].map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
        return (from > 0 ? "..." : "") + String(decoding: cut, as: UTF8.self) + (to < bytes.count ? "..." : "")
    }

    private static let types: [EntityType] = [.person, .org, .place, .country]
    private static func slot(_ type: EntityType) -> Int { types.firstIndex(of: type) ?? 2 }

    /// The candidates, best first: grouped variants merged, listed variants marked as aliases.
    public func candidates() -> [Candidate] {
        var result: [Candidate] = []
        for group in order {
            // "not only sentence-initial": a capitalised word seen only at a sentence start may be any word.
            if group.votes.isEmpty && group.nonInitial == 0 { continue }
            let total = group.votes.values.reduce(0) { $0 + $1.weight } + Double(group.untyped) * 0.25
            let best = group.votes.max { a, b in a.value.weight != b.value.weight ? a.value.weight < b.value.weight : a.key > b.key }
            let type = best.map { CandidateFinder.types[$0.key] }
            let strength = best.map { $0.value.best } ?? 0.25
            let agreement = best.map { $0.value.weight / total } ?? 1
            // Several typed mentions make the guess firmer: 1, 2, 4 mentions -> x0.8, 0.9, 1.
            let typedMentions = best.map { $0.value.weight / max($0.value.best, 0.01) } ?? 0
            let support = min(1, 0.8 + 0.1 * log2(max(1, typedMentions)))
            var confidence = strength * agreement * (type == nil ? 1 : support)
            if group.nonInitial == 0 { confidence *= 0.7 }
            let name = group.surfaceOrder.max { a, b in
                let ca = group.surfaces[a]!, cb = group.surfaces[b]!
                return ca != cb ? ca < cb : group.surfaceOrder.firstIndex(of: a)! > group.surfaceOrder.firstIndex(of: b)!
            }!
            // A typed guess is worth a person's time before any capitalised word: untyped ones rank after most typed ones.
            let score = (type == nil ? 0.3 : 1) * confidence * (1 + log2(Double(group.count))) * (1 + log2(Double(group.documents)))
            var candidate = Candidate(name: name, key: group.key, type: type, reason: best?.value.reason ?? "capitalised",
                                      confidence: (confidence * 100).rounded() / 100, count: group.count,
                                      documents: group.documents, contexts: group.contexts.map(\.text),
                                      variants: group.surfaceOrder.filter { $0 != name }, aliasOf: nil, score: score)
            if let listed = group.listedEntity, type == nil || type == listed.type {
                candidate.aliasOf = (listed.id, listed.canonical)
                candidate.type = listed.type
                candidate.reason = "variant of a listed name"
            }
            result.append(candidate)
        }
        result = mergingVariants(result)
        return result.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            return a.key < b.key
        }
    }

    /// Candidates one edit from a listed name of the same type become its aliases; the rarer of two candidates one edit
    /// apart becomes a variant of the other.
    private func mergingVariants(_ candidates: [Candidate]) -> [Candidate] {
        var index: [String: [Int]] = [:]
        for (i, c) in candidates.enumerated() where c.key.utf8.count >= 4 {
            for variant in CandidateFinder.deletions(c.key) { index[variant, default: []].append(i) }
        }
        var result = candidates
        for form in knownForms where form.key.utf8.count >= 4 {
            for variant in CandidateFinder.deletions(form.key) {
                for i in index[variant] ?? [] where result[i].aliasOf == nil && (result[i].type == nil || result[i].type == form.type)
                    && CandidateFinder.isVariant(result[i].key, form.key) {
                    result[i].aliasOf = (form.id, form.canonical)
                    result[i].type = form.type
                    result[i].reason = "variant of a listed name"
                }
            }
        }
        var absorbed = [Bool](repeating: false, count: result.count)
        let byScore = result.indices.sorted { result[$0].count != result[$1].count ? result[$0].count > result[$1].count : result[$0].key < result[$1].key }
        for i in byScore where !absorbed[i] && result[i].aliasOf == nil {
            for variant in CandidateFinder.deletions(result[i].key) {
                for j in index[variant] ?? [] where j != i && !absorbed[j] && result[j].aliasOf == nil && result[j].count <= result[i].count
                    && (result[j].type == nil || result[j].type == result[i].type) && CandidateFinder.isVariant(result[i].key, result[j].key) {
                    absorbed[j] = true
                    result[i].variants.append(result[j].name)
                    result[i].variants += result[j].variants
                    result[i].count += result[j].count
                    result[i].score += result[j].score
                }
            }
        }
        // "Le Drian" where the corpus also names "Jean-Yves Le Drian": the surname is a variant of the one full name ending so.
        var fullNames: [String: [Int]] = [:]
        for i in result.indices where !absorbed[i] && result[i].type == .person {
            let words = result[i].key.split(separator: " ")
            for n in 1..<max(1, words.count) { fullNames[words.suffix(n).joined(separator: " "), default: []].append(i) }
        }
        for i in result.indices where !absorbed[i] && result[i].type == .person && result[i].aliasOf == nil {
            guard let owners = fullNames[result[i].key], owners.count == 1, owners[0] != i else { continue }
            let owner = owners[0]
            absorbed[i] = true
            result[owner].variants.append(result[i].name)
            result[owner].count += result[i].count
            result[owner].score += result[i].score
        }
        return result.indices.filter { !absorbed[$0] }.map { result[$0] }
    }

    /// The key and its one-character deletions (symmetric deletion index: two keys one edit apart share one).
    static func deletions(_ key: String) -> [String] {
        let scalars = Array(key.unicodeScalars)
        var out = [key]
        for i in scalars.indices {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[..<i])
            s.append(contentsOf: scalars[(i + 1)...])
            out.append(String(s))
        }
        return out
    }

    /// Whether two different keys are spellings of one name: one edit apart, and for short keys (under 6 letters)
    /// only a doubled letter ("raqa" / "raqqa"), since one edit turns most short names into others.
    static func isVariant(_ a: String, _ b: String) -> Bool {
        guard a != b else { return false }
        let x = Array(a.utf8), y = Array(b.utf8)
        guard AliasResolver.oneEditApart(x, y) else { return false }
        // Different words count: "Jean Martin" / "Jean Marti" is fine, "Paris" / "Parie" is not a variant rule.
        if min(x.count, y.count) >= 6 { return x.filter { $0 == 0x20 }.count == y.filter { $0 == 0x20 }.count }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        for i in 1..<long.count where long[i] == long[i - 1] {
            var copy = long
            copy.remove(at: i)
            if copy == short { return true }
        }
        return false
    }
}
