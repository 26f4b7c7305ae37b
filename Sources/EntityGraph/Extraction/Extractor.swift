/// A source of candidate mentions; the pipeline resolves overlaps between all candidates once.
public protocol Extractor: Sendable {
    /// Short name recorded as the mention's `rule`.
    var name: String { get }
    /// Every candidate this extractor sees in `text`, overlapping or not.
    func candidates(in text: AnalyzedText, gazetteer: CompiledGazetteer) -> [Mention]
}
