/// An association measure of an edge; every one is computed (`EdgeMeasures`) and exported, `weight` is the one chosen.
///
/// With c(a,b) the windows holding both entities, c(a) and c(b) the windows holding
/// each, and W the windows holding at least one entity (Decision 0202):
/// Jaccard = c(a,b) / (c(a) + c(b) - c(a,b)); Dice = 2 c(a,b) / (c(a) + c(b));
/// PMI = log2(c(a,b) W / (c(a) c(b))); NPMI = PMI / -log2(c(a,b) / W) (Bouma 2009).
public enum Measure: String, CaseIterable, Sendable {
    /// Windows holding both entities.
    case count
    /// Documents holding both entities in one window.
    case documents
    /// Jaccard index of the two entities' window sets.
    case jaccard
    /// Dice coefficient of the two entities' window sets.
    case dice
    /// Pointwise mutual information, in bits.
    case pmi
    /// Normalized pointwise mutual information, in [-1, 1].
    case npmi

    /// Whether every value of the measure is a whole number.
    public var isInteger: Bool { self == .count || self == .documents }
}
