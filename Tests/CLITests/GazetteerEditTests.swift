import EntityGraph
import Foundation
import Testing

@Suite(.serialized) struct GazetteerEditTests {
    /// A copy of the unit-test gazetteer with a user's list holding comments and a word-list header.
    static func folder() throws -> String {
        let folder = try CLIRunner.temporaryFolder()
        let gazetteers = folder + "/gazetteers"
        try FileManager.default.copyItem(atPath: CLIRunner.repository + "/Tests/EntityGraphTests/Fixtures/gazetteers", toPath: gazetteers)
        try "# my names\n#! list=stopwords\nvite\n# end\n".write(toFile: gazetteers + "/local/added.tsv", atomically: true, encoding: .utf8)
        return gazetteers
    }

    @Test func addThenExtractFindsTheName() throws {
        let gazetteers = try Self.folder()
        let article = gazetteers + "/../article.txt"
        try "Hier, on a vu Zorvane Quillet à la réunion.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let before = try CLIRunner.run(["extract", article, "--gazetteers", gazetteers, "--no-cache"])
        #expect(!before.stdout.contains("local:person/zorvane-quillet"))
        let add = try CLIRunner.run(["gazetteer", "add", "Zorvane Quillet", "--type", "PERSON", "--alias", "Z. Quillet", "--gazetteers", gazetteers])
        #expect(add.status == 0, "\(add.stderr)")
        let after = try CLIRunner.run(["extract", article, "--gazetteers", gazetteers, "--no-cache"])
        #expect(after.stdout.contains("\"entity\": \"local:person/zorvane-quillet\"") || after.stdout.contains("\"entity\":\"local:person/zorvane-quillet\""),
                "\(after.stdout)")
        let check = try CLIRunner.run(["gazetteer", "check", "--gazetteers", gazetteers])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // Comments and order kept: the old text is a prefix of the new.
        let text = try String(contentsOfFile: gazetteers + "/local/added.tsv", encoding: .utf8)
        #expect(text.hasPrefix("# my names\n#! list=stopwords\nvite\n# end\n"))
    }

    @Test func addingTwiceLeavesTheFileIdentical() throws {
        let gazetteers = try Self.folder()
        let path = gazetteers + "/local/added.tsv"
        let arguments = ["gazetteer", "add", "Raqqa", "--type", "PLACE", "--alias", "Raqa", "--gazetteers", gazetteers]
        #expect(try CLIRunner.run(arguments).status == 0)
        let once = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = try CLIRunner.run(arguments)
        #expect(again.status == 0)
        #expect(again.stdout.contains("nothing to do"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == once)
    }

    @Test(arguments: [
        ["gazetteer", "add", "Nom", "--type", "CITY"],                       // unknown type
        ["gazetteer", "add", "Nom", "--type", "PERSON", "--id", "foo:1"],    // invalid id
        ["gazetteer", "remove", "Nulle Part", "--type", "PLACE"],            // nothing to switch off
    ])
    func refusedEditsWriteNothing(arguments: [String]) throws {
        let gazetteers = try Self.folder()
        let path = gazetteers + "/local/added.tsv"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let run = try CLIRunner.run(arguments + ["--gazetteers", gazetteers])
        #expect(run.status != 0)
        #expect(!run.stderr.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aFailedWriteLeavesTheListUntouched() throws {
        let gazetteers = try Self.folder()
        let local = gazetteers + "/local"
        let path = local + "/added.tsv"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // A folder where no file can be created: read-only for a user; for root (who ignores modes) immutable.
        chmod(local, 0o555)
        defer { chmod(local, 0o755) }
        if FileManager.default.createFile(atPath: local + "/probe", contents: Data()) {
            unlink(local + "/probe")
            let chattr = Process()
            chattr.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            chattr.arguments = ["+i", local]
            guard (try? chattr.run()) != nil else { return }
            chattr.waitUntilExit()
            // Without CAP_LINUX_IMMUTABLE or on a file system without attributes, no failure can be provoked: skip.
            guard chattr.terminationStatus == 0 else { return }
        }
        defer {
            let undo = Process()
            undo.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            undo.arguments = ["-i", local]
            if (try? undo.run()) != nil { undo.waitUntilExit() }
        }
        let editor = GazetteerEditor(directory: gazetteers)
        let edit = try editor.add("Zorvane Quillet", type: .person)
        #expect(edit.changesFile)
        #expect(throws: (any Error).self) { try editor.apply(edit) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: local).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func removeSwitchesOffAndAddSwitchesBackOn() throws {
        let gazetteers = try Self.folder()
        let editor = GazetteerEditor(directory: gazetteers)
        try editor.apply(try editor.remove("Ashton Carter", type: .person))
        #expect(try Gazetteer(directory: gazetteers).entity(id: "eg:person/ashton-carter")?.isDisabled == true)
        #expect(try !editor.remove("Ashton Carter", type: .person).changesFile)
        try editor.apply(try editor.add("Ashton Carter", type: .person, id: "eg:person/ashton-carter"))
        #expect(try Gazetteer(directory: gazetteers).entity(id: "eg:person/ashton-carter")?.isDisabled == false)
    }

    @Test func dryRunOnTheSeedsReportsLostMentionsAndEdges() throws {
        let gazetteers = try Self.folder()
        let run = try CLIRunner.run(["gazetteer", "remove", "Mossoul", "--type", "PLACE", "--dry-run", "--corpus", CLIRunner.repository + "/seeds",
                                     "--gazetteers", gazetteers])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Dry run: switched off PLACE 'Mossoul'"))
        #expect(run.stdout.contains("Mentions lost ("))
        #expect(run.stdout.contains("'Mossoul' PLACE"))
        #expect(run.stdout.contains("Entities vanishing (1)"))
        #expect(run.stdout.contains("Edges vanishing ("))
        #expect(!run.stdout.contains("Mentions gained"))
        let text = try String(contentsOfFile: gazetteers + "/local/added.tsv", encoding: .utf8)
        #expect(!text.contains("Mossoul"))
    }

    @Test func candidateLinesAppendToAListAsTheyAre() throws {
        let gazetteers = try Self.folder()
        let article = gazetteers + "/../article.txt"
        try "Le ministre Ashon Carter a vu le général Octave Brindel. Le général Octave Brindel a parlé.\n"
            .write(toFile: article, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["candidates", article, "--format", "gazetteer", "--gazetteers", gazetteers, "--no-cache"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ashton Carter\tAshon Carter\teg:person/ashton-carter\n"))
        #expect(run.stdout.contains("\nOctave Brindel\n"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: gazetteers + "/local/added.tsv"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(run.stdout.utf8))
        try handle.close()
        let check = try CLIRunner.run(["gazetteer", "check", "--gazetteers", gazetteers])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let table = try CLIRunner.run(["candidates", article, "--gazetteers", gazetteers, "--no-cache"])
        #expect(table.stdout.contains("No candidate"), "\(table.stdout)")
    }
}
