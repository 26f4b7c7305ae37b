/// A half-open range of UTF-8 byte offsets into a document's original text.
public struct TextSpan: Hashable, Sendable, Comparable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// Creates a span without checking the bounds; for the tokenizer's hot loop, whose spans are ordered by construction.
    @inline(__always)
    init(uncheckedStart start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Number of bytes covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely within this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
