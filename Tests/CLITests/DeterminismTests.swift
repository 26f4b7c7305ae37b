import Foundation
import Testing

/// The same input and options give byte-identical output across runs and thread counts.
///
/// Swift seeds its hash function per process, so two runs iterate every `Dictionary` and `Set`
/// in different orders: identical bytes from two concurrent runs show that no such order leaks
/// into the output. When the binary has `--threads`, runs with 1 and 4 threads (more than the
/// machine's cores, to vary the interleaving) must match too. Corpora: `seeds/`, and
/// `../shared/bench/raw_fr.txt` (4.8 MB of French news) when present.
@Suite("Determinism")
struct DeterminismTests {
    struct Corpus: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        var testDescription: String { name }
    }

    static let corpora: [Corpus] = {
        var corpora = [Corpus(name: "seeds", path: CLIRunner.repository + "/seeds")]
        let bench = URL(fileURLWithPath: CLIRunner.repository).deletingLastPathComponent().appendingPathComponent("shared/bench/raw_fr.txt").path
        if FileManager.default.fileExists(atPath: bench) { corpora.append(Corpus(name: "raw_fr.txt", path: bench)) }
        return corpora
    }()

    /// The option sets compared with a plain run: thread counts once the binary has `--threads`.
    static func variants(of command: String) throws -> [[String]] {
        let help = try CLIRunner.run([command, "--help"]).stdout
        return help.contains("--threads") ? [["--threads", "1"], ["--threads", "4"]] : []
    }

    /// The export formats this binary knows: an unknown one is a usage error (64) before any input is read.
    static func formats() throws -> [String] {
        try ["graphml", "gexf", "dot", "csv", "json"].filter { format in
            try CLIRunner.run(["graph", "/nonexistent-input", "--format", format, "--out-dir", NSTemporaryDirectory()]).status != 64
        }
    }

    @Test("extract: byte-identical across runs and thread counts", arguments: corpora)
    func extract(_ corpus: Corpus) throws {
        try compare(command: "extract", corpus: corpus) { folder in ["-o", folder + "/mentions.jsonl"] }
    }

    @Test("graph: every format byte-identical across runs and thread counts", arguments: corpora)
    func graph(_ corpus: Corpus) throws {
        let formats = try Self.formats().joined(separator: ",")
        try compare(command: "graph", corpus: corpus) { folder in ["--format", formats, "--out-dir", folder] }
    }

    /// Runs `command` on the corpus twice at once with the same options, then once per variant, and compares
    /// every file written with the first run's.
    private func compare(command: String, corpus: Corpus, output: (String) -> [String]) throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var runs: [(label: String, arguments: [String], folder: String)] = []
        for (index, variant) in ([[], []] + (try Self.variants(of: command))).enumerated() {
            let folder = root + "/run\(index)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let label = variant.isEmpty ? "run \(index + 1)" : variant.joined(separator: " ")
            runs.append((label, [command, corpus.path] + variant + output(folder), folder))
        }
        // The first two runs at once: different hash seeds, different timing.
        let first = runs.prefix(2).map { run in
            DispatchQueue.global().asyncResult { try CLIRunner.run(run.arguments) }
        }
        var results = try first.map { try $0.wait() }
        for run in runs.dropFirst(2) { results.append(try CLIRunner.run(run.arguments)) }
        for (run, result) in zip(runs, results) {
            #expect(result.status == 0, "\(run.label): \(result.stderr)")
        }
        let reference = try files(in: runs[0].folder)
        #expect(!reference.isEmpty && reference.values.allSatisfy { !$0.isEmpty }, "nothing written")
        for run in runs.dropFirst() {
            let other = try files(in: run.folder)
            #expect(other.keys.sorted() == reference.keys.sorted(), "\(run.label) wrote other files")
            for (name, bytes) in reference.sorted(by: { $0.key < $1.key }) {
                let position = other[name].map { " at byte \(firstDifference(bytes, $0))" } ?? ""
                #expect(other[name] == bytes, "\(corpus.name): \(name) differs between run 1 and \(run.label)\(position)")
            }
        }
    }

    private func files(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return files
    }

    private func firstDifference(_ a: Data, _ b: Data) -> Int {
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    }
}

/// A value computed on another thread, waited for.
final class AsyncResult<T>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Result<T, any Error>?

    init(on queue: DispatchQueue, _ body: @escaping @Sendable () throws -> T) {
        group.enter()
        queue.async {
            self.result = Result { try body() }
            self.group.leave()
        }
    }

    func wait() throws -> T {
        group.wait()
        return try result!.get()
    }
}

extension DispatchQueue {
    /// Runs `body` on this queue; `wait()` on the result blocks until it is done.
    func asyncResult<T>(_ body: @escaping @Sendable () throws -> T) -> AsyncResult<T> { AsyncResult(on: self, body) }
}
