/// Converts UTF-8 byte offsets into Unicode scalar (code point) offsets, as Python's `str` indexes text.
public struct OffsetConverter {
    private let bytes: [UInt8]
    private var lastByte = 0
    private var lastScalar = 0

    /// Creates a converter over `bytes`.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The scalar offset of `byteOffset`; amortized linear when called with non-decreasing offsets.
    public mutating func scalarOffset(ofByte byteOffset: Int) -> Int {
        if byteOffset < lastByte { lastByte = 0; lastScalar = 0 }
        let count = bytes.withUnsafeBufferPointer { UTF8Decoding.scalarCount(in: $0, from: lastByte, to: byteOffset) }
        lastScalar += count
        lastByte = byteOffset
        return lastScalar
    }
}
