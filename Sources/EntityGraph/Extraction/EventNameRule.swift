/// Names of competitions and events, "championnat de France", "Jeux olympiques de Rio", "Open d'Australie",
/// "World Cup of Hockey", which are not mentions of the place they name.
///
/// Both evaluation sets leave events out of the four entity types (WiNER
/// marks them MISC). The rule finds an event head (`event-heads`) with its
/// adjectives and a "de"/"of" complement that starts with a capital, and makes
/// a candidate that wins overlaps like any mention and is then dropped, so the
/// country or city inside it is not reported. An event head without such a
/// complement ("la coupe a été remise") blocks nothing.
public struct EventNameRule: Extractor {
    public let name = "event-name"
    /// The word lists.
    public let lexicon: RuleLexicon
    private let names: NameRun

    /// Creates the rule.
    public init(lexicon: RuleLexicon) {
        self.lexicon = lexicon
        self.names = NameRun(lexicon: lexicon)
    }

    public func candidates(in text: AnalyzedText, gazetteer: CompiledGazetteer) -> [Mention] {
        var result: [Mention] = []
        let count = text.tokens.count
        var index = 0
        while index < count {
            defer { index += 1 }
            guard text.tokens[index].kind == .word, let headEnd = lexicon.entry(in: text, at: index, roles: .eventHead) else { continue }
            let sentence = text.sentenceOfToken[index]
            var cursor = headEnd
            while cursor < count, cursor - headEnd < 2, text.sentenceOfToken[cursor] == sentence,
                  WordShape.isLowercaseAdjective(text, cursor) || lexicon.roles(text, cursor).contains(.demonym) {
                cursor += 1
            }
            guard cursor < count, text.sentenceOfToken[cursor] == sentence, lexicon.roles(text, cursor).contains(.preposition),
                  !lexicon.roles(text, cursor).contains(.locative) else { continue }
            cursor += 1
            if cursor < count, lexicon.roles(text, cursor).contains(.article), !text.tokens[cursor].isCapitalized { cursor += 1 }
            guard cursor < count, text.sentenceOfToken[cursor] == sentence,
                  let end = names.end(from: cursor, in: text, maximum: 4, particleStart: true) else { continue }
            var event = Mention(rule: name, type: .org, tokens: index..<end, in: text, priority: Mention.Priority.cuedRule,
                                trigger: index..<headEnd)
            event.isEventName = true
            result.append(event)
            index = end - 1
        }
        return result
    }
}
