/// A gazetteer compiled for matching: forms tokenized with the document tokenizer, keys interned, a token trie.
///
/// Matching walks the trie from each token and keeps the longest form whose
/// case policy accepts the text, then resumes after it (leftmost-longest), so
/// it is linear in the text length whatever the number of entries.
public struct CompiledGazetteer: Sendable {
    /// What a form demands of the text's capitalisation, per token.
    struct CaseRule: Sendable {
        /// For each token of the form: 0 = any case, 1 = initial capital, 2 = all capitals.
        var tokens: [UInt8]
    }

    /// One form that ends at a trie node.
    struct Target: Sendable {
        var entity: Int32
        var role: Entity.Role
        var caseRule: CaseRule
        /// The form's exact UTF-8 bytes, to prefer exact-accent matches.
        var exact: [UInt8]
        /// A single-token form that is a common word or first name: needs a capital not at sentence start.
        var ambiguous: Bool
    }

    /// A gazetteer form found in a text.
    public struct Match: Sendable, Equatable {
        /// The tokens covered.
        public var tokens: Range<Int>
        /// Index into `entities`.
        public var entity: Int
        /// Whether the form is a name or a demonym.
        public var role: Entity.Role
        /// Whether the text has exactly the form's bytes (accents and case).
        public var exact: Bool
    }

    /// The lexicon of every normalized token of every form and word list.
    public private(set) var lexicon = Lexicon(capacity: 1 << 16)
    /// The entities, indexed by `Match.entity`.
    public let entities: [Entity]
    /// Normalized keys of each word list, by list name.
    public private(set) var wordLists: [String: Set<Int32>] = [:]

    private var transitions: [UInt64: Int32] = [:]
    private var targets: [[Target]] = [[]]
    private var nodeCount: Int32 = 1

    /// Compiles `gazetteer` with `tokenizer`; disabled entities are left out.
    public init(_ gazetteer: Gazetteer, tokenizer: Tokenizer = Tokenizer()) {
        entities = gazetteer.entities.filter { !$0.isDisabled }
        for (name, words) in gazetteer.wordLists {
            var keys = Set<Int32>()
            for (word, _) in words {
                let ids = tokenKeys(of: word, tokenizer: tokenizer)
                if ids.count == 1 { keys.insert(ids[0].id) }
            }
            wordLists[name] = keys
        }
        let stopwords = wordLists["stopwords"] ?? []
        let firstNames = wordLists["firstnames"] ?? []
        for (index, entity) in entities.enumerated() {
            for form in entity.forms {
                let tokens = tokenKeys(of: form.text, tokenizer: tokenizer)
                guard !tokens.isEmpty else { continue }
                let single = tokens.count == 1
                if single, stopwords.contains(tokens[0].id), tokens[0].caseRule != 2 { continue }
                let flags = Set((entity.attributes["amb"] ?? "").split(separator: ",").map(String.init))
                let ambiguous = single && (flags.contains("word") || (entity.type != .person && firstNames.contains(tokens[0].id)))
                var node: Int32 = 0
                for token in tokens { node = child(of: node, key: token.id) }
                let target = Target(entity: Int32(index), role: form.role,
                                    caseRule: CaseRule(tokens: tokens.map { form.role == .demonym ? 0 : $0.caseRule }),
                                    exact: Array(form.text.utf8), ambiguous: ambiguous)
                targets[Int(node)].append(target)
            }
        }
    }

    /// The id of a normalized word, for rules (`Lexicon.unknown` when absent).
    public func key(of word: String) -> Int32 {
        var key: [UInt8] = []
        var copy = word
        copy.withUTF8 { Normalizer.shared.fold($0, into: &key) }
        return lexicon.id(of: key)
    }

    private mutating func child(of node: Int32, key: Int32) -> Int32 {
        let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
        if let next = transitions[edge] { return next }
        let next = nodeCount
        nodeCount += 1
        transitions[edge] = next
        targets.append([])
        return next
    }

    /// Tokenizes a form and interns its normalized keys, with the capitalisation each token demands.
    private mutating func tokenKeys(of text: String, tokenizer: Tokenizer) -> [(id: Int32, caseRule: UInt8)] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var result: [(Int32, UInt8)] = []
            var key: [UInt8] = []
            for token in tokenizer.tokens(in: buffer) {
                key.removeAll(keepingCapacity: true)
                Normalizer.shared.fold(UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end]), into: &key)
                let rule: UInt8 = token.flags.contains(.allCaps) ? 2 : token.flags.contains(.initialCapital) ? 1 : 0
                result.append((lexicon.intern(key), rule))
            }
            return result
        }
    }

    /// The gazetteer forms in `text`, leftmost-longest, each accepted by its case policy.
    public func matches(in text: AnalyzedText) -> [Match] {
        matches(in: text, tokens: 0..<text.tokens.count)
    }

    /// The gazetteer forms lying entirely within `range` of the text's tokens, leftmost-longest.
    public func matches(in text: AnalyzedText, tokens range: Range<Int>) -> [Match] {
        var result: [Match] = []
        let count = range.upperBound
        var start = range.lowerBound
        text.bytes.withUnsafeBufferPointer { bytes in
            while start < count {
                var node: Int32 = 0
                var best: Match?
                var index = start
                while index < count {
                    let key = text.keys[index]
                    if key == Lexicon.unknown { break }
                    let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
                    guard let next = transitions[edge] else { break }
                    node = next
                    index += 1
                    if !targets[Int(node)].isEmpty, let match = choose(targets[Int(node)], text, bytes, start..<index) {
                        best = match
                    }
                }
                if let best {
                    result.append(best)
                    start = best.tokens.upperBound
                } else {
                    start += 1
                }
            }
        }
        return result
    }

    /// The preferred accepted target: exact bytes first, then curated, then declaration order.
    private func choose(_ candidates: [Target], _ text: AnalyzedText, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Match? {
        var best: (Target, Bool)?
        for target in candidates where accepts(target, text, range) {
            let exact = equalBytes(bytes, TextSpan(start: text.tokens[range.lowerBound].span.start,
                                                   end: text.tokens[range.upperBound - 1].span.end), target.exact)
            guard let current = best else { best = (target, exact); continue }
            if exact && !current.1 { best = (target, exact); continue }
            if exact == current.1, entities[Int(target.entity)].isCurated, !entities[Int(current.0.entity)].isCurated {
                best = (target, exact)
            }
        }
        guard let (target, exact) = best else { return nil }
        return Match(tokens: range, entity: Int(target.entity), role: target.role, exact: exact)
    }

    private func accepts(_ target: Target, _ text: AnalyzedText, _ range: Range<Int>) -> Bool {
        for (offset, rule) in target.caseRule.tokens.enumerated() {
            let flags = text.tokens[range.lowerBound + offset].flags
            if rule == 1 && !flags.contains(.initialCapital) { return false }
            if rule == 2 && !flags.contains(.allCaps) { return false }
        }
        if target.ambiguous {
            let flags = text.tokens[range.lowerBound].flags
            if flags.contains(.sentenceInitial) || !flags.contains(.initialCapital) { return false }
        }
        return true
    }

    private func equalBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan, _ form: [UInt8]) -> Bool {
        guard span.length == form.count else { return false }
        for k in 0..<form.count where bytes[span.start + k] != form[k] { return false }
        return true
    }
}
