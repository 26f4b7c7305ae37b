import Foundation

/// Reads a GATE gazetteer (an index `lists.def` and its `.lst` files) into list entries, so users bring the lists they have.
///
/// `lists.def` lines are `file.lst:majorType[:minorType[:language[:annotationType]]]`;
/// each `.lst` line is one entry, optionally followed by features
/// (`Paris&country=FR` with the separator `&`). Major and minor types map
/// to entity types or word lists with `typeMap` (`gazetteers/README.md`, *Import and export*).
public struct GATEGazetteerReader: Sendable {
    /// `major` or `major/minor` -> `PERSON`, `COUNTRY`, `ORG`, `PLACE`, `list:NAME` or `skip`; `major/minor` wins over `major`.
    public var typeMap: [String: String]
    /// The feature separator inside `.lst` lines (GATE's `gazetteerFeatureSeparator`); nil: features are not split off.
    public var separator: String?

    /// ANNIE's usual major and minor types.
    public static let defaultTypeMap: [String: String] = [
        "location": "PLACE", "location/country": "COUNTRY", "country": "COUNTRY", "city": "PLACE", "province": "PLACE",
        "region": "PLACE", "state": "PLACE",
        "organization": "ORG", "organisation": "ORG", "company": "ORG",
        "person_full": "PERSON", "person": "PERSON",
        "person_first": "list:firstnames", "firstname": "list:firstnames",
        "title": "list:person-titles", "jobtitle": "list:person-titles",
        "stop": "list:stopwords", "stopword": "list:stopwords",
    ]

    /// A reader with the default type map extended by `typeMap`.
    public init(typeMap: [String: String] = [:], separator: String? = nil) {
        self.typeMap = GATEGazetteerReader.defaultTypeMap.merging(typeMap) { _, new in new }
        self.separator = separator
    }

    /// The entries of every list named in the index `definition`, in index order, and what was left out.
    public func read(definition: String) throws -> (entries: [GazetteerFile.Entry], diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: definition) else {
            throw GazetteerError.unreadable(path: definition, reason: "no such file or permission denied")
        }
        guard let index = String(data: data, encoding: .utf8) else { throw GazetteerError.invalidUTF8(file: definition, line: 1) }
        let folder = (definition as NSString).deletingLastPathComponent
        var entries: [GazetteerFile.Entry] = []
        var diagnostics: [Diagnostic] = []
        for (number, rawLine) in index.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw GazetteerError.invalidLine(file: definition, line: number + 1, reason: "expected file.lst:majorType[:minorType[:language]]")
            }
            let major = fields[1], minor = fields.count > 2 ? fields[2] : "", language = fields.count > 3 ? fields[3] : ""
            guard let target = typeMap[major + "/" + minor] ?? typeMap[major] else {
                diagnostics.append(Diagnostic(file: definition, line: number + 1,
                    message: "majorType '\(major)'\(minor.isEmpty ? "" : " minorType '\(minor)'") has no type: add --map \(major)=TYPE; list left out"))
                continue
            }
            if target == "skip" { continue }
            var base: [String: String] = [:]
            if target.hasPrefix("list:") {
                base["list"] = String(target.dropFirst(5))
            } else if EntityType(rawValue: target) != nil {
                base["type"] = target
                if !minor.isEmpty { base["subtype"] = minor }
            } else {
                throw GazetteerError.invalidLine(file: definition, line: number + 1,
                    reason: "'\(target)' is not PERSON, COUNTRY, ORG, PLACE, list:NAME or skip")
            }
            if !language.isEmpty { base["lang"] = language }
            let listPath = fields[0].hasPrefix("/") ? fields[0] : folder + "/" + fields[0]
            let (listEntries, listDiagnostics) = try readList(listPath, attributes: base)
            entries += listEntries
            diagnostics += listDiagnostics
        }
        return (entries, diagnostics)
    }

    private func readList(_ path: String, attributes: [String: String]) throws -> ([GazetteerFile.Entry], [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError.unreadable(path: path, reason: "no such file or permission denied")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw GazetteerError.invalidUTF8(file: path, line: 1) }
        var entries: [GazetteerFile.Entry] = []
        var diagnostics: [Diagnostic] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            var features: [String: String] = [:]
            if let separator, !separator.isEmpty {
                let parts = line.components(separatedBy: separator)
                line = Substring(parts[0])
                for feature in parts.dropFirst() {
                    guard let eq = feature.firstIndex(of: "=") else { continue }
                    features[String(feature[..<eq])] = String(feature[feature.index(after: eq)...])
                }
            }
            let name = line.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            var entryAttributes = attributes
            var id: String?
            for (key, value) in features {
                if key == "id" || key == "inst", GazetteerFile.isValidID(value) { id = value } else { entryAttributes[key] = value }
            }
            entries.append(GazetteerFile.Entry(line: number + 1, canonical: name, id: id, attributes: entryAttributes))
            for problem in GazetteerFile.problems(inForm: name) { diagnostics.append(Diagnostic(file: path, line: number + 1, message: problem)) }
        }
        return (entries, diagnostics)
    }
}
