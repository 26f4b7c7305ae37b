import ArgumentParser
import EntityGraph

/// Options shared by every command that reads a corpus: the size bound and what a bad input does.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-document-size"),
            help: ArgumentHelp("Skip JSON lines and HTML pages larger than SIZE with a warning (K, M, G suffixes); "
                               + "plain text of any size is read in parts of 8 MiB.", valueName: "SIZE"))
    var maximumDocumentSize: ByteCount = ByteCount(bytes: 64 << 20)

    @Flag(name: .long, help: "Stop at the first warning about the input (malformed JSON line, invalid UTF-8, binary or empty file): exit 1 and write nothing.")
    var strict = false

    /// The reader these options configure.
    func reader(detectsBoilerplate: Bool = true) -> CorpusReader {
        CorpusReader(detectsBoilerplate: detectsBoilerplate, maximumInputBytes: maximumDocumentSize.bytes)
    }
}

/// A size given on the command line: `1048576`, `512K`, `64M`, `1G` (powers of 1024).
struct ByteCount: ExpressibleByArgument, Sendable {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        var digits = Substring(argument.trimmingCharacters(in: .whitespaces))
        var factor = 1
        switch digits.last.map({ Character($0.uppercased()) }) {
        case "K": factor = 1 << 10
        case "M": factor = 1 << 20
        case "G": factor = 1 << 30
        default: break
        }
        if factor > 1 { digits = digits.dropLast() }
        guard let value = Int(digits), value > 0, value <= Int.max / factor else { return nil }
        bytes = value * factor
    }

    var defaultValueDescription: String { bytes % (1 << 20) == 0 ? "\(bytes >> 20)M" : "\(bytes)" }
}
