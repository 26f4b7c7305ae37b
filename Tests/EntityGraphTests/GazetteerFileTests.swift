@testable import EntityGraph
import Testing

@Suite("Gazetteer file format")
struct GazetteerFileTests {
    /// "line: [tag]" for each warning, "line: error" for each error, in line order.
    private func findings(_ contents: String) -> [String] {
        let file = GazetteerFile(path: "t.tsv", contents: contents)
        var result = file.diagnostics.map { diagnostic -> (Int, String) in
            let tag = diagnostic.message.split(separator: "[").last.map { "[" + $0 } ?? diagnostic.message
            return (diagnostic.line ?? 0, tag)
        }
        for error in file.errors {
            let text = error.description
            let line = Int(text.split(separator: ":")[1]) ?? 0
            result.append((line, "error"))
        }
        return result.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map { "\($0.0): \($0.1)" }
    }

    @Test("valid lines parse into entries", arguments: [
        // (contents, expected "canonical|aliases|id|type" per entry)
        ("#! type=ORG\nMédecins sans frontières\n", ["Médecins sans frontières||-|ORG"]),
        ("#! type=ORG\nEtat islamique\tEI|Daech\teg:org/ei\tsubtype=armed-group\n", ["Etat islamique|EI,Daech|eg:org/ei|ORG"]),
        ("Paris\t\tgeonames:1\ttype=PLACE;pop=2\n", ["Paris||geonames:1|PLACE"]),
        ("#! type=ORG\n# a comment\n\n   \nAFP\n", ["AFP||-|ORG"]),
        ("\u{FEFF}#! type=ORG\r\nAFP\r\nOTAN\r\n", ["AFP||-|ORG", "OTAN||-|ORG"]),
        ("#! type=ORG\nAFP\n#! type=PLACE\nParis\n", ["AFP||-|ORG", "Paris||-|PLACE"]),
        ("#! type=ORG lang=fr\n#! lang=\nAFP\n", ["AFP||-|ORG"]),
        ("#! list=stopwords\nle\tla|les\n", ["le|la,les|-|-"]),
        ("#! type=PLACE\nParis\t\t\t\n", ["Paris||-|PLACE"]),
    ])
    func validLines(contents: String, expected: [String]) {
        let file = GazetteerFile(path: "t.tsv", contents: contents)
        #expect(file.errors.isEmpty)
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
        #expect(file.entries.map { "\($0.canonical)|\($0.aliases.joined(separator: ","))|\($0.id ?? "-")|\($0.attributes["type"] ?? "-")" } == expected)
    }

    @Test("a header key with an empty value clears the default")
    func headerClears() {
        let file = GazetteerFile(path: "t.tsv", contents: "#! type=ORG lang=fr\n#! lang=\nAFP\n")
        #expect(file.entries.first?.attributes["lang"] == nil)
        #expect(file.entries.first?.attributes["type"] == "ORG")
    }

    @Test("every error and warning names its line", arguments: [
        // (contents, expected findings)
        ("AFP\n", ["1: error"]),
        ("#! type=ORG\nA\tB\teg:x\tk=v\textra\n", ["2: error"]),
        ("#! type=ORG\nA\t\t\t\t\n", ["2: [whitespace]"]),
        ("#! type=CITY\nParis\n", ["1: error", "2: error"]),
        ("#! type=ORG\nAFP\t\t\trole=adjective\n", ["2: error"]),
        ("#! type=ORG\nAFP\t\tafp\n", ["2: error"]),
        ("#! type=ORG\nAFP\t\tfoo:1\n", ["2: error"]),
        ("#! type=ORG\nAFP\t\t\tpop\n", ["2: error"]),
        ("#! type=ORG list=stopwords\nle\n", ["1: error"]),
        ("#! type=ORG\n\tEI\n", ["2: error"]),
        ("#! type=ORG\nAFP\nOTAN\nAFP\n", ["4: [duplicate-line]"]),
        ("#! type=ORG\n AFP\n", ["2: [whitespace]"]),
        ("#! type=ORG\nEtat islamique\tEI | Daech\n", ["2: [whitespace]", "2: [whitespace]"]),
        ("#! type=ORG\nJean  Dupont\n", ["2: [whitespace]"]),
        ("#! type=ORG\nEtat islamique\tEI||Daech\n", ["2: [empty-alias]"]),
        ("#! type=ORG\nEtat islamique\tEI|EI\n", ["2: [repeated-form]"]),
        ("#! type=ORG\nEtat islamique\tEtat islamique\n", ["2: [repeated-form]"]),
        ("#! type=COUNTRY\nRÃ©publique tchÃ¨que\n", ["2: [mojibake]"]),
        ("#! type=ORG\nLâ€™Express\n", ["2: [mojibake]"]),
        ("#! type=ORG\nCaf\u{FFFD}\n", ["2: [mojibake]"]),
        ("#! type=PLACE\nAl\u{AD}Anbar\n", ["2: [never-matches]"]),
        ("#! type=PLACE\nSe\u{301}ne\n", ["2: [not-nfc]"]),
        ("#! type=PLACE\nParis\t\t\tpop=deux\n", ["2: [attribute]"]),
        ("#! type=PLACE\nParis\t\t\tcc=fra\n", ["2: [attribute]"]),
        ("#! type=PLACE\nParis\t\t\tamb=mot\n", ["2: [attribute]"]),
        ("#! type=PLACE\nParis\t\t\tdisabled=yes\n", ["2: [attribute]"]),
        ("#! type=PLACE\nParis\t\t\tdissabled=1\n", ["2: [attribute]"]),
        ("#! type=PLACE\nParis\t\t\tcolour=blue\n", []),
        ("#! type=ORG\nA\tB\tC\tD\tE\nAFP\t\tbad\n", ["2: error", "3: error"]),
    ])
    func findingsHaveLines(contents: String, expected: [String]) {
        #expect(findings(contents) == expected)
    }

    @Test("invalid UTF-8 is an error on its line, other lines still load")
    func invalidUTF8() {
        var bytes = Array("#! type=ORG\nAFP\n".utf8)
        bytes += [0x43, 0x61, 0x66, 0xE9, 0x0A]
        bytes += Array("OTAN\n".utf8)
        let file = GazetteerFile(path: "t.tsv", bytes: bytes)
        #expect(file.errors == [.invalidUTF8(file: "t.tsv", line: 3)])
        #expect(file.entries.map(\.canonical) == ["AFP", "OTAN"])
    }

    @Test("errors print as file:line: message")
    func errorText() {
        let file = GazetteerFile(path: "gazetteers/places.tsv", contents: "#! type=PLACE\nParis\t\t\ttype=city\n")
        #expect(file.errors.map(\.description) == ["gazetteers/places.tsv:2: unknown type 'city' (expected one of PERSON, COUNTRY, ORG, PLACE)"])
        let warned = GazetteerFile(path: "gazetteers/places.tsv", contents: "#! type=PLACE\nParis\nParis\n")
        #expect(warned.diagnostics.map(\.description) == ["gazetteers/places.tsv:3: warning: duplicate of line 2 [duplicate-line]"])
    }

    @Test("ids", arguments: [
        ("iso:FR", true), ("wd:Q2429253", true), ("geonames:2988507", true), ("eg:org/nato", true), ("local:x", true),
        ("iso:", false), ("FR", false), ("xx:1", false), ("iso:F R", false), ("iso:F|R", false), ("iso:FR;", false),
    ])
    func ids(id: String, valid: Bool) {
        #expect(GazetteerFile.isValidID(id) == valid)
    }
}
