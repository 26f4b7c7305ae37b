import Foundation

/// spaCy EntityRuler patterns (`patterns.jsonl`): import of phrase patterns, export of every form.
///
/// A pattern line is `{"label": "ORG", "pattern": "Apple", "id": "apple"}`.
/// Phrase patterns (strings) import as they are; token patterns import when
/// every token is a plain `ORTH`, `TEXT`, `LOWER` or `NORM` string, and are
/// left out (with their line) when they use operators, regexes or attributes.
/// Patterns with the same id and label become one entity.
public enum SpaCyPatterns {
    /// spaCy labels -> entity types; `skip` leaves a label out.
    public static let defaultLabelMap: [String: String] = [
        "PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
        "COUNTRY": "COUNTRY", "PLACE": "PLACE", "NORP": "skip", "MISC": "skip",
    ]

    /// The label set written by `export`.
    public enum Labels: String, CaseIterable, Sendable {
        /// EntityGraph's types: PERSON, COUNTRY, ORG, PLACE (import them back unchanged).
        case ours
        /// spaCy's English models: PERSON, ORG, GPE (countries, cities, subdivisions), LOC (other places).
        case spacy
        /// spaCy's French models: PER, ORG, LOC.
        case spacyFR = "spacy-fr"
    }

    /// The entries of a patterns file, one per id and label (or per pattern without id), and what was left out.
    public static func read(_ path: String, labelMap: [String: String] = [:]) throws -> (entries: [GazetteerFile.Entry], diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError.unreadable(path: path, reason: "no such file or permission denied")
        }
        let labels = defaultLabelMap.merging(labelMap) { _, new in new }
        var entries: [GazetteerFile.Entry] = []
        var indexByID: [String: Int] = [:]
        var seen = Set<String>()
        var diagnostics: [Diagnostic] = []
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw GazetteerError.invalidLine(file: path, line: number, reason: "not a JSON object")
            }
            guard let label = object["label"] as? String else {
                throw GazetteerError.invalidLine(file: path, line: number, reason: "no \"label\"")
            }
            guard let target = labels[label] else {
                diagnostics.append(Diagnostic(file: path, line: number, message: "label '\(label)' has no type: add --map \(label)=TYPE; left out"))
                continue
            }
            if target == "skip" { continue }
            guard EntityType(rawValue: target) != nil else {
                throw GazetteerError.invalidLine(file: path, line: number, reason: "'\(target)' is not PERSON, COUNTRY, ORG or PLACE")
            }
            let text: String
            if let phrase = object["pattern"] as? String {
                text = phrase
            } else if let tokens = object["pattern"] as? [[String: Any]], let joined = phrase(fromTokens: tokens) {
                text = joined
            } else {
                diagnostics.append(Diagnostic(file: path, line: number,
                    message: "token pattern with operators or attributes other than ORTH, TEXT, LOWER, NORM: left out"))
                continue
            }
            let name = text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            for problem in GazetteerFile.problems(inForm: name) { diagnostics.append(Diagnostic(file: path, line: number, message: problem)) }
            let rawID = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init)
            let id = rawID.map { GazetteerFile.isValidID($0) ? $0 : "local:" + $0.replacingOccurrences(of: " ", with: "-") }
            if let id, let index = indexByID[id + "\u{0}" + target] {
                if entries[index].canonical != name, !entries[index].aliases.contains(name) { entries[index].aliases.append(name) }
                continue
            }
            guard seen.insert(target + "\u{0}" + name + "\u{0}" + (id ?? "")).inserted else { continue }
            if let id { indexByID[id + "\u{0}" + target] = entries.count }
            entries.append(GazetteerFile.Entry(line: number, canonical: name, id: id, attributes: ["type": target]))
        }
        return (entries, diagnostics)
    }

    /// Joins spaCy token texts as they were written: no space around hyphens, after apostrophes, before closing punctuation.
    static func phrase(fromTokens tokens: [[String: Any]]) -> String? {
        var words: [String] = []
        for token in tokens {
            guard token.count == 1, let (key, value) = token.first, ["ORTH", "TEXT", "LOWER", "NORM"].contains(key),
                  let word = value as? String, !word.isEmpty else { return nil }
            words.append(word)
        }
        var result = ""
        for word in words {
            let glue = result.isEmpty || word == "-" || result.hasSuffix("-") || result.hasSuffix("'") || result.hasSuffix("’")
                || [".", ",", ")", "’s", "'s"].contains(word) || result.hasSuffix("(")
            result += (glue ? "" : " ") + word
        }
        return result
    }

    /// Every name (and, when asked, demonym) of every enabled entity as one pattern line, in entity and form order.
    public static func export(_ gazetteer: Gazetteer, labels: Labels = .ours, demonyms: Bool = false) -> String {
        var out = ""
        for entity in gazetteer.entities where !entity.isDisabled {
            let label = label(of: entity, labels)
            for form in entity.forms {
                if form.role == .demonym {
                    guard demonyms else { continue }
                    let demonymLabel = labels == .spacyFR ? "MISC" : "NORP"
                    out += line(demonymLabel, form.text, entity.id)
                } else {
                    out += line(label, form.text, entity.id)
                }
            }
        }
        return out
    }

    private static func label(of entity: Entity, _ labels: Labels) -> String {
        switch labels {
        case .ours: return entity.type.rawValue
        case .spacyFR:
            switch entity.type {
            case .person: return "PER"
            case .org: return "ORG"
            case .country, .place: return "LOC"
            }
        case .spacy:
            switch entity.type {
            case .person: return "PERSON"
            case .org: return "ORG"
            case .country: return "GPE"
            case .place:
                let political = ["city", "capital", "subdivision", "town", "village", "municipality", "district"]
                return political.contains(entity.attributes["subtype"] ?? "city") ? "GPE" : "LOC"
            }
        }
    }

    private static func line(_ label: String, _ pattern: String, _ id: String) -> String {
        "{\"label\": \(json(label)), \"pattern\": \(json(pattern)), \"id\": \(json(id))}\n"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func json(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
