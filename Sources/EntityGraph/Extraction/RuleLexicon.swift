/// What the rules know about each word of the compiled lexicon: word-list memberships as bits, by interned id.
///
/// Built once per gazetteer. Rules ask `roles(of: key)` per token: one array
/// read, no hashing, no String (the hot path rule of ARCHITECTURE.md). Lists
/// are read from the gazetteer (`firstnames`, `person-titles`, `org-heads`,
/// `media-cues`, `place-triggers`, `stopwords`, `particles`) plus the grammar
/// words of `BuiltInVocabulary`; single-token entity forms add what kind of
/// entity a word names on its own. Multi-token entries ("secrétaire d'État",
/// "chef de la diplomatie") are kept as phrases and matched from their first word.
/// A class, so that rules holding it share one table instead of copying its
/// arrays at every call (measured: 12% of extraction time as a struct).
public final class RuleLexicon: Sendable {
    /// Word-list memberships of one word.
    public struct Roles: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// A first name (`firstnames`).
        public static let firstName = Roles(rawValue: 1 << 0)
        /// A first name that is also a common word (`amb=word`: "Pierre", "Rose").
        public static let wordLikeFirstName = Roles(rawValue: 1 << 1)
        /// A courtesy title written before a name, never part of it ("M.", "Mme", "Dr", "Mr").
        public static let honorific = Roles(rawValue: 1 << 2)
        /// A role or office ("président", "ministre", "porte-parole", "general").
        public static let title = Roles(rawValue: 1 << 3)
        /// The head of an organization's name ("Ministère", "Université", "Parti", "Agency").
        public static let orgHead = Roles(rawValue: 1 << 4)
        /// A word announcing a medium or agency ("radio", "quotidien", "agence").
        public static let mediaCue = Roles(rawValue: 1 << 5)
        /// A word announcing a place ("ville", "province", "région", "city").
        public static let placeTrigger = Roles(rawValue: 1 << 6)
        /// A function word of the `stopwords` list.
        public static let stopword = Roles(rawValue: 1 << 7)
        /// A grammar word of the built-in vocabulary (articles, prepositions, pronouns, months, days).
        public static let functionWord = Roles(rawValue: 1 << 8)
        /// A name particle ("de", "Le", "van", "von", "ben", "al").
        public static let particle = Roles(rawValue: 1 << 9)
        /// A preposition that opens a complement ("de", "des", "d'", "of", "for").
        public static let preposition = Roles(rawValue: 1 << 10)
        /// An article ("la", "le", "l'", "the").
        public static let article = Roles(rawValue: 1 << 11)
        /// A demonym or nationality adjective ("irakiennes", "Danois").
        public static let demonym = Roles(rawValue: 1 << 12)
        /// A single-token country name.
        public static let country = Roles(rawValue: 1 << 13)
        /// A single-token place name.
        public static let place = Roles(rawValue: 1 << 14)
        /// A single-token organization name.
        public static let org = Roles(rawValue: 1 << 15)
        /// A single-token person name.
        public static let person = Roles(rawValue: 1 << 16)
        /// A locative preposition ("à", "en", "in", "near").
        public static let locative = Roles(rawValue: 1 << 17)
        /// The first word of a multi-token list entry.
        public static let phraseStart = Roles(rawValue: 1 << 18)
        /// A coordinating conjunction ("et", "and").
        public static let conjunction = Roles(rawValue: 1 << 19)
        /// A place-name generic that is part of the name when capitalised ("Lac", "Mont", "Île").
        public static let placeHead = Roles(rawValue: 1 << 20)
        /// A word that names a competition or event ("championnat", "coupe", "Tour", "Open").
        public static let eventHead = Roles(rawValue: 1 << 21)

        /// An organization head that belongs to the name even in lower case (`in-name=1`: "l'université Harvard").
        public static let namingHead = Roles(rawValue: 1 << 22)

        /// A word that closes an organization's name (`kind=suffix`: "Inc.", "GmbH", "Airlines").
        public static let orgSuffix = Roles(rawValue: 1 << 23)

        /// Words that never belong to a name on their own.
        public static let grammar: Roles = [.stopword, .functionWord, .preposition, .article, .conjunction, .locative]
    }

    /// A multi-token list entry: its keys and the role it carries.
    struct Phrase: Sendable {
        var keys: [Int32]
        var roles: Roles
    }

    private let table: [Roles]
    private let phrases: [Int32: [Phrase]]
    /// The key shared by "a" (has) and "à" (to): folding erases the accent that tells them apart.
    private let keyOfA: Int32

    /// Reads the word lists of `gazetteer` (which `compiled` was built from) into roles by lexicon id.
    public init(gazetteer: Gazetteer, compiled: CompiledGazetteer, tokenizer: Tokenizer = Tokenizer()) {
        var table = [Roles](repeating: [], count: compiled.lexicon.count)
        var phrases: [Int32: [Phrase]] = [:]
        func keys(of word: String) -> [Int32] {
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                var key: [UInt8] = []
                return tokenizer.tokens(in: buffer).map { token in
                    key.removeAll(keepingCapacity: true)
                    Normalizer.shared.fold(UnsafeBufferPointer(rebasing: buffer[token.span.start..<token.span.end]), into: &key)
                    return compiled.lexicon.id(of: key)
                }
            }
        }
        func add(_ word: String, _ roles: Roles) {
            let ids = keys(of: word)
            guard !ids.isEmpty, !ids.contains(Lexicon.unknown) else { return }
            if ids.count == 1 {
                table[Int(ids[0])].formUnion(roles)
            } else {
                table[Int(ids[0])].insert(.phraseStart)
                phrases[ids[0], default: []].append(Phrase(keys: ids, roles: roles))
            }
        }
        // Lists are read in name order so that the phrase tables do not depend on Dictionary order.
        for name in gazetteer.wordLists.keys.sorted() {
            for (word, attributes) in gazetteer.wordLists[name] ?? [] {
                let ambiguity = attributes["amb"] ?? ""
                switch name {
                case "firstnames":
                    add(word, ambiguity.contains("word") ? [.firstName, .wordLikeFirstName] : .firstName)
                case "person-titles":
                    add(word, attributes["kind"] == "honorific" ? .honorific : .title)
                case "honorifics": add(word, .honorific)
                case "org-heads":
                    // kind=suffix closes a name ("Apple Inc."); in-name=1 stays in the name in lower case ("université").
                    if attributes["kind"] == "suffix" { add(word, .orgSuffix) } else {
                        add(word, attributes["in-name"] == "1" ? [.orgHead, .namingHead] : .orgHead)
                    }
                case "media-cues":
                    // kind=context ("selon", "told") often precedes a medium but as often a person: not a cue.
                    if attributes["kind"] != "context" { add(word, .mediaCue) }
                case "place-triggers":
                    // kind=weak ("à", "in") only locates: a cue for the qualifier rule, not a place by itself.
                    add(word, attributes["kind"] == "weak" ? .locative : .placeTrigger)
                case "place-heads": add(word, .placeHead)
                case "event-heads": add(word, .eventHead)
                case "stopwords": add(word, .stopword)
                case "particles", "name-particles": add(word, .particle)
                case "function-words": add(word, .functionWord)
                case "prepositions": add(word, .preposition)
                case "articles": add(word, .article)
                case "locatives": add(word, .locative)
                case "conjunctions": add(word, .conjunction)
                default: break
                }
            }
        }
        for entity in compiled.entities {
            for form in entity.forms {
                let ids = keys(of: form.text)
                guard ids.count == 1, ids[0] != Lexicon.unknown else { continue }
                let role: Roles
                if form.role == .demonym { role = .demonym } else {
                    switch entity.type {
                    case .country: role = .country
                    case .place: role = .place
                    case .org: role = .org
                    case .person: role = .person
                    }
                }
                table[Int(ids[0])].formUnion(role)
            }
        }
        for key in phrases.keys { phrases[key]!.sort { $0.keys.count > $1.keys.count } }
        self.table = table
        self.phrases = phrases
        self.keyOfA = compiled.lexicon.id(of: [0x61])
    }

    /// The roles of a lexicon id (none for `Lexicon.unknown`).
    @inline(__always)
    public func roles(of key: Int32) -> Roles {
        key < 0 || Int(key) >= table.count ? [] : table[Int(key)]
    }

    /// The roles of token `index` of `text`; elided "l'" and "d'" are an article and a preposition.
    @inline(__always)
    public func roles(_ text: AnalyzedText, _ index: Int) -> Roles {
        let token = text.tokens[index]
        if token.flags.contains(.elision) {
            // Elided words are told apart by their first letter: no list needs to spell them.
            switch text.bytes[token.span.start] | 0x20 {
            case 0x6C: return [.article, .functionWord]                // l'
            case 0x64: return [.preposition, .particle, .functionWord] // d'
            default: return .functionWord                              // qu', n', s', c', j'...
            }
        }
        let key = text.keys[index]
        if key == keyOfA, token.span.length == 1 {
            // Unaccented "a" is the verb (French) or the article (English), never the preposition "à".
            return roles(of: key).subtracting([.preposition, .locative])
        }
        return roles(of: key)
    }

    /// The longest multi-token entry carrying one of `roles` that starts at token `index`: its end token and roles.
    public func phrase(in text: AnalyzedText, at index: Int, roles wanted: Roles) -> (end: Int, roles: Roles)? {
        let first = text.keys[index]
        guard roles(of: first).contains(.phraseStart), let candidates = phrases[first] else { return nil }
        let sentence = text.sentenceOfToken[index]
        for phrase in candidates where !phrase.roles.isDisjoint(with: wanted) {
            let end = index + phrase.keys.count
            guard end <= text.keys.count, text.sentenceOfToken[end - 1] == sentence else { continue }
            var equal = true
            for offset in 1..<phrase.keys.count where text.keys[index + offset] != phrase.keys[offset] { equal = false; break }
            if equal { return (end, phrase.roles) }
        }
        return nil
    }

    /// The end of the single- or multi-token entry with one of `wanted` at `index`, if any.
    @inline(__always)
    public func entry(in text: AnalyzedText, at index: Int, roles wanted: Roles) -> Int? {
        if let phrase = phrase(in: text, at: index, roles: wanted) { return phrase.end }
        return roles(text, index).isDisjoint(with: wanted) ? nil : index + 1
    }
}
