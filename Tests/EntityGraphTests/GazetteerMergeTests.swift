@testable import EntityGraph
import Foundation
import Testing

@Suite("Gazetteer loading and merging")
struct GazetteerMergeTests {
    private func gazetteer(_ files: [(String, String)]) -> Gazetteer {
        Gazetteer(files: files.map { GazetteerFile(path: $0.0, contents: $0.1) })
    }

    private func tags(_ gazetteer: Gazetteer) -> [String] {
        gazetteer.diagnostics.map { "\($0.file):\($0.line ?? 0) " + ($0.message.split(separator: "[").last.map { "[" + $0 } ?? "") }
    }

    @Test("lines with the same id merge across files: forms added in load order, later attributes win, first canonical stays")
    func mergeByID() {
        let g = gazetteer([
            ("cities.tsv", "#! type=PLACE source=generated\nParis\t\tgeonames:1\tpop=2;cc=FR\n"),
            ("local/mine.tsv", "#! type=PLACE\nParis intra-muros\tVille Lumière|Paris\tgeonames:1\tpop=3\n"),
        ])
        let paris = g.entity(id: "geonames:1")
        #expect(g.entities.count == 1)
        #expect(paris?.canonical == "Paris")
        #expect(paris?.forms.map(\.text) == ["Paris", "Paris intra-muros", "Ville Lumière"])
        #expect(paris?.forms.map(\.origin) == ["cities.tsv:2", "local/mine.tsv:2", "local/mine.tsv:2"])
        #expect(paris?.forms.map(\.isCurated) == [false, true, true])
        #expect(paris?.attributes["pop"] == "3")
        #expect(paris?.attributes["cc"] == "FR")
        #expect(g.diagnostics.isEmpty)
    }

    @Test("demonyms resolve after every file is read, whatever the file order", arguments: [
        [("a-demonyms.tsv", "#! type=COUNTRY role=demonym lang=fr\nirakien\tirakienne\tiso:IQ\n"), ("b-countries.tsv", "#! type=COUNTRY\nIrak\t\tiso:IQ\n")],
        [("b-countries.tsv", "#! type=COUNTRY\nIrak\t\tiso:IQ\n"), ("a-demonyms.tsv", "#! type=COUNTRY role=demonym lang=fr\nirakien\tirakienne\tiso:IQ\n")],
    ])
    func demonymsAfterCountries(files: [(String, String)]) {
        let g = gazetteer(files)
        let iraq = g.entity(id: "iso:IQ")
        #expect(iraq?.canonical == "Irak")
        #expect(iraq?.forms.filter { $0.role == .demonym }.map(\.text) == ["irakien", "irakienne"])
        #expect(iraq?.attributes["lang"] == nil, "a demonym line's header describes the demonyms, not the country")
        #expect(g.diagnostics.isEmpty)
    }

    @Test("findings of merging name the file and line", arguments: [
        ([("d.tsv", "#! type=COUNTRY role=demonym\nzorglubien\t\tiso:ZZ\n")], ["d.tsv:2 [unknown-id]"]),
        ([("d.tsv", "#! type=COUNTRY role=demonym\nzorglubien\n")], ["d.tsv:2 [unknown-id]"]),
        ([("a.tsv", "#! type=COUNTRY\nIrak\t\tiso:IQ\n"), ("b.tsv", "#! type=PLACE\nIrak\t\tiso:IQ\n")], ["b.tsv:2 [type-conflict]"]),
        ([("local/x.tsv", "#! type=PLACE\nZ\t\tgeonames:9\tdisabled=1\n")], ["local/x.tsv:2 [unknown-id]"]),
        ([("local/x.tsv", "#! type=PLACE\nZorglub\t\t\tdisabled=1\n")], ["local/x.tsv:2 [unknown-id]"]),
        ([("c.tsv", "#! type=PLACE\nParis\t\tgeonames:1\nParis\t\tgeonames:2\n"), ("local/x.tsv", "#! type=PLACE\nParis\tLutèce\n")],
         ["local/x.tsv:2 [ambiguous-name]"]),
    ] as [([(String, String)], [String])])
    func mergeFindings(files: [(String, String)], expected: [String]) {
        #expect(tags(gazetteer(files)) == expected)
    }

    @Test("a user line without id adds aliases to the one shipped entity of that type and name")
    func idlessMerge() {
        let g = gazetteer([
            ("organizations.tsv", "#! type=ORG\nEtat islamique\tEI\teg:org/ei\n"),
            ("local/x.tsv", "#! type=ORG\nÉtat islamique\tOrganisation EI\n#! type=PERSON\nAntony Blinken\tBlinken\n"),
        ])
        #expect(g.entity(id: "eg:org/ei")?.forms.map(\.text) == ["Etat islamique", "EI", "État islamique", "Organisation EI"])
        #expect(g.entity(id: "local:person/antony-blinken")?.forms.map(\.text) == ["Antony Blinken", "Blinken"])
    }

    @Test("disabled=1 switches a shipped entry off by id or by name; disabled=0 later switches it back on")
    func switches() {
        let shipped = ("cities.tsv", "#! type=PLACE source=generated\nSens\t\tgeonames:1\nOrange\t\tgeonames:2\n")
        let g = gazetteer([shipped, ("local/x.tsv", "#! type=PLACE\nSens\t\tgeonames:1\tdisabled=1\nOrange\t\t\tdisabled=1\n")])
        #expect(g.entities.filter(\.isDisabled).map(\.id) == ["geonames:1", "geonames:2"])
        let back = gazetteer([shipped, ("local/a.tsv", "#! type=PLACE disabled=1\nSens\t\tgeonames:1\n"),
                              ("local/b.tsv", "#! type=PLACE\nSens\t\tgeonames:1\tdisabled=0\n")])
        #expect(back.entities.filter(\.isDisabled).isEmpty)
        #expect(back.diagnostics.isEmpty)
    }

    @Test("a word list line with disabled=1 removes the word, whatever its accents or case")
    func wordRemoval() {
        let g = gazetteer([("lists/stopwords.tsv", "#! list=stopwords\nle\nsur\nà\n"),
                           ("local/x.tsv", "#! list=stopwords\nSUR\t\t\tdisabled=1\na\t\t\tdisabled=1\n")])
        #expect(g.wordLists["stopwords"]?.map(\.text) == ["le"])
    }

    @Test("files load in byte order of their paths, local/ last, only .tsv")
    func loadOrder() throws {
        let folder = NSTemporaryDirectory() + "eg-order-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for path in ["b.tsv", "A.tsv", "lists/stopwords.tsv", "local/a.tsv", "zz.tsv", "README.md", "local/0.tsv", "a.tsv"] {
            try FileManager.default.createDirectory(atPath: (folder + "/" + path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: folder + "/" + path))
        }
        let files = try Gazetteer.files(in: folder).map { String($0.dropFirst(folder.count + 1)) }
        #expect(files == ["A.tsv", "a.tsv", "b.tsv", "lists/stopwords.tsv", "zz.tsv", "local/0.tsv", "local/a.tsv"])
    }

    @Test("the fixture folder loads with its local/ overrides applied")
    func fixtureFolder() throws {
        let g = try Gazetteer(directory: GazetteerFixtures.directory)
        #expect(g.files.last?.hasSuffix("local/overrides.tsv") == true)
        #expect(g.entity(id: "eg:org/etat-islamique")?.forms.last?.text == "Organisation de l'État islamique")
        #expect(g.entity(id: "geonames:2940213")?.isDisabled == true)
        #expect(g.entity(id: "local:person/antony-blinken") != nil)
    }

    @Test("a folder with an error throws every error, each with its file and line")
    func errorsThrown() throws {
        let folder = NSTemporaryDirectory() + "eg-errors-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("#! type=ORG\nAFP\t\tbad\nOK\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.tsv"))
        try Data("Paris\n".utf8).write(to: URL(fileURLWithPath: folder + "/b.tsv"))
        #expect(throws: GazetteerError.several([.invalidID(file: folder + "/a.tsv", line: 2, value: "bad"),
                                                .missingType(file: folder + "/b.tsv", line: 1, name: "Paris")])) {
            try Gazetteer(directory: folder)
        }
        #expect(try Gazetteer.read(directory: folder).entities.map(\.canonical) == ["OK"])
    }
}

/// The fixture lists of `Fixtures/gazetteers`, compiled once.
enum GazetteerFixtures {
    static var directory: String { Fixtures.gazetteerDirectory }

    static let gazetteer: Gazetteer = try! Gazetteer(directory: directory)

    static let compiled: CompiledGazetteer = CompiledGazetteer(gazetteer)
}
