import Foundation
import Testing

/// What people feed the tool: each row builds a bad input in a fresh sandbox, runs the built binary,
/// and checks the exit status, the exact message lines (file and line named) and what was written:
/// nothing at all when the run fails (no output, no temporary file), only the good documents when it warns.
///
/// Paths in expected messages use `@` for the sandbox folder. Mechanisms are real where the machine
/// allows: a small tmpfs for a full disk, a read-only mount, another user for permissions (when root).
@Suite("Bad inputs")
struct BadInputTests {
    /// What a row expects of the output folder `@/out` and its file `out.jsonl`.
    enum Output: Sendable {
        /// Nothing written: the folder exactly as before (no file, or the previous version of it).
        case nothing
        /// Written, holding exactly these document ids in this order.
        case documents([String])
    }

    /// How the binary is started.
    enum Launch: Sendable {
        case plain
        /// As an unprivileged user (root reads and writes whatever the permissions say).
        case unprivileged
        /// With a file size limit of 64 KiB, where no small tmpfs can be mounted (writes then fail with EFBIG).
        case limitedFileSize
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        /// Creates the inputs under the sandbox folder (given); may return a clean-up action.
        let setup: @Sendable (Sandbox) throws -> Void
        /// Arguments, `@` standing for the sandbox folder.
        let arguments: [String]
        let status: Int32
        /// Lines that standard error must hold, exactly (after `@` replaces the sandbox path).
        let messages: [String]
        let output: Output
        var launch: Launch = .plain
        var stdin: Data? = nil
        /// Text standard output or the output file must not contain (an entity expanded, a file disclosed).
        var forbidden: [String] = []

        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "invalid UTF-8: replaced, one warning naming line and byte, other files read",
            setup: { try $0.write("in/a.txt", Array("Le ministre\nest à Paris ".utf8) + [0xFF, 0xFE] + Array(" et Berlin.\n".utf8))
                     try $0.write("in/b.txt", "Londres.") },
            arguments: ["extract", "@/in", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/a.txt:2: warning: invalid UTF-8 at byte 25, replaced by U+FFFD (2 invalid sequences in all); "
                       + "a Latin-1 file can be converted with iconv -f latin1 -t utf-8"],
            output: .documents(["a", "b"])),
        Row(name: "invalid UTF-8 with --strict: an error, nothing written",
            setup: { try $0.write("in/a.txt", Array("Paris ".utf8) + [0xC3] + Array(" Berlin".utf8)) },
            arguments: ["extract", "@/in/a.txt", "--strict", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/in/a.txt:1: invalid UTF-8 at byte 6, replaced by U+FFFD; a Latin-1 file can be "
                       + "converted with iconv -f latin1 -t utf-8 (an error with --strict)"],
            output: .nothing),
        Row(name: "Latin-1 file: the warning says how to convert it",
            setup: { try $0.write("in/latin1.txt", Array("La D".utf8) + [0xE9] + Array("fense ".utf8) + [0xE0] + Array(" Paris.".utf8)) },
            arguments: ["extract", "@/in/latin1.txt", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/latin1.txt:1: warning: invalid UTF-8 at byte 4, replaced by U+FFFD (2 invalid sequences in all); "
                       + "a Latin-1 file can be converted with iconv -f latin1 -t utf-8"],
            output: .documents(["latin1"])),
        Row(name: "UTF-16 with a byte order mark: converted, with a note on offsets",
            setup: { try $0.write("in/utf16.txt", [0xFF, 0xFE] + Array("Le ministre est à Paris.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) },
            arguments: ["extract", "@/in/utf16.txt", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/utf16.txt: warning: UTF-16LE text (byte order mark) converted to UTF-8; offsets count the characters "
                       + "of the converted text"],
            output: .documents(["utf16"])),
        Row(name: "UTF-16BE JSON Lines with a byte order mark",
            setup: { try $0.write("in/news.jsonl", [0xFE, 0xFF] + Array("{\"id\": \"u\", \"text\": \"Paris\"}\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) },
            arguments: ["extract", "@/in/news.jsonl", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/news.jsonl: warning: UTF-16BE text (byte order mark) converted to UTF-8; offsets count the characters "
                       + "of the converted text"],
            output: .documents(["u"])),
        Row(name: "binary file among texts: skipped with a warning",
            setup: { try $0.write("in/photo.txt", BadInputTests.png)
                     try $0.write("in/text.txt", "Paris.") },
            arguments: ["extract", "@/in", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/photo.txt: warning: binary file (NUL or control bytes), skipped"],
            output: .documents(["text"])),
        Row(name: "only a binary file: an error, nothing written",
            setup: { try $0.write("in/photo.txt", BadInputTests.png) },
            arguments: ["extract", "@/in/photo.txt", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["@/in/photo.txt: warning: binary file (NUL or control bytes), skipped",
                       "entitygraph: error: no document in the input: every file was empty, binary or skipped (see the warnings above)"],
            output: .nothing),
        Row(name: "empty file among texts: a warning",
            setup: { try $0.write("in/empty.txt", [UInt8]())
                     try $0.write("in/text.txt", "Paris.") },
            arguments: ["extract", "@/in", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/empty.txt: warning: empty file, no document"],
            output: .documents(["text"])),
        Row(name: "only an empty file: an error, nothing written",
            setup: { try $0.write("in/empty.txt", [UInt8]()) },
            arguments: ["extract", "@/in/empty.txt", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["@/in/empty.txt: warning: empty file, no document",
                       "entitygraph: error: no document in the input: every file was empty, binary or skipped (see the warnings above)"],
            output: .nothing),
        Row(name: "empty standard input: an error",
            setup: { _ in },
            arguments: ["extract", "-", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["-: warning: empty file, no document",
                       "entitygraph: error: no document in the input: every file was empty, binary or skipped (see the warnings above)"],
            output: .nothing, stdin: Data()),
        Row(name: "empty folder: an error naming the formats looked for",
            setup: { try $0.folder("in/empty"); try $0.write("in/empty/.hidden.txt", "Paris") },
            arguments: ["graph", "@/in/empty", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/in/empty: no .htm, .html, .jsonl, .ndjson, .text, .txt, .xhtml file in this folder "
                       + "(hidden files are skipped)"],
            output: .nothing),
        // Long runs of "x" keep the debug build fast; a line of words takes the same path at 1 MB/s there.
        Row(name: "100 MB single line of text: read in parts in bounded memory",
            setup: { try $0.writeRepeated("in/line.txt", String(repeating: "x", count: 65_535) + " ", totalBytes: 100_000_000,
                                          prefix: "Le ministre est à Paris. ") },
            arguments: ["extract", "@/in/line.txt", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/line.txt: warning: more than 8388608 bytes: split into documents 'line#1', 'line#2', ... at paragraph or line breaks"],
            output: .documents((1...12).map { "line#\($0)" })),
        Row(name: "100 MB single JSON line: skipped, naming the option that raises the bound; next line read",
            setup: { sandbox in
                try sandbox.writeRepeated("in/big.jsonl", "Paris ", totalBytes: 100_000_000, prefix: "{\"id\": \"big\", \"text\": \"",
                                          suffix: "\"}\n{\"id\": \"next\", \"text\": \"Berlin\"}\n")
            },
            arguments: ["extract", "@/in/big.jsonl", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/big.jsonl:1: warning: line longer than 67108864 bytes, skipped (raise the bound with --max-document-size)"],
            output: .documents(["next"])),
        Row(name: "--max-document-size: a JSON line over the bound is skipped",
            setup: { try $0.write("in/news.jsonl", "{\"id\": \"long\", \"text\": \"\(String(repeating: "Paris ", count: 400))\"}\n{\"id\": \"short\", \"text\": \"Paris\"}\n") },
            arguments: ["extract", "@/in/news.jsonl", "--max-document-size", "1K", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/news.jsonl:1: warning: line longer than 1024 bytes, skipped (raise the bound with --max-document-size)"],
            output: .documents(["short"])),
        Row(name: "--max-document-size: an HTML page over the bound is skipped",
            setup: { try $0.write("in/page.html", "<html><body><p>\(String(repeating: "Paris ", count: 400))</p></body></html>")
                     try $0.write("in/small.txt", "Berlin") },
            arguments: ["extract", "@/in", "--max-document-size", "1K", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/page.html: warning: HTML page larger than 1024 bytes, skipped (raise the bound with --max-document-size)"],
            output: .documents(["small"])),
        Row(name: "--max-document-size with a bad value: a usage error",
            setup: { try $0.write("in/a.txt", "Paris") },
            arguments: ["extract", "@/in/a.txt", "--max-document-size", "lots", "-o", "@/out/out.jsonl"], status: 64,
            messages: ["Error: The value 'lots' is invalid for '--max-document-size <SIZE>'"],
            output: .nothing),
        Row(name: "HTML nested 10,000 levels deep: no crash, a warning naming the line, the text before it read",
            setup: { try $0.write("in/deep.html", "<html><body><article><p>Le ministre est à Paris.</p>\n"
                                  + String(repeating: "<div>", count: 10_000) + "Berlin" + String(repeating: "</div>", count: 10_000)
                                  + "</article></body></html>\n") },
            arguments: ["extract", "@/in/deep.html", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/deep.html:2: warning: HTML nested deeper than 256 elements: libxml2 stopped reading the page there, "
                       + "the text after it is left out"],
            output: .documents(["deep"])),
        Row(name: "HTML with an XML entity expansion bomb: never expanded",
            setup: { try $0.write("in/bomb.html", BadInputTests.entityBomb) },
            arguments: ["extract", "@/in/bomb.html", "-o", "@/out/out.jsonl"], status: 0,
            messages: [], output: .documents(["bomb"]), forbidden: ["lollollol"]),
        Row(name: "XHTML with an XML entity expansion bomb: never expanded",
            setup: { try $0.write("in/bomb.xhtml", BadInputTests.entityBomb) },
            arguments: ["extract", "@/in/bomb.xhtml", "-o", "@/out/out.jsonl"], status: 0,
            messages: [], output: .documents(["bomb"]), forbidden: ["lollollol"]),
        Row(name: "HTML with external entities: never resolved, no file read",
            setup: { sandbox in
                try sandbox.write("secret.txt", "SECRET-7f3a")
                try sandbox.write("in/xxe.html", """
                    <?xml version="1.0"?>
                    <!DOCTYPE html [<!ENTITY xxe SYSTEM "file://\(sandbox.root)/secret.txt"><!ENTITY % p SYSTEM "file://\(sandbox.root)/secret.txt"> %p;]>
                    <html><body><p>Paris &xxe; Berlin</p></body></html>

                    """)
            },
            arguments: ["extract", "@/in/xxe.html", "-o", "@/out/out.jsonl"], status: 0,
            messages: [], output: .documents(["xxe"]), forbidden: ["SECRET-7f3a"]),
        Row(name: "malformed JSON lines: each named by line, the rest of the corpus read",
            setup: { try $0.write("in/news.jsonl", """
                {"id": "one", "text": "Paris"}
                not json at all
                {"id": "two"}
                {"id": "three", "text": "Berlin"
                ["an", "array"]
                {"id": "four", "text": "Londres"}

                """)
                try $0.write("in/other.txt", "Paris") },
            arguments: ["extract", "@/in", "-o", "@/out/out.jsonl"], status: 0,
            messages: ["@/in/news.jsonl:2: warning: not a JSON object, line skipped",
                       "@/in/news.jsonl:3: warning: no string field \"text\", line skipped",
                       "@/in/news.jsonl:4: warning: not a JSON object, line skipped",
                       "@/in/news.jsonl:5: warning: not a JSON object, line skipped"],
            output: .documents(["one", "four", "other"])),
        Row(name: "malformed JSON line with --strict: an error naming the line, nothing written",
            setup: { try $0.write("in/news.jsonl", "{\"id\": \"one\", \"text\": \"Paris\"}\n{\"id\": \"two\", \"text\": Berlin}\n") },
            arguments: ["extract", "@/in/news.jsonl", "--strict", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/in/news.jsonl:2: not a JSON object, line skipped (an error with --strict)"],
            output: .nothing),
        Row(name: "gazetteer line with too many columns: an error naming file and line",
            setup: { try $0.write("g/places.tsv", "#! type=PLACE\nParis\t\t\t\textra\n") ; try $0.write("in/a.txt", "Paris") },
            arguments: ["extract", "@/in/a.txt", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/g/places.tsv:2: 5 columns, at most 4 (canonical, aliases, id, attributes) separated by one TAB"],
            output: .nothing),
        Row(name: "gazetteer line with an invalid id: an error naming file and line",
            setup: { try $0.write("g/places.tsv", "#! type=PLACE\nParis\t\tQ90\n"); try $0.write("in/a.txt", "Paris") },
            arguments: ["graph", "@/in/a.txt", "-o", "@/out/out.graphml"], status: 1,
            messages: ["entitygraph: error: @/g/places.tsv:2: invalid id 'Q90' (expected namespace:value, namespace one of "
                       + "eg, geonames, iso, local, wd)"],
            output: .nothing),
        Row(name: "gazetteer check reports a bad line",
            setup: { try $0.write("g/places.tsv", "#! type=PLACE\nParis\n#! type=town\nLyon\n") },
            arguments: ["gazetteer", "check", "@/g"], status: 1,
            messages: ["@/g/places.tsv:3: error: unknown type 'town' (expected one of PERSON, COUNTRY, ORG, PLACE)"],
            output: .nothing),
        Row(name: "gazetteer file in Latin-1: an error naming the line",
            setup: { try $0.write("g/places.tsv", Array("#! type=PLACE\nParis\nBr".utf8) + [0xE9] + Array("sil\n".utf8))
                     try $0.write("in/a.txt", "Paris") },
            arguments: ["extract", "@/in/a.txt", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/g/places.tsv:3: invalid UTF-8 (save the file as UTF-8)"],
            output: .nothing),
        Row(name: "unreadable input file: an error, nothing written",
            setup: { try $0.write("in/a.txt", "Paris"); try $0.write("in/secret.txt", "Berlin")
                     chmod($0.root + "/in/secret.txt", 0) },
            arguments: ["extract", "@/in", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/in/secret.txt: cannot read: Permission denied"],
            output: .nothing, launch: .unprivileged),
        Row(name: "folder named like a text file inside an input folder: read as a folder",
            setup: { try $0.write("in/a.txt", "Paris"); try $0.write("in/sub.txt/b.txt", "Berlin") },
            arguments: ["extract", "@/in", "-o", "@/out/out.jsonl"], status: 0,
            messages: [], output: .documents(["a", "sub.txt/b"])),
        Row(name: "dangling link inside an input folder: an error naming it",
            setup: { try $0.write("in/a.txt", "Paris")
                     try FileManager.default.createSymbolicLink(atPath: $0.root + "/in/gone.txt", withDestinationPath: $0.root + "/nowhere.txt") },
            arguments: ["extract", "@/in", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/in/gone.txt: cannot read: No such file or directory"],
            output: .nothing),
        Row(name: "output in a missing folder: an error, nothing written",
            setup: { try $0.write("in/a.txt", "Paris") },
            arguments: ["extract", "@/in/a.txt", "-o", "@/missing/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/missing/out.jsonl: cannot write: folder @/missing does not exist"],
            output: .nothing),
        Row(name: "output in a read-only folder: an error, the previous file kept",
            setup: { try $0.write("in/a.txt", "Paris"); try $0.write("out/out.jsonl", BadInputTests.previous); try $0.makeReadOnly("out") },
            arguments: ["extract", "@/in/a.txt", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/out/out.jsonl: cannot write: \(Sandbox.canMount ? "Read-only file system" : "Permission denied")"],
            output: .nothing, launch: Sandbox.canMount ? .plain : .unprivileged),
        Row(name: "full disk: an error, the previous file kept, no temporary file left",
            setup: { sandbox in
                try sandbox.write("in/news.txt", String(repeating: "Paris et Berlin, puis Londres.\n", count: 4_000))
                try sandbox.makeSmallDisk("out", bytes: 64 << 10)
                try sandbox.write("out/out.jsonl", BadInputTests.previous)
            },
            arguments: ["extract", "@/in/news.txt", "-o", "@/out/out.jsonl"], status: 1,
            messages: ["entitygraph: error: @/out/out.jsonl: cannot write: \(Sandbox.canMount ? "No space left on device" : "File too large")"],
            output: .nothing, launch: Sandbox.canMount ? .plain : .limitedFileSize),
    ]

    @Test(arguments: rows)
    func badInput(_ row: Row) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("g/places.tsv", "#! type=PLACE\nParis\nBerlin\nLondres\n")
        try sandbox.folder("in")
        try sandbox.folder("out")
        try row.setup(sandbox)
        let before = sandbox.snapshot("out")
        let arguments = row.arguments.map { $0.replacingOccurrences(of: "@", with: sandbox.root) }
            + (row.arguments.first == "gazetteer" ? [] : ["--gazetteers", sandbox.root + "/g"])
        let result = try BadInputTests.run(arguments, launch: row.launch, input: row.stdin, in: sandbox.root)
        let stderrLines = result.stderr.replacingOccurrences(of: sandbox.root, with: "@").split(separator: "\n").map(String.init)

        #expect(result.status == row.status, "exit \(result.status), stderr:\n\(result.stderr)")
        for message in row.messages {
            #expect(stderrLines.contains(message), "missing line \(message)\nin:\n\(stderrLines.joined(separator: "\n"))")
        }
        for line in stderrLines {
            #expect(!line.contains("Fatal error") && !line.contains("Crash") && !line.contains("Backtrace"), "crashed: \(line)")
        }
        let after = sandbox.contents("out/out.jsonl")
        switch row.output {
        case .nothing:
            #expect(sandbox.snapshot("out") == before, "the output folder changed although the run failed")
        case .documents(let ids):
            let written = try #require(after, "no output written")
            let lines = String(decoding: written, as: UTF8.self).split(separator: "\n")
            let found = try lines.map { line -> String in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return try #require(object["id"] as? String)
            }
            #expect(found == ids)
        }
        let everything = (after.map { String(decoding: $0, as: UTF8.self) } ?? "") + result.stdout
            + (sandbox.contents("out/out.graphml").map { String(decoding: $0, as: UTF8.self) } ?? "")
        for text in row.forbidden { #expect(!everything.contains(text), "output holds \(text)") }
        #expect(sandbox.temporaryFiles().isEmpty, "temporary files left: \(sandbox.temporaryFiles())")
    }

    // MARK: - Fixtures

    static let previous = "{\"id\": \"previous\", \"entities\": [], \"demonyms\": []}\n"

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                               0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, 0xA8, 0x66, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44]

    /// "Billion laughs": ten levels of ten references, 10^9 "lol" if ever expanded.
    static let entityBomb: String = {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\(declarations)]>\n<html><body><p>Paris &lol9; Berlin</p></body></html>\n"
    }()

    // MARK: - Running

    /// Runs the binary, as another user when asked and possible; gives up (and fails) after five minutes rather than hang CI.
    static func run(_ arguments: [String], launch: Launch, input: Data?, in directory: String) throws -> CLIRunner.Output {
        let process = Process()
        if launch == .unprivileged && geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary] + arguments
        } else if launch == .limitedFileSize {
            // SIGXFSZ ignored (inherited through exec): the write fails with EFBIG instead of killing the process.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f 128; exec \"$0\" \"$@\"", CLIRunner.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["ENTITYGRAPH_GAZETTEERS"] = nil
        // Each sandbox has its own lists: keep their compiled copies out of the user's cache.
        environment["ENTITYGRAPH_CACHE_DIR"] = "off"
        process.environment = environment
        // Files, not pipes: nothing to drain while the child runs, however much it prints.
        let capture = directory + ".capture"
        _ = FileManager.default.createFile(atPath: capture + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: capture + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: capture + ".out")
            try? FileManager.default.removeItem(atPath: capture + ".err")
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: capture + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: capture + ".err"))
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        try out.close()
        try err.close()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 300, execute: watchdog)
        defer { watchdog.cancel() }
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        let stdout = FileManager.default.contents(atPath: capture + ".out") ?? Data()
        let stderr = FileManager.default.contents(atPath: capture + ".err") ?? Data()
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus) (hung or crashed)")
        return CLIRunner.Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A temporary folder for one row, with the real mechanisms the rows need (mounts, permissions).
final class Sandbox: @unchecked Sendable {
    let root: String
    private var mounts: [String] = []

    /// Whether this process may mount a tmpfs (root on Linux, in most containers too).
    static let canMount: Bool = {
        guard geteuid() == 0, let probe = try? CLIRunner.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard Sandbox.shell("mount -t tmpfs -o size=64k tmpfs '\(probe)'") == 0 else { return false }
        _ = Sandbox.shell("umount '\(probe)'")
        return true
    }()

    init() throws {
        root = try CLIRunner.temporaryFolder()
        // Other users (the unprivileged rows) must reach the sandbox.
        chmod(root, 0o777)
    }

    func folder(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: root + "/" + relative, withIntermediateDirectories: true)
        chmod(root + "/" + relative, 0o777)
    }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        try folder((relative as NSString).deletingLastPathComponent)
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + relative))
    }

    func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    /// Writes `prefix`, then `unit` repeated up to `totalBytes`, then `suffix`, in blocks (never the whole file in memory).
    func writeRepeated(_ relative: String, _ unit: String, totalBytes: Int, prefix: String = "", suffix: String = "") throws {
        try write(relative, prefix)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: root + "/" + relative))
        defer { try? handle.close() }
        try handle.seekToEnd()
        let block = Data(String(repeating: unit, count: (1 << 20) / unit.utf8.count).utf8)
        var written = 0
        while written + block.count <= totalBytes {
            try handle.write(contentsOf: block)
            written += block.count
        }
        try handle.write(contentsOf: Data(String(repeating: "x", count: totalBytes - written).utf8))
        try handle.write(contentsOf: Data(suffix.utf8))
    }

    func contents(_ relative: String) -> Data? { FileManager.default.contents(atPath: root + "/" + relative) }

    /// Every file under a folder with its bytes, to compare before and after a run.
    func snapshot(_ relative: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in FileManager.default.enumerator(atPath: root + "/" + relative)?.allObjects as? [String] ?? [] {
            files[name] = contents(relative + "/" + name) ?? Data()
        }
        return files
    }

    /// Leftovers of an interrupted or failed atomic write anywhere in the sandbox (`.NAME.tmp-...`).
    func temporaryFiles() -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.contains(".tmp") }
    }

    /// Makes a folder read-only: a read-only remount of a tmpfs when possible (root ignores permissions), else mode 555.
    func makeReadOnly(_ relative: String) throws {
        let path = root + "/" + relative
        if Sandbox.canMount {
            let saved = try FileManager.default.contentsOfDirectory(atPath: path).map { ($0, contents(relative + "/" + $0)) }
            try mount(relative, options: "size=1m")
            for (name, data) in saved { try (data ?? Data()).write(to: URL(fileURLWithPath: path + "/" + name)) }
            try #require(Sandbox.shell("mount -o remount,ro '\(path)'") == 0)
        } else {
            chmod(path, 0o555)
        }
    }

    /// Makes a folder a disk of `bytes` bytes when a tmpfs can be mounted; otherwise the row runs with a file size limit.
    func makeSmallDisk(_ relative: String, bytes: Int) throws {
        if Sandbox.canMount { try mount(relative, options: "size=\(bytes)") }
    }

    private func mount(_ relative: String, options: String) throws {
        let path = root + "/" + relative
        try #require(Sandbox.shell("mount -t tmpfs -o \(options),mode=777 tmpfs '\(path)'") == 0, "cannot mount a tmpfs on \(path)")
        mounts.append(path)
    }

    func remove() {
        for path in mounts.reversed() { _ = Sandbox.shell("umount '\(path)'") }
        chmod(root + "/in/secret.txt", 0o644)
        try? FileManager.default.removeItem(atPath: root)
    }

    @discardableResult
    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Interrupts and output targets that are not plain files: each run leaves either the previous output or the
/// complete new one, never half a file, and no temporary file.
@Suite("Interrupted and unusual writes")
struct InterruptedWriteTests {
    /// A sandbox whose extraction writes about 25 MB, so that the write itself lasts long enough to be interrupted.
    static func largeRun() throws -> (Sandbox, [String]) {
        let sandbox = try Sandbox()
        try sandbox.write("g/places.tsv", "#! type=PLACE\nParis\nBerlin\nLondres\n")
        try sandbox.write("in/news.txt", String(repeating: "Paris et Berlin, puis Londres.\n", count: 50_000))
        try sandbox.write("out/out.jsonl", BadInputTests.previous)
        let arguments = ["extract", sandbox.root + "/in/news.txt", "-o", sandbox.root + "/out/out.jsonl",
                         "--gazetteers", sandbox.root + "/g"]
        return (sandbox, arguments)
    }

    static func start(_ arguments: [String], in sandbox: Sandbox) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: sandbox.root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("SIGINT while the output is being written: the previous file stays, no temporary file")
    func interruptDuringWrite() throws {
        let (sandbox, arguments) = try Self.largeRun()
        defer { sandbox.remove() }
        let process = try Self.start(arguments, in: sandbox)
        // Poll for the temporary file: its appearance means the write has begun.
        var caught = false
        while process.isRunning {
            if sandbox.temporaryFiles().contains(where: { $0.hasPrefix("out/") }) {
                process.interrupt()
                caught = true
                break
            }
            usleep(500)
        }
        process.waitUntilExit()
        let output = String(decoding: sandbox.contents("out/out.jsonl") ?? Data(), as: UTF8.self)
        if caught {
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT,
                    "ended with \(process.terminationReason) \(process.terminationStatus)")
            #expect(output == BadInputTests.previous, "the interrupted write replaced the output")
        } else {
            // The write finished between two polls: then it must be whole.
            #expect(output.split(separator: "\n").count == 50_000)
        }
        #expect(caught, "the write ended before it could be interrupted; make the output larger")
        #expect(sandbox.temporaryFiles().isEmpty, "temporary files left: \(sandbox.temporaryFiles())")
    }

    @Test("SIGINT while reading: the previous file stays, no temporary file")
    func interruptDuringReading() throws {
        let (sandbox, arguments) = try Self.largeRun()
        defer { sandbox.remove() }
        let process = try Self.start(arguments, in: sandbox)
        usleep(300_000)
        let wasRunning = process.isRunning
        process.interrupt()
        process.waitUntilExit()
        #expect(wasRunning)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(sandbox.contents("out/out.jsonl").map { String(decoding: $0, as: UTF8.self) } == BadInputTests.previous)
        #expect(sandbox.temporaryFiles().isEmpty, "temporary files left: \(sandbox.temporaryFiles())")
    }

    @Test("/dev/full as the output: no space left, and the device is still a device")
    func deviceOutput() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("g/places.tsv", "#! type=PLACE\nParis\n")
        try sandbox.write("in/a.txt", "Paris")
        let result = try BadInputTests.run(["extract", sandbox.root + "/in/a.txt", "-o", "/dev/full", "--gazetteers", sandbox.root + "/g"],
                                           launch: .plain, input: nil, in: sandbox.root)
        #expect(result.status == 1)
        #expect(result.stderr == "entitygraph: error: /dev/full: cannot write: No space left on device\n")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/full was replaced")
    }

    @Test("an output that is a symbolic link: the file it points to is replaced, the link and its mode kept")
    func symbolicLinkOutput() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("g/places.tsv", "#! type=PLACE\nParis\n")
        try sandbox.write("in/a.txt", "Paris")
        try sandbox.write("out/real.jsonl", BadInputTests.previous)
        chmod(sandbox.root + "/out/real.jsonl", 0o600)
        try FileManager.default.createSymbolicLink(atPath: sandbox.root + "/out/link.jsonl", withDestinationPath: "real.jsonl")
        let result = try BadInputTests.run(["extract", sandbox.root + "/in/a.txt", "-o", sandbox.root + "/out/link.jsonl",
                                            "--gazetteers", sandbox.root + "/g"], launch: .plain, input: nil, in: sandbox.root)
        #expect(result.status == 0, "\(result.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.root + "/out/link.jsonl")
        #expect(link == "real.jsonl")
        let written = String(decoding: sandbox.contents("out/real.jsonl") ?? Data(), as: UTF8.self)
        #expect(written.hasPrefix("{\"id\": \"a\""))
        var info = stat()
        #expect(stat(sandbox.root + "/out/real.jsonl", &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(sandbox.temporaryFiles().isEmpty)
    }
}
