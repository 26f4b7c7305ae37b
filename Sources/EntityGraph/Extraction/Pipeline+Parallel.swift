import Dispatch
import Synchronization

extension Pipeline {
    /// Extracts `documents` on up to `threads` threads and returns the results in the order of `documents`.
    ///
    /// Documents are independent and the pipeline is read-only, so the results are those of
    /// `documents.map(extract)` whatever `threads` is; workers take the next document from a shared
    /// counter, so one long document does not leave the other cores idle.
    public func extract(_ documents: [Document], threads: Int) -> [(text: AnalyzedText, result: ExtractionResult)] {
        let workers = max(1, min(threads, documents.count))
        if workers == 1 { return documents.map { extract($0) } }
        let slots = UnsafeMutableBufferPointer<(text: AnalyzedText, result: ExtractionResult)?>.allocate(capacity: documents.count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize().deallocate() }
        // Each index is written by exactly one worker and read only after concurrentPerform returns.
        nonisolated(unsafe) let shared = slots
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                if index >= documents.count { return }
                shared[index] = extract(documents[index])
            }
        }
        return slots.map { $0! }
    }
}
