// libFuzzer entry point for the gazetteer target; the checks live in Tests/EntityGraphTests/Fuzz/FuzzChecks.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        try FuzzChecks.gazetteer(bytes)
    } catch {
        fatalError("gazetteer: \(error)")
    }
    return 0
}
