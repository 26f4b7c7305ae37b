// libFuzzer entry point for the text target; the checks live in Tests/EntityGraphTests/Fuzz/FuzzChecks.swift.

/// Loads and compiles the shipped gazetteers before the first input, so that their load time
/// (seconds under AddressSanitizer) does not count against the per-input timeout.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    _ = FuzzChecks.pipeline
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        try FuzzChecks.text(bytes)
    } catch {
        fatalError("text: \(error)")
    }
    return 0
}
