import Foundation
import Testing

/// Compares output with a golden file; `EG_UPDATE_GOLDEN=1` rewrites the file instead, never silently otherwise.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["EG_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = Paths.golden + "/" + name
        if updating {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("golden file \(name) is missing: run EG_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs from the golden file at line \(line + 1) (EG_UPDATE_GOLDEN=1 swift test rewrites it if the change is intended)
                expected: \(line < a.count ? String(a[line]) : "<end>")
                actual:   \(line < b.count ? String(b[line]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
