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

    /// Reads the word lists and single-token forms of `compiled` into roles by lexicon id.
    ///
    /// Only the compiled tables are read (lists and their `kind=`, `amb=`,
    /// `in-name=` sublists), so a gazetteer loaded from the compiled cache gives
    /// the same roles as one compiled from the lists.
    public init(compiled: CompiledGazetteer) {
        var table = [Roles](repeating: [], count: compiled.lexicon.count)
        var phrases: [Int32: [Phrase]] = [:]
        /// Adds the words and phrases of `list`, except those of the `excluded` lists.
        func add(_ list: WordList?, _ roles: Roles, unless excluded: [WordList] = []) {
            guard let list, !roles.isEmpty else { return }
            for key in list.singles where !excluded.contains(where: { $0.contains(key) }) { table[Int(key)].formUnion(roles) }
            let skipped = Set(excluded.flatMap(\.phrases))
            for keys in list.phrases where !skipped.contains(keys) && !keys.contains(Lexicon.unknown) {
                table[Int(keys[0])].insert(.phraseStart)
                phrases[keys[0], default: []].append(Phrase(keys: keys, roles: roles))
            }
        }
        func list(_ name: String) -> WordList? { compiled.wordList(named: name) }
        func sublist(_ name: String, _ key: String, _ value: String) -> WordList? { compiled.wordList(named: name, where: key, is: value) }
        /// Each `kind=` sublist of `name` takes its role from `kinds`, else `roles`; words of no kind take `roles`.
        func addByKind(_ name: String, _ roles: Roles, kinds: [String: Roles]) {
            let prefix = name + "/kind="
            let kinded = compiled.wordListNames.filter { $0.hasPrefix(prefix) }
            for sub in kinded { add(list(sub), kinds[String(sub.dropFirst(prefix.count))] ?? roles) }
            add(list(name), roles, unless: kinded.compactMap(list))
        }
        add(list("firstnames"), .firstName)
        for name in compiled.wordListNames where name.hasPrefix("firstnames/amb=") && name.dropFirst(15).split(separator: ",").contains("word") {
            add(list(name), .wordLikeFirstName)
        }
        // kind=honorific: the name follows at once, the title stays outside the span.
        addByKind("person-titles", .title, kinds: ["honorific": .honorific])
        add(list("honorifics"), .honorific)
        // kind=suffix closes a name ("Apple Inc."); in-name=1 stays in the name in lower case ("université").
        addByKind("org-heads", .orgHead, kinds: ["suffix": .orgSuffix])
        add(sublist("org-heads", "in-name", "1"), .namingHead)
        // kind=context ("selon", "told") often precedes a medium but as often a person: not a cue.
        addByKind("media-cues", .mediaCue, kinds: ["context": []])
        // kind=weak ("à", "in") only locates: a cue for the qualifier rule, not a place by itself.
        addByKind("place-triggers", .placeTrigger, kinds: ["weak": .locative])
        add(list("place-heads"), .placeHead)
        add(list("event-heads"), .eventHead)
        add(list("stopwords"), .stopword)
        add(list("particles"), .particle)
        add(list("name-particles"), .particle)
        add(list("function-words"), .functionWord)
        add(list("prepositions"), .preposition)
        add(list("articles"), .article)
        add(list("locatives"), .locative)
        add(list("conjunctions"), .conjunction)
        compiled.forEachSingleTokenForm { key, form in
            let role: Roles
            if compiled.role(ofForm: form) == .demonym { role = .demonym } else {
                switch compiled.type(ofEntity: compiled.entity(ofForm: form)) {
                case .country: role = .country
                case .place: role = .place
                case .org: role = .org
                case .person: role = .person
                }
            }
            table[Int(key)].formUnion(role)
        }
        // One entry per phrase with the roles of every list naming it; longest first, then key order, so that
        // the tables never depend on Dictionary order.
        for key in phrases.keys {
            var merged: [Phrase] = []
            for phrase in phrases[key]! {
                if let index = merged.firstIndex(where: { $0.keys == phrase.keys }) { merged[index].roles.formUnion(phrase.roles) } else { merged.append(phrase) }
            }
            merged.sort { $0.keys.count != $1.keys.count ? $0.keys.count > $1.keys.count : $0.keys.lexicographicallyPrecedes($1.keys) }
            phrases[key] = merged
        }
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
