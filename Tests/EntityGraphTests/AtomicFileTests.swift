import Foundation
import Testing
@testable import EntityGraph

@Suite struct AtomicFileTests {
    struct Failure: Error {}

    @Test func writesEveryFileOfAGroup() throws {
        let folder = Paths.temporaryFolder("atomic")
        let paths = [folder + "/a.txt", folder + "/b.txt"]
        try AtomicFile.write(paths) { index, out in out.append(verbatim: "file \(index)\n") }
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == "file 0\n")
        #expect(try String(contentsOfFile: paths[1], encoding: .utf8) == "file 1\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.txt", "b.txt"])
    }

    @Test func leavesOldFilesAndNoTemporaryWhenAWriterFails() throws {
        let folder = Paths.temporaryFolder("atomic-fail")
        let paths = [folder + "/a.txt", folder + "/b.txt"]
        try AtomicFile.write(paths) { _, out in out.append(verbatim: "old") }
        #expect(throws: Failure.self) {
            try AtomicFile.write(paths) { index, out in
                // Large enough to reach the disk before the failure.
                for _ in 0..<200_000 { out.append(verbatim: "new data ") }
                if index == 1 { throw Failure() }
            }
        }
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == "old")
        #expect(try String(contentsOfFile: paths[1], encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.txt", "b.txt"])
    }

    @Test func refusesAMissingFolder() {
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: "/nonexistent-folder/x.txt") }
    }
}
