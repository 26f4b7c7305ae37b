/// Which case and ambiguity rules the compiled gazetteer applies when matching (`gazetteers/README.md`, *Matching*).
///
/// The rules are the ones measured in the gazetteer notes: without them, naive
/// case- and accent-insensitive matching of the shipped lists is under 20%
/// precise on the seeds ("de" -> Germany, "la" -> Laos, "Sens", "Réunion").
public struct MatchPolicy: Sendable, Equatable {
    /// The rules, each of which can be switched off to measure what it brings.
    public struct Rules: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Every capital of the form must be a capital in the text; codes of 4 letters or fewer match exactly.
        public static let capitals = Rules(rawValue: 1 << 0)
        /// A single-token match that is a function word ("la", "de", "sur") is not an entity.
        public static let stopwords = Rules(rawValue: 1 << 1)
        /// A person's first name alone ("Emmanuel" for "Emmanuel Macron") never names them.
        public static let firstNames = Rules(rawValue: 1 << 2)
        /// A first name followed by a capitalised word, or a word after a first name, is a person, not a place or country.
        public static let personPattern = Rules(rawValue: 1 << 3)
        /// A short code inside a run of capitalised words (a headline) is not a code.
        public static let codesInCapitals = Rules(rawValue: 1 << 4)
        /// A single-token form that is also a word or a first name needs evidence (trigger, population, document).
        public static let ambiguousForms = Rules(rawValue: 1 << 5)

        /// Every rule.
        public static let all: Rules = [.capitals, .stopwords, .firstNames, .personPattern, .codesInCapitals, .ambiguousForms]
    }

    /// The rules applied.
    public var rules: Rules
    /// An ambiguous single-token place inside a sentence is accepted from this population on.
    public var populationThreshold: Int
    /// An ambiguous single-token place opening a sentence is accepted from this population on: "Londres a répondu",
    /// "Pékin dénonce" (news open sentences with capitals; the words "londrès" and "pékin" seldom do).
    public var sentenceInitialPopulationThreshold: Int

    /// Creates a policy.
    public init(rules: Rules = .all, populationThreshold: Int = 100_000, sentenceInitialPopulationThreshold: Int = 1_000_000) {
        self.rules = rules
        self.populationThreshold = populationThreshold
        self.sentenceInitialPopulationThreshold = sentenceInitialPopulationThreshold
    }

    /// Every rule on (the default).
    public static let standard = MatchPolicy()
    /// No rule: case- and accent-insensitive longest match, for measuring what the rules bring.
    public static let off = MatchPolicy(rules: [])
}
