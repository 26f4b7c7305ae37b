/// An organization announced by a lower-case common noun: "l'organisation Etat islamique", "le groupe Total",
/// "la radio France Inter", "le quotidien américain New York Times", "l'agence Reuters".
///
/// The cue is a lower-case organization head (`org-heads`: "organisation",
/// "université", "parti") or a media cue (`media-cues`: "radio", "journal",
/// "chaîne", "agence"); adjectives may come between ("le quotidien
/// britannique"). The name is the capitalised words that follow, with their
/// numbers ("France 2") and a leading capitalised article ("Le Monde"), and the
/// lower-case adjectives of French names ("Etat islamique"). The cue itself is
/// not part of the span.
public struct OrganizationCueRule: Extractor {
    public let name = "org-cue"
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
            let token = text.tokens[index]
            guard token.kind == .word, !token.flags.contains(.initialCapital) else { continue }
            // "le journaliste Jean Dupont": a word that is also a person's title announces a person.
            if lexicon.roles(text, index).contains(.title) { continue }
            let isMedia = lexicon.entry(in: text, at: index, roles: .mediaCue)
            // Heads that are part of the name even in lower case ("l'université Harvard") are OrganizationHeadRule's.
            guard let cueEnd = isMedia ?? lexicon.entry(in: text, at: index, roles: .orgHead),
                  !lexicon.roles(text, index).contains(.namingHead) else { continue }
            let sentence = text.sentenceOfToken[index]
            var start = cueEnd
            while start < count, start - cueEnd < 2, text.sentenceOfToken[start] == sentence,
                  WordShape.isLowercaseAdjective(text, start) || lexicon.roles(text, start).contains(.demonym) {
                start += 1
            }
            guard let end = nameEnd(from: start, in: text) else { continue }
            if end - start == 1, !lexicon.roles(text, start).isDisjoint(with: [.country, .place, .person, .firstName, .demonym])
                || text.tokens[start].span.length < 2 {
                continue
            }
            result.append(Mention(rule: isMedia != nil ? "media-cue" : name, type: .org, tokens: start..<end, in: text,
                                  priority: Mention.Priority.cuedRule, trigger: index..<cueEnd))
            index = end - 1
        }
        return result
    }

    /// The end of an organization's name starting at `start`: capitalised words, numbers, inner lower-case adjectives.
    func nameEnd(from start: Int, in text: AnalyzedText) -> Int? {
        let count = text.tokens.count
        guard start < count else { return nil }
        let sentence = text.sentenceOfToken[start]
        var index = start
        // "Le Monde", "Les Républicains": a capitalised article inside a sentence opens the name.
        if text.tokens[index].isCapitalized, !text.tokens[index].flags.contains(.sentenceInitial),
           lexicon.roles(text, index).contains(.article), index + 1 < count, text.tokens[index + 1].isCapitalized {
            index += 1
        }
        var end: Int?
        while index < count, index - start < 5, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            let roles = lexicon.roles(text, index)
            if token.isCapitalized, roles.isDisjoint(with: RuleLexicon.Roles.grammar) {
                end = index + 1
            } else if token.kind == .number, end != nil {
                end = index + 1
            } else if end != nil, WordShape.isLowercaseAdjective(text, index, participles: false), !roles.contains(.demonym) {
                end = index + 1
            } else {
                break
            }
            index += 1
        }
        return end
    }
}
