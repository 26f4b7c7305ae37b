/// An entity found in a document: where, what, and which rule found it.
public struct Mention: Sendable, Equatable {
    /// UTF-8 byte span in the document's text.
    public var span: TextSpan
    /// Tokens covered.
    public var tokens: Range<Int>
    /// Index of the sentence holding the first token.
    public var sentence: Int
    /// The entity's type.
    public var type: EntityType
    /// Gazetteer id, or a stable id derived from type and canonical name.
    public var entityID: String
    /// Canonical name.
    public var canonical: String
    /// What found it (`gazetteer`, `person-title`, ...).
    public var rule: String
    /// Where the matched form was declared (`gazetteers/people.tsv:12`), when a list found it.
    public var source: String?
    /// A demonym or nationality adjective standing for its country; not an entity span.
    public var isDemonym: Bool
    /// Ties between overlapping candidates of equal length go to the higher priority.
    public var priority: Int
    /// Whether a curated list (rather than a generated one) backs it.
    public var isCurated: Bool
    /// The cue the rule read (a title, a head word, a trigger, the defining long form), for `--explain`.
    public var trigger: TextSpan?
    /// A span naming an event ("championnat de France"): it wins overlaps like a mention, then is dropped.
    public var isEventName: Bool = false
    /// For a capital, the id of its country (`iso:FR`), from the gazetteer's `capital_of`.
    public var capitalOf: String?

    /// Creates a mention.
    public init(span: TextSpan, tokens: Range<Int>, sentence: Int, type: EntityType, entityID: String, canonical: String,
                rule: String, source: String? = nil, isDemonym: Bool = false, priority: Int = 0, isCurated: Bool = true,
                trigger: TextSpan? = nil, capitalOf: String? = nil) {
        self.span = span
        self.tokens = tokens
        self.sentence = sentence
        self.type = type
        self.entityID = entityID
        self.canonical = canonical
        self.rule = rule
        self.source = source
        self.isDemonym = isDemonym
        self.priority = priority
        self.isCurated = isCurated
        self.trigger = trigger
        self.capitalOf = capitalOf
    }
}
