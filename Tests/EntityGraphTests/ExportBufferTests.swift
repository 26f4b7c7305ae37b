import Testing
@testable import EntityGraph

@Suite struct ExportBufferTests {
    @Test(arguments: [(0, "0"), (7, "7"), (-42, "-42"), (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808")])
    func writesIntegers(value: Int, expected: String) {
        let out = ExportBuffer()
        out.append(value)
        #expect(out.string == expected)
    }

    @Test(arguments: [
        (0.5, "0.5"), (2.0, "2"), (-0.0, "0"), (-3.0, "-3"), (1e-7, "1e-07"), (0.1 + 0.2, "0.30000000000000004"),
        (1e20, "1e+20"), (123_456_789_012_345.0, "123456789012345"), (1.0 / 3, "0.3333333333333333"),
    ])
    func writesShortestDoubles(value: Double, expected: String) {
        let out = ExportBuffer()
        out.append(value)
        #expect(out.string == expected)
    }

    @Test func doublesReadBackExactly() {
        for _ in 0..<10_000 {
            let value = Double(bitPattern: UInt64.random(in: 0...UInt64.max))
            guard value.isFinite else { continue }
            let out = ExportBuffer()
            out.append(value)
            #expect(Double(out.string) == value, "\(value)")
        }
    }

    @Test func growsPastItsFirstAllocation() {
        let out = ExportBuffer()
        let line: StaticString = "0123456789abcdef"
        for _ in 0..<100_000 { out.append(line) }
        #expect(out.bytes.count == 1_600_000)
        #expect(out.string.hasSuffix("abcdef0123456789abcdef"))
    }

    /// Chunks rendered on several threads come out in order: the bytes of one sequential pass.
    @Test(arguments: [0, 1, ExportBuffer.parallelChunk, 2 * ExportBuffer.parallelChunk + 1, 23 * ExportBuffer.parallelChunk + 7])
    func parallelRenderingEqualsSequential(count: Int) {
        let render: @Sendable (Range<Int>, ExportBuffer) -> Void = { range, out in
            for i in range { out.append(i); out.append(byte: 0x0A) }
        }
        let parallel = ExportBuffer(), sequential = ExportBuffer()
        parallel.appendInParallel(count: count, render)
        render(0..<count, sequential)
        #expect(parallel.bytes == sequential.bytes)
    }
}
