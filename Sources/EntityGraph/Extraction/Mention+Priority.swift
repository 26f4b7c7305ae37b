extension Mention {
    /// Priorities that break ties between overlapping candidates of equal length (higher wins).
    ///
    /// A curated list entry is a person's judgement and beats every rule; a rule
    /// with a strong cue (a title, a head word, a definition) beats a generated
    /// list, whose single words are often something else ("Obama" the town,
    /// "Clinton" the county); a bare capitalised pattern loses to any list.
    public enum Priority {
        /// An exact-accent match of a curated entry.
        public static let curatedExact = 40
        /// A folded match of a curated entry.
        public static let curated = 35
        /// A rule with an explicit cue: title, head word, trigger, acronym definition.
        public static let cuedRule = 30
        /// A rule on a name's own shape backed by a list: known first name + surname.
        public static let shapeRule = 25
        /// An exact-accent match of a generated entry.
        public static let generatedExact = 20
        /// A rule with weaker evidence (apposition after the name, a qualifier in brackets).
        public static let weakRule = 15
        /// A folded match of a generated entry.
        public static let generated = 10
    }
}
