import Foundation

/// Gold annotations read from JSONL: one object per document with `id` and `entities` (`start`, `end`, `type`).
public struct GoldStandard: Sendable {
    /// Annotations per document id.
    public var documents: [String: [Annotation]]
    /// Document ids in file order.
    public var order: [String]

    /// Reads a gold JSONL file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        documents = [:]
        order = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"] as? String, let entities = object["entities"] as? [[String: Any]] else {
                throw CorpusError.malformedJSONLine(path: path, line: lineNumber, reason: "expected {\"id\": ..., \"entities\": [...]}")
            }
            var annotations: [Annotation] = []
            for entity in entities {
                guard let start = entity["start"] as? Int, let end = entity["end"] as? Int, let type = entity["type"] as? String else {
                    throw CorpusError.malformedJSONLine(path: path, line: lineNumber, reason: "entity without integer start/end and string type")
                }
                annotations.append(Annotation(start: start, end: end, type: type))
            }
            documents[id] = annotations
            order.append(id)
        }
    }
}
