import Foundation

// libFuzzer entry point for the jsonl target; the checks live in Tests/EntityGraphTests/Fuzz/FuzzChecks.swift.
// The reader takes a path, so each input goes through one scratch file in memory (/dev/shm when present).
let scratch: String = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return folder + "/entitygraph-fuzz-\(getpid()).jsonl"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        try FuzzChecks.jsonl(bytes, scratch: scratch)
    } catch {
        fatalError("jsonl: \(error)")
    }
    return 0
}
