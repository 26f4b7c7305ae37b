import Dispatch
import Synchronization

extension Pipeline {
    /// Extracts `documents` on up to `threads` threads and returns the results in the order of `documents`.
    ///
    /// Documents are independent and the pipeline is read-only, so the results are those of
    /// `documents.map(extract)` whatever `threads` is; workers take the next document from a shared
    /// counter, so one long document does not leave the other cores idle.
    public func extract(_ documents: [Document], threads: Int) -> [(text: AnalyzedText, result: ExtractionResult)] {
        Pipeline.map(documents, threads: threads) { extract($0) }
    }

    /// `items.map(transform)` on up to `threads` threads, in the order of `items`.
    public static func map<Item: Sendable, Output: Sendable>(_ items: [Item], threads: Int,
                                                            _ transform: @Sendable (Item) -> Output) -> [Output] {
        let documents = items
        let workers = max(1, min(threads, documents.count))
        if workers == 1 { return documents.map(transform) }
        let slots = UnsafeMutableBufferPointer<Output?>.allocate(capacity: documents.count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize().deallocate() }
        // Each index is written by exactly one worker and read only after concurrentPerform returns.
        nonisolated(unsafe) let shared = slots
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                if index >= documents.count { return }
                shared[index] = transform(documents[index])
            }
        }
        return slots.map { $0! }
    }
}
