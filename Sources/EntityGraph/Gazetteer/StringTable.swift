/// Many strings stored end to end in one byte arena: one allocation instead of one per string, and trivially serialized.
struct StringTable: Sendable, Equatable {
    /// The UTF-8 bytes of every string, in order.
    private(set) var arena: [UInt8] = []
    /// `offsets[i]..<offsets[i + 1]` is string `i`.
    private(set) var offsets: [Int32] = [0]

    init() {}

    init(arena: [UInt8], offsets: [Int32]) {
        self.arena = arena
        self.offsets = offsets
    }

    /// Number of strings.
    var count: Int { offsets.count - 1 }

    /// Appends a string; returns its index.
    @discardableResult
    mutating func append(_ string: String) -> Int {
        arena.append(contentsOf: string.utf8)
        offsets.append(Int32(arena.count))
        return offsets.count - 2
    }

    /// String `index`.
    subscript(index: Int) -> String {
        String(decoding: arena[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
    }

    /// The byte range of string `index` in `arena`.
    @inline(__always)
    func range(_ index: Int) -> Range<Int> { Int(offsets[index])..<Int(offsets[index + 1]) }

    /// Whether the bytes of string `index` equal `bytes[span]`.
    @inline(__always)
    func equals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let r = range(index)
        guard r.count == end - start else { return false }
        return arena.withUnsafeBufferPointer { a in
            var i = r.lowerBound, j = start
            while i < r.upperBound {
                if a[i] != bytes[j] { return false }
                i += 1
                j += 1
            }
            return true
        }
    }
}
