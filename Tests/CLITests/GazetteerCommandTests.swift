import Foundation
import Testing

@Suite("gazetteer subcommands")
struct GazetteerCommandTests {
    static let fixtures = CLIRunner.repository + "/Tests/EntityGraphTests/Fixtures/gazetteers"

    private func lists(_ files: [String: String]) throws -> String {
        let folder = try CLIRunner.temporaryFolder()
        for (path, contents) in files {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: URL(fileURLWithPath: full))
        }
        return folder
    }

    @Test("check reports warnings as file:line: warning: and exits 0; --strict exits 1")
    func checkWarnings() throws {
        let output = try CLIRunner.run(["gazetteer", "check", GazetteerCommandTests.fixtures])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("13 files, 43 entities, 94 forms, 7 word lists: 0 errors, 1 warning"))
        #expect(output.stderr == GazetteerCommandTests.fixtures
                + "/people.tsv:4: warning: 'Emmanuel' is the first name of 'Emmanuel Macron': alone it never names them [never-matches]\n")
        #expect(try CLIRunner.run(["gazetteer", "check", "--strict", GazetteerCommandTests.fixtures]).status == 1)
    }

    @Test("check lists every error with its file and line, and exits 1")
    func checkErrors() throws {
        let folder = try lists(["a.tsv": "#! type=PLACE\nParis\t\t\ttype=city\nLyon\nLyon\n", "b.tsv": "Nice\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try CLIRunner.run(["gazetteer", "check", folder])
        #expect(output.status == 1)
        #expect(output.stderr.split(separator: "\n").map(String.init) == [
            folder + "/a.tsv:2: error: unknown type 'city' (expected one of PERSON, COUNTRY, ORG, PLACE)",
            folder + "/b.tsv:1: error: no type for 'Nice': add type=PERSON|COUNTRY|ORG|PLACE in column 4 or a '#! type=...' header",
            folder + "/a.tsv:4: warning: duplicate of line 3 [duplicate-line]",
        ])
        let extract = try CLIRunner.run(["extract", "-", "--gazetteers", folder], input: Data("Lyon".utf8))
        #expect(extract.status == 1)
        #expect(extract.stderr.hasPrefix("entitygraph: error: " + folder + "/a.tsv:2: unknown type 'city'"))
    }

    @Test("--policy off matches case- and accent-insensitively; the default applies the rules")
    func policySwitch() throws {
        let text = Data("Ei et la et de ne sont pas des entités à Paris.".utf8)
        let on = try CLIRunner.run(["extract", "-", "--gazetteers", GazetteerCommandTests.fixtures, "--no-cache"], input: text)
        let off = try CLIRunner.run(["extract", "-", "--gazetteers", GazetteerCommandTests.fixtures, "--no-cache", "--policy", "off"], input: text)
        #expect(on.status == 0 && off.status == 0, "\(on.stderr) \(off.stderr)")
        #expect(on.stdout.components(separatedBy: "\"start\"").count - 1 == 1)
        #expect(off.stdout.components(separatedBy: "\"start\"").count - 1 == 4)
        #expect(on.stdout.contains("\"source\": \"" + GazetteerCommandTests.fixtures + "/places.tsv:2\""))
    }

    @Test("extract compiles once into the cache folder, then reads the same lists from it")
    func cache() throws {
        let cache = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let input = Data("Le ministre est à Paris avec l'AFP.".utf8)
        let first = try CLIRunner.run(["extract", "-", "--gazetteers", GazetteerCommandTests.fixtures], input: input,
                                      environment: ["ENTITYGRAPH_CACHE_DIR": cache])
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache)
        let second = try CLIRunner.run(["extract", "-", "--gazetteers", GazetteerCommandTests.fixtures], input: input,
                                       environment: ["ENTITYGRAPH_CACHE_DIR": cache])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr) \(second.stderr)")
        #expect(cached.count == 1 && cached[0].hasPrefix("gazetteer-"))
        #expect(second.stdout == first.stdout)
        #expect(first.stdout.contains("\"canonical\": \"Paris\""))
    }

    @Test("show, list and stats describe the lists")
    func inspection() throws {
        let show = try CLIRunner.run(["gazetteer", "show", "paris", "iso:FR", "--gazetteers", GazetteerCommandTests.fixtures])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("1. PLACE geonames:2988507 'Paris'"))
        #expect(show.stdout.contains("demonym française"))
        let list = try CLIRunner.run(["gazetteer", "list", "--type", "PERSON", "--gazetteers", GazetteerCommandTests.fixtures])
        #expect(list.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
                == ["id", "eg:person/jean-yves-le-drian", "eg:person/ashton-carter", "eg:person/emmanuel-macron", "eg:person/jim-mattis",
                    "local:person/antony-blinken"])
        let stats = try CLIRunner.run(["gazetteer", "stats", "--gazetteers", GazetteerCommandTests.fixtures])
        #expect(stats.stdout.contains("\nplaces.tsv "))
        #expect(stats.stdout.contains("\ntotal "))
    }

    @Test("export to spaCy patterns and import them back")
    func exportImport() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let export = try CLIRunner.run(["gazetteer", "export", "--to", "spacy", "-o", folder + "/patterns.jsonl", "--gazetteers", GazetteerCommandTests.fixtures])
        #expect(export.status == 0, "\(export.stderr)")
        try FileManager.default.createDirectory(atPath: folder + "/lists", withIntermediateDirectories: true)
        let imported = try CLIRunner.run(["gazetteer", "import", "--from", "spacy", folder + "/patterns.jsonl", "-o", folder + "/lists/imported.tsv"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let check = try CLIRunner.run(["gazetteer", "check", folder + "/lists"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("1 file, 42 entities"))
    }
}
