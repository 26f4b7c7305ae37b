/// Runs every extractor on a document, resolves overlapping candidates once, then links aliases.
///
/// Overlap policy: longer spans first; then higher priority (`Mention.Priority`);
/// then curated over generated; then the earlier span. Accepted mentions are
/// returned in text order. Demonyms compete like any candidate, so a name that
/// contains one ("Parti communiste chinois") keeps its words.
public struct Pipeline: Sendable {
    /// The compiled lists every extractor shares.
    public let gazetteer: CompiledGazetteer
    /// The extractors, in the order their candidates are collected.
    public let extractors: [any Extractor]
    /// One sense per document, run after overlaps are resolved (nil: none).
    public let resolver: AliasResolver?
    /// Drops listed places inside longer unknown names, before alias resolution (nil: none).
    public let boundaries: NameBoundaryFilter?
    /// Adds the names coordinated with a person, before alias resolution (nil: none).
    public let coordination: PersonCoordinationRule?
    /// Whether `extract` also returns the text of every sentence holding a mention (graph evidence);
    /// off by default so that `extract` and `evaluate` do not pay for it.
    public var keepsSentenceTexts = false

    /// Creates a pipeline with explicit extractors; the default is the gazetteer's alone, without alias resolution.
    public init(gazetteer: CompiledGazetteer, extractors: [any Extractor] = [GazetteerExtractor()], resolver: AliasResolver? = nil,
                boundaries: NameBoundaryFilter? = nil, coordination: PersonCoordinationRule? = nil) {
        self.gazetteer = gazetteer
        self.extractors = extractors
        self.resolver = resolver
        self.boundaries = boundaries
        self.coordination = coordination
    }

    /// The standard pipeline over the lists of the folder `directory` and the built-in vocabulary, compiled
    /// without the cache. Throws when a list cannot be read or has an error.
    public init(gazetteers directory: String) throws {
        self = Pipeline.standard(try CompiledGazetteer.load(gazetteers: directory, cache: nil, adding: BuiltInVocabulary.files()))
    }

    /// The standard pipeline over lists already compiled with the built-in vocabulary
    /// (`CompiledGazetteer.load(gazetteers:cache:adding: BuiltInVocabulary.files())`).
    public static func standard(_ compiled: CompiledGazetteer) -> Pipeline {
        let lexicon = RuleLexicon(compiled: compiled)
        return Pipeline(gazetteer: compiled, extractors: Pipeline.rules(lexicon: lexicon), resolver: AliasResolver(lexicon: lexicon),
                        boundaries: NameBoundaryFilter(lexicon: lexicon), coordination: PersonCoordinationRule(lexicon: lexicon))
    }

    /// The gazetteer extractor and every rule, each reading `lexicon`.
    public static func rules(lexicon: RuleLexicon) -> [any Extractor] {
        [GazetteerExtractor(lexicon: lexicon),
         PersonTitleRule(lexicon: lexicon), PersonNameRule(lexicon: lexicon), NationalityPersonRule(lexicon: lexicon),
         OrganizationHeadRule(lexicon: lexicon), OrganizationCueRule(lexicon: lexicon), AcronymRule(lexicon: lexicon),
         PlaceTriggerRule(lexicon: lexicon), PlaceQualifierRule(lexicon: lexicon), EventNameRule(lexicon: lexicon)]
    }

    /// Analyzes a document's text; its boilerplate lines are flagged.
    public func analyze(_ document: Document) -> AnalyzedText {
        AnalyzedText(document.text, lexicon: gazetteer.lexicon, boilerplate: document.boilerplate.map(\.span))
    }

    /// Every candidate of every extractor, before overlaps are resolved (for `--explain` and tests).
    public func candidates(in text: AnalyzedText) -> [Mention] {
        var candidates: [Mention] = []
        for extractor in extractors { candidates.append(contentsOf: extractor.candidates(in: text, gazetteer: gazetteer)) }
        return candidates
    }

    /// Extracts the mentions of a document.
    public func extract(_ document: Document) -> (text: AnalyzedText, result: ExtractionResult) {
        let text = analyze(document)
        // Page chrome ("Lire aussi : ...", share buttons) never yields mentions, not even through an alias.
        var candidates = candidates(in: text)
        candidates.removeAll { text.isBoilerplate($0.span) }
        // Event names only keep their words from being read as places or countries ("championnat de France").
        var mentions = Pipeline.resolve(candidates).filter { !$0.isEventName }
        if let boundaries { mentions = boundaries.filter(mentions, in: text) }
        if let coordination { mentions = coordination.extend(mentions, in: text) }
        if let resolver { mentions = resolver.resolve(mentions, in: text) }
        if mentions.contains(where: { text.isBoilerplate($0.span) }) { mentions.removeAll { text.isBoilerplate($0.span) } }
        var sentenceTexts: [Int: String] = [:]
        if keepsSentenceTexts {
            for mention in mentions where sentenceTexts[mention.sentence] == nil {
                let tokens = text.sentences[mention.sentence]
                sentenceTexts[mention.sentence] = text.string(TextSpan(start: text.tokens[tokens.lowerBound].span.start,
                                                                       end: text.tokens[tokens.upperBound - 1].span.end))
            }
        }
        return (text, ExtractionResult(documentID: document.id, metadata: document.metadata, mentions: mentions,
                                       sentenceCount: text.sentences.count, paragraphOfSentence: text.paragraphOfSentence(),
                                       sentenceTexts: sentenceTexts))
    }

    /// Keeps the candidates the overlap policy prefers, in text order.
    public static func resolve(_ candidates: [Mention]) -> [Mention] {
        let ranked = candidates.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.span.length != y.span.length { return x.span.length > y.span.length }
            if x.priority != y.priority { return x.priority > y.priority }
            if x.isCurated != y.isCurated { return x.isCurated }
            if x.span.start != y.span.start { return x.span.start < y.span.start }
            return a.offset < b.offset
        }
        // O(log n) per candidate whatever the spans' lengths and the document's size: a 5 MB document has tens of
        // thousands of candidates.
        var taken = DisjointSpans(candidates: candidates.map(\.span))
        var accepted: [Mention] = []
        var acceptedAt: [TextSpan: Int] = [:]
        for (_, candidate) in ranked {
            if !taken.overlaps(candidate.span) {
                taken.insert(candidate.span)
                acceptedAt[candidate.span] = accepted.count
                accepted.append(candidate)
            } else if let index = acceptedAt[candidate.span] {
                // A rule that wins over a list entry on the very same words confirms the type; the list still knows
                // which entity it is ("la capitale d'Al-Anbar" is the province of the list, not a new place).
                accepted[index].adoptListIdentity(of: candidate)
            }
        }
        accepted.sort { $0.span < $1.span }
        return accepted
    }
}
