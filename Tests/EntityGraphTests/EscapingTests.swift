import Foundation
import Testing
@testable import EntityGraph

/// A string of the given scalars (Swift literals refuse the noncharacters U+nFFFE and U+nFFFF).
func scalars(_ values: UInt32...) -> String { String(String.UnicodeScalarView(values.map { Unicode.Scalar($0)! })) }

/// One row per adversarial case and format: what a name becomes in the file.
@Suite struct EscapingTests {
    static let xmlTextRows: [(String, String)] = [
        ("AT&T", "AT&amp;T"),
        ("x < y > z ]]> end", "x &lt; y &gt; z ]]&gt; end"),
        ("Ada \"The Countess\" O'Brien", "Ada \"The Countess\" O'Brien"),
        ("Line1\nLine2\r\nLine3", "Line1\nLine2&#13;\nLine3"),
        ("Tab\tInside", "Tab\tInside"),
        ("Bell\u{07}Ctl\u{01}Char\u{1F}End\u{0}", "Bell\u{FFFD}Ctl\u{FFFD}Char\u{FFFD}End\u{FFFD}"),
        (scalars(0xFFFE) + scalars(0xFFFF) + "\u{FFFD}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("\u{7F}\u{80}\u{84}\u{85}\u{86}\u{9F}\u{A0}", "\u{FFFD}\u{FFFD}\u{FFFD}\u{85}\u{FFFD}\u{FFFD}\u{A0}"),
        (scalars(0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0), "\u{FDCF}\u{FFFD}\u{FFFD}\u{FDF0}"),
        (scalars(0x1FFFE, 0x2FFFF, 0x10FFFF, 0x10FFFD, 0x1FFFD), "\u{FFFD}\u{FFFD}\u{FFFD}\u{10FFFD}\u{1FFFD}"),
        ("😀 Emoji Corp 🇺🇳 👩‍👩‍👧", "😀 Emoji Corp 🇺🇳 👩‍👩‍👧"),
        ("مرحبا بالعالم \u{200F}(عربي)", "مرحبا بالعالم \u{200F}(عربي)"),
        ("e\u{301} decomposed, zero\u{200B}width", "e\u{301} decomposed, zero\u{200B}width"),
        ("", ""),
    ]

    static let xmlAttributeRows: [(String, String)] = [
        ("a\"b", "a&quot;b"),
        ("Tab\tLF\nCR\r", "Tab&#9;LF&#10;CR&#13;"),
        ("<&>", "&lt;&amp;&gt;"),
        ("Bell\u{07}", "Bell\u{FFFD}"),
    ]

    static let dotRows: [(String, String)] = [
        ("node", "\"node\""),
        ("Ada \"The Countess\"", "\"Ada \\\"The Countess\\\"\""),
        ("C:\\temp\\new\\", "\"C:\\\\temp\\\\new\\\\\""),
        ("L1\nL2\r\nL3\rL4", "\"L1\\nL2\\nL3\\nL4\""),
        ("Tab\tInside", "\"Tab\tInside\""),
        ("Bell\u{07}Ctl\u{0}\u{7F}" + scalars(0xFFFE), "\"Bell\u{FFFD}Ctl\u{FFFD}\u{FFFD}\u{FFFD}\""),
        ("a--b->c /* x */ #tag 1abc", "\"a--b->c /* x */ #tag 1abc\""),
        ("😀 🇺🇳 مرحبا", "\"😀 🇺🇳 مرحبا\""),
    ]

    static let dotLengthRows: [(String, String)] = [
        (String(repeating: "x", count: 5000), String(repeating: "x", count: 5000)),
        (String(repeating: "x", count: 20000), String(repeating: "x", count: 16000) + "…"),
        // Cut between escapes, never inside one: 8,000 backslashes are exactly 16,000 bytes.
        (String(repeating: "\\", count: 8000), String(repeating: "\\\\", count: 8000)),
        (String(repeating: "\\", count: 8001), String(repeating: "\\\\", count: 8000) + "…"),
        (String(repeating: "é", count: 9000), String(repeating: "é", count: 8000) + "…"),
    ]

    static let csvRows: [(String, String)] = [
        ("plain", "plain"),
        ("semi;colon,comma", "\"semi;colon,comma\""),
        ("Ada \"The Countess\"", "\"Ada \"\"The Countess\"\"\""),
        ("C:\\temp\\new\\", "C:＼temp＼new＼"),
        ("  padded  ", "padded"),
        ("\n\tLine1\nLine2\r\n", "\"Line1\nLine2\""),
        ("Bell\u{07}End" + scalars(0xFFFE), "Bell\u{FFFD}End\u{FFFD}"),
        ("Tab\tInside", "Tab\tInside"),
        ("-1.5", "-1.5"),
        ("", ""),
    ]

    static let jsonRows: [(String, String)] = [
        ("a\"b\\c", "\"a\\\"b\\\\c\""),
        ("\u{1}\u{1F}\u{7F}", "\"\\u0001\\u001f\u{7F}\""),
        ("L\nR\rT\t", "\"L\\nR\\rT\\t\""),
        ("\u{2028}x\u{2029}", "\"\\u2028x\\u2029\""),
        ("😀" + scalars(0xFFFE) + "é", "\"😀" + scalars(0xFFFE) + "é\""),
    ]

    @Test(arguments: xmlTextRows)
    func escapesXMLText(name: String, expected: String) {
        #expect(Escaping.xmlText(name) == expected)
    }

    @Test(arguments: xmlAttributeRows)
    func escapesXMLAttributes(name: String, expected: String) {
        #expect(Escaping.xmlAttribute(name) == expected)
    }

    @Test(arguments: dotRows)
    func quotesDOTStrings(name: String, expected: String) {
        #expect(Escaping.dotQuoted(name) == expected)
    }

    @Test(arguments: dotLengthRows)
    func cutsDOTStringsBelowGraphvizLimit(name: String, expectedBody: String) {
        let quoted = Escaping.dotQuoted(name)
        #expect(quoted == "\"" + expectedBody + "\"")
        #expect(quoted.utf8.count <= 16_381)
    }

    @Test(arguments: csvRows)
    func writesCSVFieldsGephiReadsAlike(name: String, expected: String) {
        #expect(Escaping.csvField(name) == expected)
    }

    @Test(arguments: jsonRows)
    func escapesJSONExactly(name: String, expected: String) {
        #expect(Escaping.json(name) == expected)
    }

    /// Random strings over every kind of scalar: XML keeps none that XML 1.0 forbids, JSON reads back exactly.
    @Test func survivesRandomScalars() throws {
        var generator = SystemRandomNumberGenerator()
        let pools: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x9F, 0xA0...0x2FF, 0x2000...0x206F, 0xD7F0...0xD7FF,
                                            0xE000...0xE0FF, 0xFDC0...0xFDFF, 0xFFF0...0xFFFF, 0x1F300...0x1F64F, 0x10FFF0...0x10FFFF]
        for _ in 0..<500 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let pool = pools.randomElement(using: &generator)!
                if let s = Unicode.Scalar(UInt32.random(in: pool, using: &generator)) { text.append(s) }
            }
            let name = String(text)
            for escaped in [Escaping.xmlText(name), Escaping.xmlAttribute(name), Escaping.dotQuoted(name), Escaping.csvField(name)] {
                #expect(!escaped.unicodeScalars.contains(where: Escaping.isUnrepresentable), "\(name.debugDescription)")
            }
            let decoded = try JSONSerialization.jsonObject(with: Data(("[" + Escaping.json(name) + "]").utf8)) as? [String]
            #expect(decoded?.first.map { Array($0.unicodeScalars) } == Array(name.unicodeScalars))
        }
    }
}
