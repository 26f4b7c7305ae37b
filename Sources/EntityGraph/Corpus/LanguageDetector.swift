/// Tells French from English by counting their commonest function words.
///
/// News in either language has a function word every third or fourth token, so
/// the first 64 KB are plenty. Words shared by both languages ("a", "on", "en",
/// "an", "est" as a name...) are left out of both lists.
public struct LanguageDetector: Sendable {
    /// Language codes this detector can return.
    public enum Language: String, Sendable {
        case french = "fr"
        case english = "en"
    }

    /// Bytes of text looked at.
    public static let sampleLength = 64 * 1024

    /// Creates a detector.
    public init() {}

    /// The language of `text`, or nil when it holds too few function words of either language to tell.
    public func language(of text: String) -> Language? {
        var french = 0, english = 0
        var word: [UInt8] = []
        func count() {
            guard !word.isEmpty, word.count <= 6 else { return }
            if LanguageDetector.french.contains(word) { french += 1 } else if LanguageDetector.english.contains(word) { english += 1 }
        }
        for b in text.utf8.prefix(LanguageDetector.sampleLength) {
            if b &- 0x61 < 26 { word.append(b) } else if b &- 0x41 < 26 { word.append(b | 0x20) }
            else if b >= 0x80 { word.append(b) }
            else { count(); word.removeAll(keepingCapacity: true) }
        }
        count()
        guard french + english >= 3 else { return nil }
        if french == english { return nil }
        return french > english ? .french : .english
    }

    /// French function words, as UTF-8 ("à" and "été" included).
    static let french: Set<[UInt8]> = Set([
        "le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "que", "qui", "dans", "pour", "pas", "sur", "au",
        "aux", "ce", "cette", "il", "elle", "ils", "ont", "été", "être", "avec", "son", "sa", "ses", "leur", "nous",
        "vous", "ne", "plus", "mais", "ou", "où", "à", "d", "l", "qu", "c", "n", "s", "selon", "après", "très",
    ].map { Array($0.utf8) })

    /// English function words.
    static let english: Set<[UInt8]> = Set([
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "are", "by", "this", "be",
        "from", "at", "have", "has", "not", "which", "his", "her", "they", "were", "will", "would", "said", "its",
        "their", "been", "after", "who", "than", "but", "or", "he", "she", "we", "had",
    ].map { Array($0.utf8) })
}
