/// An organization named by a capitalised head word and its complement: "Ministère des Armées",
/// "Organisation mondiale de la santé", "Banque de France", "Parti socialiste", "University of Oxford",
/// "World Health Organization".
///
/// After the head come adjectives (recognised by their endings: "mondiale",
/// "socialiste") and complements opened by a preposition ("de la Défense",
/// "of Oxford"), chained by "et"/"and". A lower-case complement ("de la santé")
/// is taken only once the name already has an adjective or a capitalised
/// complement: "Conseil de guerre" is a meeting, "Organisation mondiale de la
/// santé" a body. Capitalised words right before the head belong to the name
/// (English puts the head last: "National Security Agency"). A head alone is
/// not a name, and a lower-case head ("le ministère") is left to `OrganizationCueRule`.
public struct OrganizationHeadRule: Extractor {
    public let name = "org-head"
    /// The word lists.
    public let lexicon: RuleLexicon

    /// Creates the rule.
    public init(lexicon: RuleLexicon) { self.lexicon = lexicon }

    public func candidates(in text: AnalyzedText, gazetteer: CompiledGazetteer) -> [Mention] {
        var result: [Mention] = []
        let count = text.tokens.count
        var index = 0
        while index < count {
            defer { index += 1 }
            let capitalised = text.tokens[index].isCapitalized
            if lexicon.roles(text, index).contains(.orgSuffix), capitalised || text.tokens[index].kind == .word {
                // "Apple Inc.", "Air Berlin GmbH": the capitalised words before the suffix are the name.
                let start = prefixStart(before: index, in: text)
                if start < index {
                    result.append(Mention(rule: name, type: .org, tokens: start..<(index + 1), in: text,
                                          priority: Mention.Priority.cuedRule, trigger: index..<(index + 1)))
                }
                continue
            }
            guard text.tokens[index].kind == .word, capitalised || lexicon.roles(text, index).contains(.namingHead),
                  let headEnd = lexicon.entry(in: text, at: index, roles: .orgHead) else { continue }
            let start = capitalised ? prefixStart(before: index, in: text) : index
            let end = complementEnd(after: headEnd, in: text)
            guard end > headEnd || start < index else { continue }
            // A lower-case head names a body only with a capitalised word after it ("l'hôpital Pasteur").
            if !capitalised, !(headEnd..<end).contains(where: { text.tokens[$0].isCapitalized }) { continue }
            result.append(Mention(rule: name, type: .org, tokens: start..<end, in: text,
                                  priority: Mention.Priority.cuedRule, trigger: index..<headEnd))
            index = end - 1
        }
        return result
    }

    /// The first token of the capitalised words right before the head ("World Health" Organization).
    func prefixStart(before head: Int, in text: AnalyzedText) -> Int {
        var start = head
        let sentence = text.sentenceOfToken[head]
        while start > 0, head - start < 4, text.sentenceOfToken[start - 1] == sentence {
            let token = text.tokens[start - 1]
            let roles = lexicon.roles(text, start - 1)
            guard token.isCapitalized, !token.flags.contains(.sentenceInitial) || head - start >= 1,
                  roles.isDisjoint(with: RuleLexicon.Roles.grammar), roles.isDisjoint(with: [.honorific, .title, .demonym, .country]),
                  !roles.contains(.firstName) else { break }
            start -= 1
        }
        // A lone capitalised word at the start of a sentence ("Selon", "Hier") is not part of the name.
        if start < head, text.tokens[start].flags.contains(.sentenceInitial), head - start == 1,
           !WordShape.hasAdjectiveEnding(text, text.tokens[start]) {
            return head
        }
        return start
    }

    /// The end of the adjectives and complements after the head.
    func complementEnd(after headEnd: Int, in text: AnalyzedText) -> Int {
        let count = text.tokens.count
        let sentence = text.sentenceOfToken[headEnd - 1]
        var end = headEnd
        var strong = false
        func inSentence(_ i: Int) -> Bool { i < count && text.sentenceOfToken[i] == sentence }
        func isContent(_ i: Int) -> Bool {
            inSentence(i) && text.tokens[i].kind == .word && lexicon.roles(text, i).isDisjoint(with: RuleLexicon.Roles.grammar)
        }
        // Capitalised words and adjectives straight after the head: "Université Paris-Sud", "Parti socialiste".
        var index = end
        var adjectives = 0
        while isContent(index), index - end < 3 {
            // Capitalised words come before adjectives: "Parti démocrate Moon Jae-in" ends at "démocrate".
            if text.tokens[index].isCapitalized, adjectives == 0, !lexicon.roles(text, index).contains(.firstName) || strong {
                strong = true
            } else if WordShape.isLowercaseAdjective(text, index) || lexicon.roles(text, index).contains(.demonym) {
                strong = true
                adjectives += 1
            } else { break }
            index += 1
        }
        end = index
        // Complements: (et)? preposition article? word adjectives*.
        var steps = 0
        var hadCapitalisedComplement = false
        while steps < 4 {
            var cursor = end
            // "et des Finances" continues a complement, never the head alone ("Sénat et de l'Assemblée").
            if inSentence(cursor), lexicon.roles(text, cursor).contains(.conjunction) {
                guard steps > 0 else { break }
                cursor += 1
            }
            guard inSentence(cursor), lexicon.roles(text, cursor).contains(.preposition) else { break }
            let locative = lexicon.roles(text, cursor).contains(.locative)
            cursor += 1
            if inSentence(cursor), lexicon.roles(text, cursor).contains(.article) { cursor += 1 }
            guard isContent(cursor) else { break }
            let capitalised = text.tokens[cursor].isCapitalized
            // "à Strasbourg" locates the body ("Parlement européen à Strasbourg"); "aux droits de l'homme" names it.
            if locative, capitalised { break }
            // A lower-case complement comes before any capitalised one ("Organisation mondiale de la santé"), not after
            // ("Organisation des Nations unies pour l'éducation"), and is a noun, not an infinitive ("pour favoriser").
            guard capitalised || (strong && !hadCapitalisedComplement) else { break }
            if !capitalised, !lexicon.roles(text, cursor - 1).contains(.article), WordShape.looksLikeInfinitive(text, cursor) { break }
            cursor += 1
            while isContent(cursor), cursor - end < 6,
                  text.tokens[cursor].isCapitalized || WordShape.isLowercaseAdjective(text, cursor, participles: false) {
                cursor += 1
            }
            if capitalised { strong = true; hadCapitalisedComplement = true }
            end = cursor
            steps += 1
        }
        return end
    }
}
