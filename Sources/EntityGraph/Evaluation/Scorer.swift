/// Precision, recall and F1 of predicted spans against gold, exact span and type, per type and overall.
public struct Scorer: Sendable {
    /// Counts for one type (or all).
    public struct Counts: Sendable, Equatable {
        /// Predicted and gold.
        public var truePositives = 0
        /// Predicted, not gold.
        public var falsePositives = 0
        /// Gold, not predicted.
        public var falseNegatives = 0

        /// TP / (TP + FP), 0 when nothing was predicted.
        public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        /// TP / (TP + FN), 0 when there is no gold.
        public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Counts per type name.
    public private(set) var byType: [String: Counts] = [:]
    /// Counts over every type.
    public private(set) var overall = Counts()

    /// Creates an empty scorer.
    public init() {}

    /// Adds one document's predictions and gold.
    public mutating func add(predicted: [Annotation], gold: [Annotation]) {
        let goldSet = Set(gold), predictedSet = Set(predicted)
        for p in predictedSet {
            if goldSet.contains(p) { byType[p.type, default: Counts()].truePositives += 1; overall.truePositives += 1 }
            else { byType[p.type, default: Counts()].falsePositives += 1; overall.falsePositives += 1 }
        }
        for g in goldSet where !predictedSet.contains(g) {
            byType[g.type, default: Counts()].falseNegatives += 1
            overall.falseNegatives += 1
        }
    }

    /// A fixed-width table: type, TP, FP, FN, precision, recall, F1.
    public func table() -> String {
        func row(_ name: String, _ c: Counts) -> String {
            func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
            func f(_ x: Double) -> String { String(format3(x)) }
            return name.padding(toLength: 9, withPad: " ", startingAt: 0) + pad(String(c.truePositives), 6) + pad(String(c.falsePositives), 6)
                + pad(String(c.falseNegatives), 6) + pad(f(c.precision), 8) + pad(f(c.recall), 8) + pad(f(c.f1), 8)
        }
        var lines = ["type         TP    FP    FN    prec     rec      F1"]
        for type in byType.keys.sorted() { lines.append(row(type, byType[type]!)) }
        lines.append(row("ALL", overall))
        return lines.joined(separator: "\n")
    }

    private func format3(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        return "\(scaled / 1000).\(String(repeating: "0", count: 3 - String(scaled % 1000).count))\(scaled % 1000)"
    }
}
