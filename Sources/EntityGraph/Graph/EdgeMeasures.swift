#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every measure of one edge, computed together from the window counts (formulas: `Measure`).
public struct EdgeMeasures: Sendable, Equatable {
    /// Windows holding both entities: c(a,b).
    public var count: Int
    /// Documents holding both in one window.
    public var documents: Int
    /// c(a,b) / (c(a) + c(b) - c(a,b)).
    public var jaccard: Double
    /// 2 c(a,b) / (c(a) + c(b)).
    public var dice: Double
    /// log2(c(a,b) W / (c(a) c(b))).
    public var pmi: Double
    /// pmi / -log2(c(a,b) / W).
    public var npmi: Double

    /// Computes the measures of a pair seen in `pair` windows of `windows`, its entities in `first` and `second`.
    public init(pair: Int, documents: Int, first: Int, second: Int, windows: Int) {
        let c = Double(pair), a = Double(first), b = Double(second), w = Double(windows)
        count = pair
        self.documents = documents
        jaccard = c / (a + b - c)
        dice = 2 * c / (a + b)
        pmi = log2(c * w / (a * b))
        // p(a,b) = 1 means both entities are in every window: perfect association, where the formula gives 0/0.
        npmi = pair == windows ? 1 : pmi / -log2(c / w)
    }

    /// The value of one measure.
    public func value(_ measure: Measure) -> Double {
        switch measure {
        case .count: return Double(count)
        case .documents: return Double(documents)
        case .jaccard: return jaccard
        case .dice: return dice
        case .pmi: return pmi
        case .npmi: return npmi
        }
    }
}
