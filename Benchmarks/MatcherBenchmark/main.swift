// Times the compiled gazetteer matcher by itself on real text, one thread, release build (issue 4).
//
//   swift run -c release matcher-benchmark [--text FILE] [--gazetteers DIR] [--runs R] [--lines N]
//
// The text (default ../shared/bench/raw_fr.txt) is cut into documents of N lines (default 40, as the
// extraction benchmark does) and analysed once (tokens, sentences, normalized keys: the Text stage,
// timed separately); then every run matches all documents with every shipped list, with the policy on
// and off, and through `GazetteerExtractor` (matches turned into mentions). Medians of CPU time
// (this thread), and MB of text per CPU second.
import EntityGraph
import Foundation

struct Options {
    var text = "../shared/bench/raw_fr.txt"
    var gazetteers = "gazetteers"
    var runs = 7
    var lines = 40

    init(_ arguments: [String]) {
        var i = 1
        while i + 1 < arguments.count {
            let value = arguments[i + 1]
            switch arguments[i] {
            case "--text": text = value
            case "--gazetteers": gazetteers = value
            case "--runs": runs = max(1, Int(value) ?? runs)
            case "--lines": lines = max(1, Int(value) ?? lines)
            default: FileHandle.standardError.write(Data("matcher-benchmark: unknown option \(arguments[i])\n".utf8)); exit(64)
            }
            i += 2
        }
    }
}

/// CPU seconds this thread has used.
func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

let options = Options(CommandLine.arguments)
guard let data = FileManager.default.contents(atPath: options.text), let text = String(data: data, encoding: .utf8) else {
    FileHandle.standardError.write(Data("matcher-benchmark: cannot read \(options.text) as UTF-8 (give --text FILE)\n".utf8))
    exit(1)
}
let megabytes = Double(data.count) / 1e6
let allLines = text.split(separator: "\n", omittingEmptySubsequences: false)
let documents = stride(from: 0, to: allLines.count, by: options.lines).map {
    allLines[$0..<min($0 + options.lines, allLines.count)].joined(separator: "\n")
}

let loadStart = threadCPU()
var gazetteer = try CompiledGazetteer.load(gazetteers: options.gazetteers, cache: GazetteerCache.standard(),
                                           adding: BuiltInVocabulary.files())
let loadCPU = threadCPU() - loadStart
let lexicon = RuleLexicon(compiled: gazetteer)
let extractor = GazetteerExtractor(lexicon: lexicon)

var analysisTimes: [Double] = []
var analyzed: [AnalyzedText] = []
for _ in 0..<3 {
    let start = threadCPU()
    analyzed = documents.map { AnalyzedText($0, lexicon: gazetteer.lexicon) }
    analysisTimes.append(threadCPU() - start)
}
let tokens = analyzed.reduce(0) { $0 + $1.tokens.count }

/// Median CPU seconds of `body` over the runs, and what it returned (the same every run).
func measure(_ body: () -> Int) -> (seconds: Double, result: Int) {
    var times: [Double] = []
    var result = 0
    for _ in 0..<options.runs {
        let start = threadCPU()
        result = body()
        times.append(threadCPU() - start)
    }
    return (median(times), result)
}

gazetteer.policy = .standard
let policyOn = measure { analyzed.reduce(0) { $0 + gazetteer.matches(in: $1).count } }
let mentions = measure { analyzed.reduce(0) { $0 + extractor.candidates(in: $1, gazetteer: gazetteer).count } }
gazetteer.policy = .off
let policyOff = measure { analyzed.reduce(0) { $0 + gazetteer.matches(in: $1).count } }

func row(_ label: String, _ seconds: Double, _ count: String) -> String {
    String(format: "| %@ | %.3f | %.1f | %.1f | %@ |", label, seconds, megabytes / seconds, Double(tokens) / seconds / 1e6, count)
}
print("text: \(options.text), \(String(format: "%.1f", megabytes)) MB, \(documents.count) documents of \(options.lines) lines, \(tokens) tokens")
print("lists: \(options.gazetteers) + built-in vocabulary, loaded in \(String(format: "%.0f", loadCPU * 1000)) ms CPU; \(options.runs) runs, medians of this thread's CPU time")
print("")
print("| step | CPU s | MB/s | M tokens/s | found |")
print("|---|---:|---:|---:|---:|")
print(row("Text stage (tokens, sentences, keys), for reference", median(analysisTimes), "-"))
print(row("matcher, policy on", policyOn.seconds, "\(policyOn.result) matches"))
print(row("matcher, policy off", policyOff.seconds, "\(policyOff.result) matches"))
print(row("`GazetteerExtractor` (matches to mentions), policy on", mentions.seconds, "\(mentions.result) mentions"))
