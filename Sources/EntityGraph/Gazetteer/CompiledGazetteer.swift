/// A gazetteer compiled for matching: forms tokenized with the document tokenizer, keys interned, a token trie.
///
/// Matching walks the trie from each token and keeps the longest form that
/// the policy accepts, then resumes after it (leftmost-longest). Each step is
/// one table lookup and no form is longer than a few tokens, so matching is
/// linear in the text length whatever the number of entries. Everything is
/// held in flat arrays, so that the compiled form can be cached as raw bytes
/// and loaded in a few milliseconds (`GazetteerCache`).
public struct CompiledGazetteer: Sendable {
    /// A gazetteer form found in a text.
    public struct Match: Sendable, Equatable {
        /// What made the policy accept a form that needs evidence.
        public enum Evidence: String, Sendable {
            /// The form needs none.
            case none
            /// A locative trigger ("à", "in", "ville de") just before.
            case trigger
            /// An ambiguous place inside a sentence, above the population threshold.
            case population
            /// The entity itself, or a place's country, is found elsewhere in the document.
            case document
        }

        /// The tokens covered.
        public var tokens: Range<Int>
        /// Index into `entities`.
        public var entity: Int
        /// Whether the form is a name or a demonym.
        public var role: Entity.Role
        /// Whether the text has exactly the form's bytes (accents and case).
        public var exact: Bool
        /// Index of the matched form (`origin(ofForm:)`, `text(ofForm:)`).
        public var form: Int
        /// Whether the matched form comes from a curated list.
        public var isCurated: Bool
        /// Why an ambiguous form was accepted.
        public var evidence: Evidence

        /// Creates a match.
        public init(tokens: Range<Int>, entity: Int, role: Entity.Role, exact: Bool, form: Int = 0,
                    isCurated: Bool = true, evidence: Evidence = .none) {
            self.tokens = tokens
            self.entity = entity
            self.role = role
            self.exact = exact
            self.form = form
            self.isCurated = isCurated
            self.evidence = evidence
        }
    }

    /// Per-form facts packed in 16 bits.
    struct FormFlags: OptionSet, Sendable {
        let rawValue: UInt16
        static let demonym = FormFlags(rawValue: 1 << 0)
        static let curated = FormFlags(rawValue: 1 << 1)
        /// A dictionary word (`amb=word` on its line or on another generated form with the same key).
        static let word = FormFlags(rawValue: 1 << 2)
        /// A first name (`amb=firstname`, or its key is in the `firstnames` list).
        static let firstName = FormFlags(rawValue: 1 << 3)
        /// A code: all capitals, 4 letters or fewer, or `amb=code`.
        static let code = FormFlags(rawValue: 1 << 4)
        /// A single token in the `stopwords` list.
        static let stopword = FormFlags(rawValue: 1 << 5)
        /// One token long.
        static let single = FormFlags(rawValue: 1 << 6)
        /// `case=exact` on its line.
        static let exactCase = FormFlags(rawValue: 1 << 7)
        /// `case=any` on its line.
        static let anyCase = FormFlags(rawValue: 1 << 8)
        /// A person's alias that is the first word of their canonical name and a known first name ("Emmanuel" for "Emmanuel Macron").
        static let givenName = FormFlags(rawValue: 1 << 9)

        /// Whether the policy never lets this form match alone: a stop word that is neither a code nor `case=exact`,
        /// or a person's given name.
        var isNeverAlone: Bool {
            contains(.single) && ((contains(.stopword) && !contains(.code) && !contains(.exactCase)) || contains(.givenName))
        }
    }

    /// What one token of a form demands of the text's capitals, packed in 8 bits.
    enum CaseRule {
        static let needsCapital: UInt8 = 1 << 0
        static let needsAllCaps: UInt8 = 1 << 1
        static let forbidsCapital: UInt8 = 1 << 2
        static let forbidsAllCaps: UInt8 = 1 << 3
    }

    /// The immutable tables, shared by every copy.
    final class Storage: Sendable {
        // Entities, indexed by `Match.entity`.
        let entityID: StringTable
        let entityCanonical: StringTable
        let entityType: [UInt8]
        let entityPopulation: [UInt32]
        /// A country's own ISO code, or a place's `cc`, packed as two ASCII bytes; 0 when unknown.
        let entityCountry: [UInt16]
        /// The country whose capital the entity is (`capital_of=iso:XX`), packed; 0 when none.
        let entityCapitalOf: [UInt16]
        /// Index into `attributeSets` of each entity's attributes (`pop` left out when `entityPopulation` holds it).
        let entityAttributeSet: [Int32]
        /// Distinct attribute sets, `key=value` joined by U+001F, keys sorted: most entities share one.
        let attributeSets: StringTable
        /// The forms of entity `e` are `entityFormStart[e]..<entityFormStart[e + 1]`.
        let entityFormStart: [Int32]
        // Forms.
        let formText: StringTable
        let formEntity: [Int32]
        let formFlags: [UInt16]
        let formFile: [UInt16]
        let formLine: [Int32]
        /// The case rules of form `f` are `formRules[formRuleStart[f]..<formRuleStart[f + 1]]`, one per token.
        let formRuleStart: [Int32]
        let formRules: [UInt8]
        let files: StringTable
        // The trie: the root's children by key, deeper edges in a table.
        let rootChild: [Int32]
        let edges: EdgeTable
        /// The forms ending at node `n` are `nodeForms[nodeFormStart[n]..<nodeFormStart[n + 1]]`, best ranked first.
        let nodeFormStart: [Int32]
        let nodeForms: [Int32]
        // Word lists, in name order.
        let lists: [WordList]

        init(entityID: StringTable, entityCanonical: StringTable, entityType: [UInt8], entityPopulation: [UInt32],
             entityCountry: [UInt16], entityCapitalOf: [UInt16], entityAttributeSet: [Int32], attributeSets: StringTable, entityFormStart: [Int32],
             formText: StringTable, formEntity: [Int32], formFlags: [UInt16], formFile: [UInt16], formLine: [Int32],
             formRuleStart: [Int32], formRules: [UInt8], files: StringTable, rootChild: [Int32], edges: EdgeTable,
             nodeFormStart: [Int32], nodeForms: [Int32], lists: [WordList]) {
            self.entityID = entityID
            self.entityCanonical = entityCanonical
            self.entityType = entityType
            self.entityPopulation = entityPopulation
            self.entityCountry = entityCountry
            self.entityCapitalOf = entityCapitalOf
            self.entityAttributeSet = entityAttributeSet
            self.attributeSets = attributeSets
            self.entityFormStart = entityFormStart
            self.formText = formText
            self.formEntity = formEntity
            self.formFlags = formFlags
            self.formFile = formFile
            self.formLine = formLine
            self.formRuleStart = formRuleStart
            self.formRules = formRules
            self.files = files
            self.rootChild = rootChild
            self.edges = edges
            self.nodeFormStart = nodeFormStart
            self.nodeForms = nodeForms
            self.lists = lists
        }
    }

    /// The lexicon of every normalized token of every form and word list.
    public let lexicon: Lexicon
    /// The case and ambiguity rules applied by `matches(in:)`.
    public var policy: MatchPolicy = .standard
    /// Findings of compilation (forms that can never match, unresolved ambiguities); empty when loaded from the cache.
    public internal(set) var diagnostics: [Diagnostic] = []
    /// Whether these tables were read from the compiled cache rather than compiled from the lists.
    public internal(set) var isFromCache = false

    let storage: Storage
    let stopwords: WordList?
    let firstNames: WordList?
    let placeTriggers: WordList?
    /// First names that are also common words (`amb=word`: "Les", "Pierre", "Rose").
    let wordLikeFirstNames: WordList?

    init(lexicon: Lexicon, storage: Storage) {
        self.lexicon = lexicon
        self.storage = storage
        stopwords = storage.lists.first { $0.name == "stopwords" }
        firstNames = storage.lists.first { $0.name == "firstnames" }
        placeTriggers = storage.lists.first { $0.name == "place-triggers" }
        wordLikeFirstNames = storage.lists.first { $0.name == "firstnames/amb=word" }
    }

    // MARK: - Queries for rules

    /// The id of a normalized word, for rules (`Lexicon.unknown` when absent).
    public func key(of word: String) -> Int32 {
        var key: [UInt8] = []
        var copy = word
        copy.withUTF8 { Normalizer.shared.fold($0, into: &key) }
        return lexicon.id(of: key)
    }

    /// Word list attributes that also give sublists (`place-triggers/kind=strong`, `firstnames/gender=f`, `stopwords/lang=en`,
    /// `firstnames/amb=word`, `org-heads/in-name=1`): the rules read their words by these attributes.
    static let sublistKeys = ["amb", "gender", "in-name", "kind", "lang"]

    /// The names of the word lists and of their sublists (`NAME/kind=VALUE`), sorted.
    public var wordListNames: [String] { storage.lists.map(\.name) }

    /// The word list called `name` (`stopwords`, `firstnames`, `person-titles`, `place-triggers`, ...), if loaded.
    public func wordList(named name: String) -> WordList? { storage.lists.first { $0.name == name } }

    /// The entries of list `name` whose attribute `key` (`kind`, `gender` or `lang`) is `value`, if any.
    public func wordList(named name: String, where key: String, is value: String) -> WordList? {
        wordList(named: "\(name)/\(key)=\(value)")
    }

    /// Whether the token with key `key` is a stop word.
    @inline(__always)
    public func isStopword(_ key: Int32) -> Bool { stopwords?.contains(key) ?? false }

    /// Whether the token with key `key` is a known first name.
    @inline(__always)
    public func isFirstName(_ key: Int32) -> Bool { firstNames?.contains(key) ?? false }

    /// The type of entity `index`.
    public func type(ofEntity index: Int) -> EntityType { EntityType.allCases[Int(storage.entityType[index])] }

    /// The id of entity `index`.
    public func id(ofEntity index: Int) -> String { storage.entityID[index] }

    /// The canonical name of entity `index`.
    public func canonical(ofEntity index: Int) -> String { storage.entityCanonical[index] }

    /// The population of entity `index`, 0 when unknown.
    public func population(ofEntity index: Int) -> Int { Int(storage.entityPopulation[index]) }

    /// The ISO 3166-1 code of entity `index`'s country (its own for a country), if known.
    public func countryCode(ofEntity index: Int) -> String? { CompiledGazetteer.unpack(storage.entityCountry[index]) }

    /// The ISO 3166-1 code of the country whose capital entity `index` is, if any.
    public func capitalOf(entity index: Int) -> String? { CompiledGazetteer.unpack(storage.entityCapitalOf[index]) }

    /// Number of forms.
    public var formCount: Int { storage.formEntity.count }

    /// The text of form `index` as written in its list.
    public func text(ofForm index: Int) -> String { storage.formText[index] }

    /// Where form `index` was declared, `file:line`.
    public func origin(ofForm index: Int) -> String {
        "\(storage.files[Int(storage.formFile[index])]):\(storage.formLine[index])"
    }

    /// The entity form `index` belongs to.
    public func entity(ofForm index: Int) -> Int { Int(storage.formEntity[index]) }

    /// Whether form `index` names its entity or is a demonym of it.
    public func role(ofForm index: Int) -> Entity.Role {
        FormFlags(rawValue: storage.formFlags[index]).contains(.demonym) ? .demonym : .name
    }

    /// Whether form `index` comes from a curated list (its line's `source` is not `generated`).
    public func isCurated(form index: Int) -> Bool { FormFlags(rawValue: storage.formFlags[index]).contains(.curated) }

    /// The ambiguity of form `index`: its line's `amb=` flags, pooled over generated forms with the same tokens,
    /// plus `firstName` when its single token is a first name and `code` for short capitals.
    public func ambiguity(ofForm index: Int) -> Entity.Ambiguity {
        let flags = FormFlags(rawValue: storage.formFlags[index])
        var result: Entity.Ambiguity = []
        if flags.contains(.word) { result.insert(.word) }
        if flags.contains(.firstName) { result.insert(.firstName) }
        if flags.contains(.code) { result.insert(.code) }
        return result
    }

    /// Calls `body` with the key and index of every single-token form, in key order (rules read what a word names alone).
    public func forEachSingleTokenForm(_ body: (_ key: Int32, _ form: Int) -> Void) {
        let s = storage
        for (key, node) in s.rootChild.enumerated() where node > 0 {
            for p in Int(s.nodeFormStart[Int(node)])..<Int(s.nodeFormStart[Int(node) + 1]) { body(Int32(key), Int(s.nodeForms[p])) }
        }
    }

    static func pack(_ code: String?) -> UInt16 {
        guard let code, code.utf8.count == 2 else { return 0 }
        let b = Array(code.utf8)
        return UInt16(b[0]) << 8 | UInt16(b[1])
    }

    static func unpack(_ packed: UInt16) -> String? {
        packed == 0 ? nil : String(decoding: [UInt8(packed >> 8), UInt8(packed & 0xFF)], as: UTF8.self)
    }
}
