/// A writer of one export format.
///
/// Writers see only the graph (never documents) and append bytes to an
/// `ExportBuffer`; every string goes through `Escaping`.
public protocol GraphWriter: Sendable {
    /// The format written.
    var format: ExportFormat { get }
    /// Writes file `part` of the export (`0..<format.fileSuffixes.count`: CSV has a nodes and an edges file).
    func write(_ graph: CooccurrenceGraph, part: Int, to out: ExportBuffer)
}

extension GraphWriter {
    /// Every file of the export of `graph`, as text (tests, small graphs).
    public func render(_ graph: CooccurrenceGraph) -> [String] {
        format.fileSuffixes.indices.map { part in
            let out = ExportBuffer()
            write(graph, part: part, to: out)
            return out.string
        }
    }
}
