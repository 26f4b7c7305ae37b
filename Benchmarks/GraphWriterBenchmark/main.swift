// Times the export writers on a synthetic graph of 100,000 nodes and 1,000,000 edges, written to disk the way
// `entitygraph graph -o FILE` writes (AtomicFile: temporary file, fsync, rename).
//
//   swift run -c release graph-writer-benchmark [--nodes N] [--edges M] [--format graphml|gexf|dot|csv|json|all] [--runs R] [--dir DIR]
//
// Every edge carries what real ones do: all measures, evidence in 1-3 documents and its own ~130-character example
// sentence, so the figure is not flattered by empty attributes.
import EntityGraph
import Foundation

struct Options {
    var nodes = 100_000
    var edges = 1_000_000
    var formats: [ExportFormat] = [.graphml]
    var runs = 3
    var folder = NSTemporaryDirectory()

    init(_ arguments: [String]) {
        var i = 1
        while i + 1 < arguments.count {
            let value = arguments[i + 1]
            switch arguments[i] {
            case "--nodes": nodes = Int(value) ?? nodes
            case "--edges": edges = Int(value) ?? edges
            case "--runs": runs = Int(value) ?? runs
            case "--dir": folder = value
            case "--format": formats = value == "all" ? ExportFormat.allCases : value.split(separator: ",").compactMap { ExportFormat(rawValue: String($0)) }
            default: break
            }
            i += 2
        }
    }
}

/// A deterministic generator (SplitMix64), so every run writes the same graph.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func syntheticGraph(nodes nodeCount: Int, edges edgeCount: Int) -> CooccurrenceGraph {
    var random = SplitMix(state: 42)
    let first = ["Jean-Yves", "Ashton", "François", "Angela", "Vladimir", "Bachar", "John", "Florence", "Laurent", "Ursula"]
    let last = ["Le Drian", "Carter", "Hollande", "Merkel", "Poutine", "el-Assad", "Kerry", "Parly", "Fabius", "von der Leyen"]
    let types = EntityType.allCases
    let nodes = (0..<nodeCount).map { i -> CooccurrenceGraph.Node in
        let label = "\(first[i % 10]) \(last[(i / 10) % 10]) \(i)"
        return CooccurrenceGraph.Node(id: "local:person/entity-\(i)", label: label, type: types[i % 4],
                                      mentions: Int.random(in: 1...500, using: &random), documents: Int.random(in: 1...50, using: &random),
                                      windows: Int.random(in: 60...400, using: &random))
    }
    let sentences = (0..<1_000).map { k in
        "Le ministre de la Défense, \(first[k % 10]) \(last[k % 10]), a rencontré son homologue à Paris pour la réunion n° \(k) de la coalition."
    }
    var pairs = Set<UInt64>()
    pairs.reserveCapacity(edgeCount)
    while pairs.count < edgeCount {
        let a = Int.random(in: 0..<nodeCount, using: &random), b = Int.random(in: 0..<nodeCount, using: &random)
        if a != b { pairs.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b))) }
    }
    let edges = pairs.sorted().map { pair -> CooccurrenceGraph.Edge in
        let count = Int.random(in: 1...50, using: &random)
        let documents = Int.random(in: 1...3, using: &random)
        let evidence = (0..<documents).map { d in
            CooccurrenceGraph.Evidence(document: Int32(Int.random(in: 0..<9_997, using: &random)) / 3 * 3 + Int32(d),
                                       sourceSentence: 1, targetSentence: 1)
        }
        // Each edge owns its example, as in real graphs (a shared pool would make reference counting look worse).
        let example = sentences[Int(pair % 1_000)] + " (\(pair % 9_973))"
        return CooccurrenceGraph.Edge(source: Int(pair >> 32), target: Int(pair & 0xFFFF_FFFF), count: count, documents: documents,
                                      evidence: evidence, example: example)
    }
    return CooccurrenceGraph(window: .sentence, measure: .npmi, documentIDs: (0..<10_000).map { "article-\($0)" },
                             windowCount: 5_000_000, nodes: nodes, edges: edges)
}

let options = Options(CommandLine.arguments)
AtomicFile.removeTemporaryFilesOnSignal()
let clock = ContinuousClock()
let start = clock.now
let graph = syntheticGraph(nodes: options.nodes, edges: options.edges)
print("graph: \(graph.nodes.count) nodes, \(graph.edges.count) edges, built in \(clock.now - start)")
/// CPU seconds (user + system, all threads) used by the process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let seconds = { (t: timeval) in Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

for format in options.formats {
    var times: [Double] = []
    var cpu: [Double] = []
    var bytes = 0
    for _ in 0..<options.runs {
        let paths = format.fileSuffixes.map { options.folder + "/benchmark" + $0 }
        let t0 = clock.now, c0 = cpuSeconds()
        try AtomicFile.write(paths) { part, out in format.writer.write(graph, part: part, to: out) }
        let elapsed = clock.now - t0
        cpu.append(cpuSeconds() - c0)
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        bytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        if ProcessInfo.processInfo.environment["KEEP"] == nil { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
    }
    times.sort()
    cpu.sort()
    let median = times[times.count / 2]
    print(String(format: "%@: %.1f MB, wall best %.3f s, median %.3f s; CPU (all threads) median %.3f s; %d runs, %.0f MB/s",
                 format.rawValue, Double(bytes) / 1e6, times[0], median, cpu[cpu.count / 2], times.count, Double(bytes) / 1e6 / median))
}
