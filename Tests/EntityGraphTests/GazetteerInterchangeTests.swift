@testable import EntityGraph
import Foundation
import Testing

@Suite("Gazetteer import and export")
struct GazetteerInterchangeTests {
    private func folder(_ files: [String: String]) throws -> String {
        let root = NSTemporaryDirectory() + "eg-interchange-" + UUID().uuidString
        for (path, contents) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: URL(fileURLWithPath: full))
        }
        return root
    }

    /// The entries as they load back from the rendered list: "TYPE|canonical|aliases|id".
    private func reloaded(_ entries: [GazetteerFile.Entry]) -> [String] {
        let rendered = GazetteerFile.render(entries)
        let file = GazetteerFile(path: "imported.tsv", contents: rendered.text)
        #expect(file.errors.isEmpty && file.diagnostics.isEmpty, "\(file.errors) \(file.diagnostics)")
        return file.entries.map { e in
            "\(e.attributes["type"] ?? "list:" + (e.attributes["list"] ?? "?"))|\(e.canonical)|\(e.aliases.joined(separator: ","))|\(e.id ?? "-")"
        }
    }

    @Test("GATE lists.def and .lst files become entities and word lists")
    func gate() throws {
        let root = try folder([
            "gate/lists.def": "city.lst:location:city:fr\ncountry.lst:location:country\norg.lst:organization\nfirst.lst:person_first\n"
                + "misc.lst:misc\nstop.lst:stop\n",
            "gate/city.lst": "Paris&id=geonames:2988507&pop=2138551\nLyon\n\nSens\n",
            "gate/country.lst": "France\nSyrie\n",
            "gate/org.lst": "Médecins sans frontières\n",
            "gate/first.lst": "Florence\nJean-Yves\n",
            "gate/misc.lst": "whatever\n",
            "gate/stop.lst": "le\nla\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (entries, diagnostics) = try GATEGazetteerReader(separator: "&").read(definition: root + "/gate/lists.def")
        #expect(diagnostics.map { "\($0.line ?? 0)" } == ["5"], "misc has no mapping")
        #expect(reloaded(entries) == [
            "PLACE|Paris||geonames:2988507", "PLACE|Lyon||-", "PLACE|Sens||-", "COUNTRY|France||-", "COUNTRY|Syrie||-",
            "ORG|Médecins sans frontières||-", "list:firstnames|Florence||-", "list:firstnames|Jean-Yves||-",
            "list:stopwords|le||-", "list:stopwords|la||-",
        ])
        #expect(entries[0].attributes == ["type": "PLACE", "subtype": "city", "lang": "fr", "pop": "2138551"])
        let mapped = try GATEGazetteerReader(typeMap: ["misc": "skip", "location/city": "list:place-names"]).read(definition: root + "/gate/lists.def")
        #expect(mapped.diagnostics.isEmpty)
        #expect(mapped.entries.first?.attributes["list"] == "place-names")
        #expect(mapped.entries.first?.canonical == "Paris&id=geonames:2988507&pop=2138551", "without a separator, features stay in the name")
    }

    @Test("GATE errors name the index line", arguments: [
        ("city.lst\n", "lists.def:1"),
        ("city.lst:location\nmissing.lst:location\n", "missing.lst"),
        ("city.lst:zzz\n", nil),
    ] as [(String, String?)])
    func gateErrors(index: String, location: String?) throws {
        let root = try folder(["lists.def": index, "city.lst": "Paris\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let reader = GATEGazetteerReader(typeMap: ["zzz": "CITY"])
        if let location {
            #expect { try reader.read(definition: root + "/lists.def") } throws: { ($0 as? GazetteerError)?.description.contains(location) == true }
        } else {
            #expect(throws: GazetteerError.invalidLine(file: root + "/lists.def", line: 1, reason: "'CITY' is not PERSON, COUNTRY, ORG, PLACE, list:NAME or skip")) {
                try reader.read(definition: root + "/lists.def")
            }
        }
    }

    @Test("spaCy patterns: phrase and plain token patterns, merged by id and label; the rest reported by line")
    func spacyImport() throws {
        let root = try folder(["patterns.jsonl": """
            {"label": "ORG", "pattern": "Apple", "id": "apple"}
            {"label": "ORG", "pattern": "Apple Inc.", "id": "apple"}
            {"label": "GPE", "pattern": [{"LOWER": "san"}, {"LOWER": "francisco"}]}
            {"label": "GPE", "pattern": [{"ORTH": "Etats"}, {"ORTH": "-"}, {"ORTH": "Unis"}], "id": "iso:US"}
            {"label": "PER", "pattern": [{"ORTH": "l'"}, {"ORTH": "Abbé"}, {"ORTH": "Pierre"}]}
            {"label": "ORG", "pattern": [{"LOWER": {"REGEX": "^g\\\\d+$"}}]}
            {"label": "ORG", "pattern": [{"POS": "PROPN", "OP": "+"}]}
            {"label": "NORP", "pattern": "Français"}
            {"label": "EVENT", "pattern": "JO"}

            {"label": "ORG", "pattern": "Apple"}
            {"label": "ORG", "pattern": "Apple"}
            """])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (entries, diagnostics) = try SpaCyPatterns.read(root + "/patterns.jsonl")
        #expect(diagnostics.map { $0.line ?? 0 } == [6, 7, 9])
        #expect(reloaded(entries) == [
            "ORG|Apple|Apple Inc.|local:apple", "PLACE|san francisco||-", "PLACE|Etats-Unis||iso:US", "PERSON|l'Abbé Pierre||-", "ORG|Apple||-",
        ])
        let mapped = try SpaCyPatterns.read(root + "/patterns.jsonl", labelMap: ["GPE": "COUNTRY", "EVENT": "skip"])
        #expect(mapped.entries.filter { $0.attributes["type"] == "COUNTRY" }.count == 2)
        #expect(mapped.diagnostics.count == 2)
    }

    @Test("a line that is not JSON is an error with its line")
    func spacyBadLine() throws {
        let root = try folder(["p.jsonl": "{\"label\": \"ORG\", \"pattern\": \"A\"}\n{oops\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: GazetteerError.invalidLine(file: root + "/p.jsonl", line: 2, reason: "not a JSON object")) {
            try SpaCyPatterns.read(root + "/p.jsonl")
        }
    }

    @Test("exported patterns import back to the same entities", arguments: [SpaCyPatterns.Labels.ours])
    func roundTrip(labels: SpaCyPatterns.Labels) throws {
        let gazetteer = GazetteerFixtures.gazetteer
        let root = try folder(["patterns.jsonl": SpaCyPatterns.export(gazetteer, labels: labels)])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (entries, diagnostics) = try SpaCyPatterns.read(root + "/patterns.jsonl")
        #expect(diagnostics.isEmpty)
        let back = Gazetteer(files: [GazetteerFile(path: "back.tsv", contents: GazetteerFile.render(entries).text)])
        let original = gazetteer.entities.filter { !$0.isDisabled }
        #expect(back.entities.map(\.id) == original.map(\.id))
        #expect(back.entities.map(\.type) == original.map(\.type))
        #expect(back.entities.map { $0.forms.map(\.text) } == original.map { $0.forms.filter { $0.role == .name }.map(\.text) })
    }

    @Test("export labels and JSON escaping", arguments: [
        (SpaCyPatterns.Labels.ours, "{\"label\": \"PLACE\", \"pattern\": \"Paris\", \"id\": \"geonames:2988507\"}"),
        (.spacy, "{\"label\": \"GPE\", \"pattern\": \"Paris\", \"id\": \"geonames:2988507\"}"),
        (.spacyFR, "{\"label\": \"LOC\", \"pattern\": \"Paris\", \"id\": \"geonames:2988507\"}"),
    ])
    func exportLabels(labels: SpaCyPatterns.Labels, paris: String) {
        let lines = SpaCyPatterns.export(GazetteerFixtures.gazetteer, labels: labels).split(separator: "\n").map(String.init)
        #expect(lines.contains(paris))
        #expect(!lines.contains { $0.contains("\"Celle\"") }, "switched-off entities are not exported")
        #expect(!lines.contains { $0.contains("irakienne") })
        #expect(SpaCyPatterns.export(GazetteerFixtures.gazetteer, labels: labels, demonyms: true).contains("\"irakienne\""))
        #expect(SpaCyPatterns.json("a\"b\\c\n\u{1}é") == "\"a\\\"b\\\\c\\n\\u0001é\"")
    }

    @Test("what the list format cannot hold is left out with a message", arguments: [
        (GazetteerFile.Entry(line: 3, canonical: "#MeToo", attributes: ["type": "ORG"]), 1),
        (GazetteerFile.Entry(line: 3, canonical: "A|B", attributes: ["type": "ORG"]), 1),
        (GazetteerFile.Entry(line: 3, canonical: "AB", aliases: ["C\tD", "E"], attributes: ["type": "ORG"]), 1),
        (GazetteerFile.Entry(line: 3, canonical: "AB", attributes: ["type": "ORG", "note": "a;b"]), 1),
        (GazetteerFile.Entry(line: 3, canonical: "AB", attributes: ["type": "ORG", "note": "a b"]), 0),
    ])
    func unrepresentable(entry: GazetteerFile.Entry, problems: Int) {
        let rendered = GazetteerFile.render([entry], origin: "in.lst")
        #expect(rendered.diagnostics.count == problems)
        #expect(rendered.diagnostics.allSatisfy { $0.file == "in.lst" && $0.line == 3 })
        let file = GazetteerFile(path: "x.tsv", contents: rendered.text)
        #expect(file.errors.isEmpty)
    }
}

@Suite("Gazetteer statistics")
struct GazetteerStatisticsTests {
    @Test("counts per file and type")
    func counts() throws {
        let stats = GazetteerStatistics(GazetteerFixtures.gazetteer, GazetteerFixtures.compiled)
        func row(_ file: String, _ kind: String) -> GazetteerStatistics.Row? {
            stats.rows.first { $0.file.hasSuffix("gazetteers/" + file) && $0.kind == kind }
        }
        let places = try #require(row("places.tsv", "PLACE"))
        #expect((places.entities, places.names, places.aliases, places.disabled) == (18, 24, 6, 1))
        // "Paris" x2 (same type); Géorgie/Georgia and Réunion x2 also name countries, Atlántico/Atlantico an ORG.
        #expect(places.ambiguous == 2)
        #expect(places.crossType == 6)
        #expect(places.neverAlone == 1, "Un is a stop word")
        let people = try #require(row("people.tsv", "PERSON"))
        #expect(people.neverAlone == 1, "Emmanuel alone, not Mattis")
        #expect(row("demonyms.tsv", "COUNTRY")?.demonyms == 24)
        #expect(row("lists/stopwords.tsv", "list:stopwords")?.entities == 9)
        #expect(row("local/overrides.tsv", "ORG")?.names == 1)
        #expect(stats.totals.first { $0.kind == "ORG" }?.names == 15)
        #expect(stats.table(dropping: GazetteerFixtures.directory + "/").contains("\nplaces.tsv "))
    }
}
