import Foundation

/// One gazetteer file parsed into entries: `canonical<TAB>aliases<TAB>id<TAB>attributes`, `#!` defaults, `#` comments.
///
/// The format is documented in `gazetteers/README.md`.
public struct GazetteerFile: Sendable {
    /// One non-comment line.
    public struct Entry: Sendable, Equatable {
        /// 1-based line number.
        public var line: Int
        /// Column 1.
        public var canonical: String
        /// Column 2, split on `|`.
        public var aliases: [String]
        /// Column 3, if present.
        public var id: String?
        /// Header defaults overridden by column 4.
        public var attributes: [String: String]
    }

    /// The path the file was read from (as given, for messages).
    public var path: String
    /// Its entries in file order.
    public var entries: [Entry]
    /// Warnings found while parsing.
    public var diagnostics: [Diagnostic]

    /// Id namespaces accepted in column 3.
    public static let namespaces: Set<String> = ["wd", "geonames", "iso", "eg", "local"]

    /// Parses `contents` read from `path`; throws on the first invalid line.
    public init(path: String, contents: String) throws {
        self.path = path
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        var defaults: [String: String] = [:]
        var seenLines: [Substring: Int] = [:]
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            if line.hasPrefix("#!") {
                for pair in line.dropFirst(2).split(separator: " ", omittingEmptySubsequences: true) {
                    let (key, value) = try GazetteerFile.keyValue(pair, file: path, line: lineNumber)
                    defaults[key] = value
                }
                try GazetteerFile.validate(defaults, file: path, line: lineNumber)
                continue
            }
            if line.hasPrefix("#") { continue }
            if let previous = seenLines[line] {
                diagnostics.append(Diagnostic(file: path, line: lineNumber, message: "duplicate of line \(previous)"))
                continue
            }
            seenLines[line] = lineNumber
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count <= 4 else {
                throw GazetteerError.invalidLine(file: path, line: lineNumber,
                    reason: "\(columns.count) columns, at most 4 (canonical, aliases, id, attributes)")
            }
            for column in columns where column != column.trimmingCharacters(in: .whitespaces)[...] {
                diagnostics.append(Diagnostic(file: path, line: lineNumber, message: "stray whitespace around '\(column.trimmingCharacters(in: .whitespaces))'"))
            }
            let canonical = columns[0].trimmingCharacters(in: .whitespaces)
            guard !canonical.isEmpty else {
                throw GazetteerError.invalidLine(file: path, line: lineNumber, reason: "empty canonical name in column 1")
            }
            var aliases: [String] = []
            if columns.count > 1 {
                for alias in columns[1].split(separator: "|", omittingEmptySubsequences: false) {
                    let trimmed = alias.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty {
                        if !columns[1].isEmpty {
                            diagnostics.append(Diagnostic(file: path, line: lineNumber, message: "empty alias between '|'"))
                        }
                        continue
                    }
                    aliases.append(trimmed)
                }
            }
            var id: String?
            if columns.count > 2 {
                let raw = columns[2].trimmingCharacters(in: .whitespaces)
                if !raw.isEmpty {
                    try GazetteerFile.validateID(raw, file: path, line: lineNumber)
                    id = raw
                }
            }
            var attributes = defaults
            if columns.count > 3 {
                for pair in columns[3].split(separator: ";", omittingEmptySubsequences: true) {
                    let (key, value) = try GazetteerFile.keyValue(pair, file: path, line: lineNumber)
                    attributes[key] = value
                }
                try GazetteerFile.validate(attributes, file: path, line: lineNumber)
            }
            for name in [canonical] + aliases where GazetteerFile.looksLikeMojibake(name) {
                diagnostics.append(Diagnostic(file: path, line: lineNumber, message: "'\(name)' looks like mojibake (UTF-8 read as Latin-1)"))
            }
            entries.append(Entry(line: lineNumber, canonical: canonical, aliases: aliases, id: id, attributes: attributes))
        }
        self.entries = entries
        self.diagnostics = diagnostics
    }

    /// Reads and parses the file at `path`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        guard let text = String(validating: Array(data), as: UTF8.self) else {
            throw GazetteerError.invalidLine(file: path, line: GazetteerFile.firstInvalidLine(Array(data)), reason: "invalid UTF-8")
        }
        try self.init(path: path, contents: text)
    }

    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }

    static func keyValue(_ pair: Substring, file: String, line: Int) throws -> (String, String) {
        guard let eq = pair.firstIndex(of: "=") else {
            throw GazetteerError.invalidLine(file: file, line: line, reason: "attribute '\(pair)' is not key=value")
        }
        let key = pair[..<eq].trimmingCharacters(in: .whitespaces)
        let value = pair[pair.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { throw GazetteerError.invalidLine(file: file, line: line, reason: "attribute '\(pair)' has no key") }
        return (key, value)
    }

    static func validate(_ attributes: [String: String], file: String, line: Int) throws {
        if let type = attributes["type"], EntityType(rawValue: type) == nil {
            throw GazetteerError.invalidLine(file: file, line: line,
                reason: "unknown type '\(type)' (expected one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if let role = attributes["role"], Entity.Role(rawValue: role) == nil {
            throw GazetteerError.invalidLine(file: file, line: line, reason: "unknown role '\(role)' (expected name or demonym)")
        }
    }

    static func validateID(_ id: String, file: String, line: Int) throws {
        guard let colon = id.firstIndex(of: ":"), GazetteerFile.namespaces.contains(String(id[..<colon])),
              id.index(after: colon) < id.endIndex, !id.contains(where: { $0.isWhitespace || $0 == "|" || $0 == ";" }) else {
            throw GazetteerError.invalidLine(file: file, line: line,
                reason: "invalid id '\(id)' (expected namespace:value with namespace one of \(GazetteerFile.namespaces.sorted().joined(separator: ", ")))")
        }
    }

    /// UTF-8 decoded as Latin-1 shows as "Ã" or "Â" followed by another Latin-1 character.
    static func looksLikeMojibake(_ name: String) -> Bool {
        var previous: Unicode.Scalar?
        for s in name.unicodeScalars {
            if let p = previous, p == "Ã" || p == "Â", (0x80...0xBF).contains(s.value) { return true }
            previous = s
        }
        return false
    }
}
