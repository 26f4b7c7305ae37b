import Foundation
import Testing

@Suite("--threads gives the same bytes")
struct ThreadsTests {
    /// A JSONL corpus of more documents than one batch holds: every seed line is a document, the seeds repeated.
    static func corpus(in folder: String) throws -> String {
        let seeds = CLIRunner.repository + "/seeds"
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds).filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = try String(contentsOfFile: seeds + "/" + name, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.isEmpty { lines.append(String(line)) }
        }
        var jsonl = ""
        for copy in 0..<4 {
            for (i, line) in lines.enumerated() {
                let object: [String: String] = ["id": "d\(copy)-\(i)", "text": line]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                jsonl += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        let path = folder + "/corpus.jsonl"
        try jsonl.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("extract and graph, 1 vs 2 vs 4 threads, on seeds/ and on a multi-document JSONL",
          arguments: [["extract"], ["graph", "--format", "graphml"], ["graph", "--format", "dot", "--window", "paragraph"]])
    func identical(command: [String]) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = try Self.corpus(in: folder)
        for input in ["seeds/", corpus] {
            var outputs: [String] = []
            for threads in ["1", "2", "4"] {
                let output = try CLIRunner.run(command + [input, "--threads", threads])
                #expect(output.status == 0, "\(output.stderr)")
                outputs.append(output.stdout)
            }
            #expect(!outputs[0].isEmpty)
            #expect(outputs[1] == outputs[0], "\(command) \(input): 2 threads differ from 1")
            #expect(outputs[2] == outputs[0], "\(command) \(input): 4 threads differ from 1")
        }
    }

    @Test("extract -o FILE writes what standard output shows")
    func fileEqualsStandardOutput() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = try Self.corpus(in: folder)
        let shown = try CLIRunner.run(["extract", corpus, "--threads", "2"])
        let written = try CLIRunner.run(["extract", corpus, "--threads", "2", "-o", folder + "/out.jsonl"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOfFile: folder + "/out.jsonl", encoding: .utf8) == shown.stdout)
        #expect(shown.stdout.split(separator: "\n").count > 256)
    }

    @Test("--threads below 1 is refused", arguments: ["0", "-1"])
    func refused(threads: String) throws {
        let output = try CLIRunner.run(["extract", "seeds/", "--threads=" + threads])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--threads"))
    }
}
