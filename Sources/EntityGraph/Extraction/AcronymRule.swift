/// An acronym defined in brackets after its long form: "l'organisation Etat islamique (EI)",
/// "Organisation des Nations unies (ONU)", "Agence France-Presse (AFP)".
///
/// The long form is found backwards from the bracket by the initials of its
/// words and of their hyphenated parts, function words skipped (after Schwartz
/// & Hearst, "A simple algorithm for identifying abbreviation definitions in
/// biomedical text", 2003, restricted to word initials for precision). Both
/// spans become candidates: the acronym (rule `acronym`, with the long form as
/// its trigger) and the long form (`acronym-long-form`, weak, so that a list or
/// a stronger rule naming the same words keeps its type). Resolution then
/// gives the acronym the long form's entity and finds its other uses in the document.
public struct AcronymRule: Extractor {
    public let name = "acronym"
    /// The word lists.
    public let lexicon: RuleLexicon

    /// Creates the rule.
    public init(lexicon: RuleLexicon) { self.lexicon = lexicon }

    public func candidates(in text: AnalyzedText, gazetteer: CompiledGazetteer) -> [Mention] {
        var result: [Mention] = []
        let count = text.tokens.count
        var index = 1
        while index + 2 < count {
            defer { index += 1 }
            guard WordShape.isPunctuation(text, index, 0x28), WordShape.isAcronym(text, index + 1),
                  WordShape.isPunctuation(text, index + 2, 0x29),
                  text.sentenceOfToken[index - 1] == text.sentenceOfToken[index + 1],
                  let start = longFormStart(ending: index, acronym: index + 1, in: text) else { continue }
            let longForm = start..<index
            result.append(Mention(rule: name, type: .org, tokens: (index + 1)..<(index + 2), in: text,
                                  priority: Mention.Priority.cuedRule, trigger: longForm))
            result.append(Mention(rule: "acronym-long-form", type: .org, tokens: longForm, in: text,
                                  priority: Mention.Priority.weakRule, trigger: (index + 1)..<(index + 2)))
        }
        return result
    }

    /// The first token of the long form ending before `end` whose initials spell the acronym at token `acronym`.
    func longFormStart(ending end: Int, acronym: Int, in text: AnalyzedText) -> Int? {
        let letters = initials(of: text.tokens[acronym], in: text, all: true)
        guard letters.count >= 2 else { return nil }
        var remaining = letters.count
        var index = end - 1
        let sentence = text.sentenceOfToken[acronym]
        let limit = max(0, end - min(letters.count + 5, letters.count * 2) - 2)
        var contentWords = 0
        while index >= limit, remaining > 0, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            guard token.kind == .word else { return nil }
            let roles = lexicon.roles(text, index)
            let parts = initials(of: token, in: text, all: false)
            // A word gives the initials of all its hyphen parts ("France-Presse": F, P) or of its first part only.
            var matched = 0
            if parts.count > 1, parts.count <= remaining, Array(letters[(remaining - parts.count)..<remaining]) == parts {
                matched = parts.count
            } else if let first = parts.first, first == letters[remaining - 1] {
                matched = 1
            }
            if matched > 0 {
                remaining -= matched
                contentWords += 1
            } else if !roles.isDisjoint(with: RuleLexicon.Roles.grammar) {
                // Function words need not appear in the acronym ("Organisation des Nations unies").
            } else {
                return nil
            }
            if remaining == 0 { break }
            index -= 1
        }
        guard remaining == 0, contentWords >= 2, text.tokens[index].isCapitalized else { return nil }
        return index
    }

    /// Lower-case ASCII initials of a word and of its hyphen parts ("France-Presse" -> "fp"); every letter when `all`.
    func initials(of token: Token, in text: AnalyzedText, all: Bool) -> [UInt8] {
        var result: [UInt8] = []
        var atStart = true
        var i = token.span.start
        while i < token.span.end {
            let b = text.bytes[i]
            if b == 0x2D { atStart = true; i += 1; continue }
            if b >= 0x80 {
                // Accented capitals ("É") fold to their base letter; the key of one scalar is enough.
                let (scalar, length) = text.bytes.withUnsafeBufferPointer { UTF8Decoding.scalar(in: $0, at: i) }
                if atStart || all {
                    let folded = Normalizer.shared.key(String(scalar)).utf8.first ?? 0
                    result.append(folded)
                }
                atStart = false
                i += length
                continue
            }
            if atStart || all {
                let isLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
                let isDigit = b >= 0x30 && b <= 0x39
                if isLetter { result.append(b | 0x20) } else if isDigit { result.append(b) }
            }
            atStart = false
            i += 1
        }
        return result
    }
}
