/// Disjoint byte spans, chosen among known candidates, with an overlap test in O(log n) whatever the text's length.
///
/// `Pipeline.resolve` accepts candidates one by one and must ask "does this one
/// overlap a span already accepted?". A byte map answers in time proportional to
/// the span and costs memory proportional to the document; a list of accepted
/// spans costs time proportional to their number (quadratic on a large document,
/// measured at 28-95% of a run before). Here the candidates' start offsets are
/// sorted once, and a Fenwick tree over them counts the accepted starts: a
/// candidate `[s, e)` overlaps an accepted span exactly when an accepted span
/// starts inside `[s, e)`, or the last accepted span starting before `s` ends
/// after `s` (accepted spans are disjoint, so only that one can reach `s`).
struct DisjointSpans {
    /// Distinct start offsets of every candidate, ascending.
    private let starts: [Int]
    /// Fenwick tree (1-based) of accepted starts, by index into `starts`.
    private var tree: [Int32]
    /// End of the accepted span starting at `starts[i]`, when one is accepted.
    private var ends: [Int]
    /// Highest power of two not above `starts.count`, for the tree's descent.
    private let topBit: Int

    /// An empty set for spans among `candidates` (only their starts matter).
    init(candidates: [TextSpan]) {
        var starts = candidates.map(\.start)
        starts.sort()
        var unique: [Int] = []
        unique.reserveCapacity(starts.count)
        for start in starts where unique.last != start { unique.append(start) }
        self.starts = unique
        tree = [Int32](repeating: 0, count: unique.count + 1)
        ends = [Int](repeating: 0, count: unique.count)
        var bit = 1
        while bit * 2 <= unique.count { bit *= 2 }
        topBit = unique.isEmpty ? 0 : bit
    }

    /// Index of the first start >= `offset` (`starts.count` when none).
    private func lowerBound(_ offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Number of accepted starts among `starts[0..<count]`.
    private func prefixCount(_ count: Int) -> Int {
        var i = count, total = 0
        while i > 0 {
            total += Int(tree[i])
            i &= i - 1
        }
        return total
    }

    /// Index into `starts` of the `rank`-th accepted start (1-based rank), by descending the tree.
    private func indexOfAccepted(rank: Int) -> Int {
        var position = 0, remaining = rank, bit = topBit
        while bit > 0 {
            let next = position + bit
            if next < tree.count, Int(tree[next]) < remaining {
                position = next
                remaining -= Int(tree[next])
            }
            bit >>= 1
        }
        return position // 1-based `position + 1`, so 0-based `position`
    }

    /// Whether `span` shares a byte with an accepted span; an empty span never does.
    func overlaps(_ span: TextSpan) -> Bool {
        guard span.start < span.end else { return false }
        let first = lowerBound(span.start)
        let before = prefixCount(first)
        if prefixCount(lowerBound(span.end)) > before { return true }
        guard before > 0 else { return false }
        return ends[indexOfAccepted(rank: before)] > span.start
    }

    /// Accepts `span`, which must be one of the candidates and overlap no accepted span; an empty span takes no room.
    mutating func insert(_ span: TextSpan) {
        guard span.start < span.end else { return }
        let index = lowerBound(span.start)
        precondition(index < starts.count && starts[index] == span.start, "span \(span) is not a candidate")
        ends[index] = span.end
        var i = index + 1
        while i < tree.count {
            tree[i] += 1
            i += i & -i
        }
    }
}
