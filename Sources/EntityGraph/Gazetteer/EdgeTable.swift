/// The trie's transitions below the root, `(node, token key) -> child`, in one open-addressing table.
///
/// Flat arrays instead of a `Dictionary`: one multiply and usually one probe
/// per lookup, and the table is written to and read from the compiled cache
/// as raw bytes (rebuilding a 100k-entry Dictionary costs ~20 ms).
struct EdgeTable: Sendable, Equatable {
    /// `node << 32 | key`, or `EdgeTable.empty`.
    private(set) var keys: [UInt64]
    /// The child of the edge in the same slot.
    private(set) var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    static let empty = UInt64.max

    /// A table sized for `capacity` edges at a load factor of at most 1/2.
    init(capacity: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        keys = Array(repeating: EdgeTable.empty, count: 1 << Int(bits))
        values = Array(repeating: 0, count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// A table restored from its arrays; nil when they are inconsistent.
    init?(keys: [UInt64], values: [Int32]) {
        let size = keys.count
        guard size >= 16, size & (size - 1) == 0, values.count == size else { return nil }
        self.keys = keys
        self.values = values
        shift = 64 - UInt64(size.trailingZeroBitCount)
        count = keys.reduce(0) { $0 + ($1 == EdgeTable.empty ? 0 : 1) }
    }

    @inline(__always)
    static func edge(_ node: Int32, _ key: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
    }

    @inline(__always)
    private func slot(_ edge: UInt64) -> Int {
        Int(truncatingIfNeeded: (edge &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child of `node` by `key`, or -1.
    @inline(__always)
    func child(of node: Int32, key: Int32) -> Int32 {
        let edge = EdgeTable.edge(node, key)
        var s = slot(edge)
        let mask = keys.count - 1
        while true {
            let k = keys[s]
            if k == edge { return values[s] }
            if k == EdgeTable.empty { return -1 }
            s = (s + 1) & mask
        }
    }

    /// Adds an edge that is not in the table yet.
    mutating func insert(node: Int32, key: Int32, child: Int32) {
        let edge = EdgeTable.edge(node, key)
        var s = slot(edge)
        let mask = keys.count - 1
        while keys[s] != EdgeTable.empty { s = (s + 1) & mask }
        keys[s] = edge
        values[s] = child
        count += 1
    }
}
