import Foundation
import Testing

@Suite("End to end on seeds/")
struct EndToEndTests {
    @Test("extract finds the seeds' main entities with the shipped lists")
    func extractSeeds() throws {
        let output = try CLIRunner.run(["extract", "seeds/"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        var canonicals = Set<String>()
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for entity in object["entities"] as? [[String: Any]] ?? [] {
                canonicals.insert("\(entity["type"]!):\(entity["canonical"]!)")
            }
        }
        for expected in ["PERSON:Jean-Yves Le Drian", "PERSON:Ashton Carter", "PERSON:François Hollande", "PERSON:Antony Blinken",
                         "PLACE:Mossoul", "PLACE:Raqqa", "PLACE:Paris", "PLACE:Washington"] {
            #expect(canonicals.contains(expected), "missing \(expected)")
        }
        for country in ["Syrie", "Irak", "France", "Russie"] {
            #expect(canonicals.contains("COUNTRY:\(country)"), "missing \(country)")
        }
        #expect(canonicals.contains { $0.hasPrefix("COUNTRY:") && $0.contains("tats-Unis") })
        #expect(canonicals.contains { $0.hasPrefix("ORG:") && $0.contains("tat islamique") })
    }

    @Test("--rules off keeps the gazetteer's mentions alone, and the rules add mentions on top")
    func rulesOff() throws {
        func rulesByMention(_ arguments: [String]) throws -> [String: String] {
            let output = try CLIRunner.run(["extract", "seeds/"] + arguments)
            #expect(output.status == 0, "\(output.stderr)")
            var rules: [String: String] = [:]
            for line in output.stdout.split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                for entity in object["entities"] as? [[String: Any]] ?? [] {
                    rules["\(object["id"]!):\(entity["start"]!)-\(entity["end"]!)"] = entity["rule"] as? String
                }
            }
            return rules
        }
        let alone = try rulesByMention(["--rules", "off"])
        let full = try rulesByMention([])
        #expect(!alone.isEmpty)
        #expect(Set(alone.values) == ["gazetteer"])
        // "Le Drian" alone is found by the person-alias resolution, which --rules off leaves out.
        #expect(full.values.contains("person-alias"))
        #expect(full.count > alone.count)
    }

    @Test("extract offsets are code points into the text as read")
    func offsetsAreCodePoints() throws {
        let output = try CLIRunner.run(["extract", "seeds/"])
        let texts = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.repository + "/seeds").filter { $0.hasSuffix(".txt") }
        #expect(texts.count == 5)
        for line in output.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            let text = try String(contentsOfFile: CLIRunner.repository + "/seeds/\(id).txt", encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            for entity in object["entities"] as? [[String: Any]] ?? [] {
                let start = entity["start"] as! Int, end = entity["end"] as! Int
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(String(slice) == entity["text"] as? String)
            }
        }
    }

    @Test("exports/ is what the README's command produces now")
    func exportsAreCurrent() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try CLIRunner.run(["graph", "seeds/", "--format", "graphml,gexf,dot,csv,json", "--out-dir", folder])
        #expect(output.status == 0, "\(output.stderr)")
        let committed = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.repository + "/exports")
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
        let produced = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(committed == produced)
        for name in produced {
            let now = FileManager.default.contents(atPath: folder + "/" + name)
            let then = FileManager.default.contents(atPath: CLIRunner.repository + "/exports/" + name)
            #expect(now == then, "exports/\(name) is stale: regenerate it with the README's command")
        }
    }
}

@Suite("Errors")
struct ErrorTests {
    @Test("a missing input is one clear line and exit 1")
    func missingInput() throws {
        let output = try CLIRunner.run(["extract", "no/such/file.txt"])
        #expect(output.status == 1)
        #expect(output.stderr == "entitygraph: error: no/such/file.txt: no such file or directory\n")
        #expect(output.stdout.isEmpty)
    }

    @Test("without gazetteers the message says how to point at them")
    func noGazetteers() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try CLIRunner.run(["extract", "-"], in: folder, input: Data("Paris".utf8), environment: ["PATH": "/usr/bin:/bin"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("--gazetteers DIR"))
        #expect(output.stderr.contains("ENTITYGRAPH_GAZETTEERS"))
    }

    @Test("ENTITYGRAPH_GAZETTEERS is used when ./gazetteers is absent")
    func environmentVariable() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try CLIRunner.run(["extract", "-"], in: folder, input: Data("Le ministre est à Paris.".utf8),
                                       environment: ["PATH": "/usr/bin:/bin", "ENTITYGRAPH_GAZETTEERS": CLIRunner.repository + "/gazetteers"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\"canonical\": \"Paris\""))
    }

    @Test("an unwritable output leaves nothing behind and exits 1")
    func unwritableOutput() throws {
        let output = try CLIRunner.run(["extract", "seeds/", "-o", "/nonexistent-folder/out.jsonl"])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("entitygraph: error: /nonexistent-folder/out.jsonl: cannot write"))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }
}
