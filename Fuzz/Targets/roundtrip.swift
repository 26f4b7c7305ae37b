// libFuzzer entry point for the roundtrip target; the checks live in Tests/EntityGraphTests/Fuzz/FuzzChecks.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        try FuzzChecks.roundTrip(bytes)
    } catch {
        fatalError("roundtrip: \(error)")
    }
    return 0
}
