/// Precision, recall and F1 of predicted spans against gold, per type and overall, exact and partial.
///
/// Exact: same span and type. Partial: same type and overlapping spans, each gold
/// and each prediction used at most once. Errors are kept for `evaluate --errors`.
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

    /// One disagreement with the gold.
    public struct Mistake: Sendable, Equatable {
        /// What went wrong.
        public enum Kind: String, Sendable {
            /// A prediction overlapping no gold span.
            case spurious
            /// A gold span overlapping no prediction.
            case missed
            /// Same span, other type.
            case wrongType = "wrong-type"
            /// Same type, overlapping but different span.
            case wrongSpan = "wrong-span"
        }
        /// The document.
        public var documentID: String
        /// The kind of mistake.
        public var kind: Kind
        /// The prediction involved, if any.
        public var predicted: Annotation?
        /// The gold annotation involved, if any.
        public var gold: Annotation?
    }

    /// Exact counts per type name.
    public private(set) var byType: [String: Counts] = [:]
    /// Exact counts over every type.
    public private(set) var overall = Counts()
    /// Partial-overlap counts per type name.
    public private(set) var partialByType: [String: Counts] = [:]
    /// Partial-overlap counts over every type.
    public private(set) var partialOverall = Counts()
    /// Every mistake, in document order then offset.
    public private(set) var mistakes: [Mistake] = []

    /// Creates an empty scorer.
    public init() {}

    /// Adds one document's predictions and gold.
    public mutating func add(predicted: [Annotation], gold: [Annotation], documentID: String = "") {
        let goldSet = Set(gold), predictedSet = Set(predicted)
        let predictedSorted = predictedSet.sorted { ($0.start, $0.end, $0.type) < ($1.start, $1.end, $1.type) }
        let goldSorted = goldSet.sorted { ($0.start, $0.end, $0.type) < ($1.start, $1.end, $1.type) }
        for p in predictedSorted {
            if goldSet.contains(p) {
                byType[p.type, default: Counts()].truePositives += 1
                overall.truePositives += 1
            } else {
                byType[p.type, default: Counts()].falsePositives += 1
                overall.falsePositives += 1
            }
        }
        for g in goldSorted where !predictedSet.contains(g) {
            byType[g.type, default: Counts()].falseNegatives += 1
            overall.falseNegatives += 1
        }
        // Partial: greedy one-to-one on overlapping spans of the same type, exact pairs first.
        var usedGold = Set<Annotation>()
        var partialMatched = Set<Annotation>()
        for p in predictedSorted where goldSet.contains(p) { usedGold.insert(p); partialMatched.insert(p) }
        for p in predictedSorted where !partialMatched.contains(p) {
            if let g = goldSorted.first(where: { !usedGold.contains($0) && $0.type == p.type && $0.overlaps(p) }) {
                usedGold.insert(g)
                partialMatched.insert(p)
            }
        }
        for p in predictedSorted {
            if partialMatched.contains(p) { partialByType[p.type, default: Counts()].truePositives += 1; partialOverall.truePositives += 1 }
            else { partialByType[p.type, default: Counts()].falsePositives += 1; partialOverall.falsePositives += 1 }
        }
        for g in goldSorted where !usedGold.contains(g) {
            partialByType[g.type, default: Counts()].falseNegatives += 1
            partialOverall.falseNegatives += 1
        }
        // Mistakes, classified for people tuning their lists.
        var explainedGold = Set<Annotation>()
        for p in predictedSorted where !goldSet.contains(p) {
            if let g = goldSorted.first(where: { $0.start == p.start && $0.end == p.end }) {
                mistakes.append(Mistake(documentID: documentID, kind: .wrongType, predicted: p, gold: g))
                explainedGold.insert(g)
            } else if let g = goldSorted.first(where: { $0.type == p.type && $0.overlaps(p) && !predictedSet.contains($0) }) {
                mistakes.append(Mistake(documentID: documentID, kind: .wrongSpan, predicted: p, gold: g))
                explainedGold.insert(g)
            } else {
                mistakes.append(Mistake(documentID: documentID, kind: .spurious, predicted: p, gold: nil))
            }
        }
        for g in goldSorted where !predictedSet.contains(g) && !explainedGold.contains(g) {
            mistakes.append(Mistake(documentID: documentID, kind: .missed, predicted: nil, gold: g))
        }
    }

    /// A fixed-width table: type, TP, FP, FN, precision, recall, F1 (exact), and F1 with partial overlap.
    public func table() -> String {
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        func row(_ name: String, _ c: Counts, _ partial: Counts) -> String {
            name.padding(toLength: 9, withPad: " ", startingAt: 0) + pad(String(c.truePositives), 6) + pad(String(c.falsePositives), 6)
                + pad(String(c.falseNegatives), 6) + pad(Scorer.format(c.precision), 8) + pad(Scorer.format(c.recall), 8)
                + pad(Scorer.format(c.f1), 8) + pad(Scorer.format(partial.f1), 10)
        }
        var lines = ["type         TP    FP    FN    prec     rec      F1  F1-partial"]
        for type in Set(byType.keys).union(partialByType.keys).sorted() {
            lines.append(row(type, byType[type] ?? Counts(), partialByType[type] ?? Counts()))
        }
        lines.append(row("ALL", overall, partialOverall))
        return lines.joined(separator: "\n")
    }

    /// A ratio with three decimals ("0.953").
    public static func format(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
