/// A typed span in code point offsets, as gold files and `extract` output write them.
public struct Annotation: Hashable, Sendable {
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// Type name (PERSON, COUNTRY, ORG, PLACE, or a mapped name such as LOC).
    public var type: String

    /// Creates an annotation.
    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }

    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: Annotation) -> Bool { start < other.end && other.start < end }
}

/// How type names are compared: renamed (`COUNTRY` → `LOC`) or left out (`MISC`).
public struct TypeMapping: Sendable, Equatable {
    /// Renamings applied to gold and predictions alike.
    public var renamed: [String: String]
    /// Types removed from gold and predictions after renaming.
    public var ignored: Set<String>

    /// Creates a mapping.
    public init(renamed: [String: String] = [:], ignored: Set<String> = []) {
        self.renamed = renamed
        self.ignored = ignored
    }

    /// Parses `FROM=TO` pairs.
    public init(pairs: [String], ignored: [String]) throws {
        var renamed: [String: String] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw EvaluationError.badMapping(pair) }
            renamed[String(parts[0])] = String(parts[1])
        }
        self.init(renamed: renamed, ignored: Set(ignored))
    }

    /// Predictions and gold with types renamed and ignored types left out on both sides.
    ///
    /// A gold span of an ignored type is a region nobody is scored on: predictions on
    /// exactly that span are removed too (as CoNLL-style evaluations treat excluded
    /// regions), so a tool that types "Twitter" ORG where the gold says MISC is neither
    /// right nor wrong. Predictions that only overlap such a span are still scored.
    public func apply(predicted: [Annotation], gold: [Annotation]) -> (predicted: [Annotation], gold: [Annotation]) {
        var excluded = Set<[Int]>()
        for a in gold where ignored.contains(renamed[a.type] ?? a.type) { excluded.insert([a.start, a.end]) }
        let kept = predicted.filter { !excluded.contains([$0.start, $0.end]) }
        return (apply(kept), apply(gold))
    }

    /// The annotations with types renamed and ignored ones removed.
    public func apply(_ annotations: [Annotation]) -> [Annotation] {
        annotations.compactMap { a in
            var mapped = a
            mapped.type = renamed[a.type] ?? a.type
            return ignored.contains(mapped.type) ? nil : mapped
        }
    }
}

/// Errors of the Evaluation stage.
public enum EvaluationError: Error, CustomStringConvertible, Equatable {
    /// A `--map` value is not `FROM=TO`.
    case badMapping(String)
    /// A CoNLL line is neither `TOKEN ... TAG` nor blank.
    case badCoNLLLine(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .badMapping(let pair): return "type mapping '\(pair)' is not FROM=TO"
        case .badCoNLLLine(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}
