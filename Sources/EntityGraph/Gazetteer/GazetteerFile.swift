import Foundation

/// One gazetteer file parsed into entries: `canonical<TAB>aliases<TAB>id<TAB>attributes`, `#!` defaults, `#` comments.
///
/// The format is documented in `gazetteers/README.md`. Parsing never stops at
/// a bad line: every error and warning is collected with its line, so that
/// `gazetteer check` reports them all at once. Lines are cut on bytes (the
/// shipped lists hold ~100k lines; String splitting is ~10x slower).
public struct GazetteerFile: Sendable {
    /// One entity or word list line.
    public struct Entry: Sendable, Equatable {
        /// 1-based line number.
        public var line: Int
        /// Column 1.
        public var canonical: String
        /// Column 2, split on `|`.
        public var aliases: [String]
        /// Column 3, if present.
        public var id: String?
        /// The `#!` defaults in force, overridden by column 4.
        public var attributes: [String: String]

        /// Creates an entry.
        public init(line: Int, canonical: String, aliases: [String] = [], id: String? = nil, attributes: [String: String] = [:]) {
            self.line = line
            self.canonical = canonical
            self.aliases = aliases
            self.id = id
            self.attributes = attributes
        }

        /// Canonical name then aliases.
        public var forms: [String] { [canonical] + aliases }
    }

    /// The path the file was read from (as given, for messages).
    public var path: String
    /// Its valid entries in file order.
    public var entries: [Entry]
    /// Warnings found while parsing.
    public var diagnostics: [Diagnostic]
    /// Errors found while parsing; their lines are left out of `entries`.
    public var errors: [GazetteerError]

    /// Id namespaces accepted in column 3.
    public static let namespaces = ["eg", "geonames", "iso", "local", "wd"]

    /// Attribute keys with a meaning (others are kept as free attributes).
    static let knownKeys = ["type", "role", "list", "source", "lang", "pop", "cc", "capital_of", "amb", "case",
                            "disabled", "subtype", "gender", "kind", "in-name", "title", "alpha3", "capital", "note"]

    /// Parses `contents` read from `path`.
    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }

    /// Reads and parses the file at `path`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError.unreadable(path: path, reason: "no such file, permission denied or not a regular file")
        }
        self.init(path: path, bytes: [UInt8](data))
    }

    /// Parses the UTF-8 `bytes` read from `path`.
    public init(path: String, bytes: [UInt8]) {
        var parser = Parser(path: path)
        bytes.withUnsafeBufferPointer { parser.parse($0) }
        self.path = path
        self.entries = parser.entries
        self.diagnostics = parser.diagnostics
        self.errors = parser.errors
    }
}

extension GazetteerFile {
    /// The line-by-line state of one parse.
    struct Parser {
        let path: String
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        var errors: [GazetteerError] = []
        var defaults: [String: String] = [:]
        /// Line hash -> (line number, byte range), to find duplicate lines without building Strings.
        var seen: [UInt64: [(line: Int, range: Range<Int>)]] = [:]

        init(path: String) { self.path = path }

        mutating func warn(_ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: path, line: line, message: message))
        }

        mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
            var start = 0
            // A byte order mark is harmless: skip it.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            let wholeFileValid = String(validating: bytes, as: UTF8.self) != nil
            var lineNumber = 0
            let n = bytes.count
            while start < n {
                var end = start
                while end < n, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
                if !wholeFileValid, String(validating: line, as: UTF8.self) == nil {
                    errors.append(.invalidUTF8(file: path, line: lineNumber))
                } else {
                    parseLine(line, number: lineNumber, offset: start, in: bytes)
                }
                start = end + 1
            }
        }

        mutating func parseLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, offset: Int, in file: UnsafeBufferPointer<UInt8>) {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            if line[0] == 0x23 {
                if line.count >= 2, line[1] == 0x21 { parseHeader(line, number: number) }
                return
            }
            if isDuplicate(line, number: number, offset: offset, in: file) { return }
            var columns: [Range<Int>] = []
            var columnStart = 0
            for i in 0..<line.count where line[i] == 0x09 {
                columns.append(columnStart..<i)
                columnStart = i + 1
            }
            columns.append(columnStart..<line.count)
            if columns.count > 4 {
                if columns[4...].allSatisfy({ ListBytes.trimmed($0, in: line).isEmpty }) {
                    warn(number, "stray whitespace: TABs after column 4 [whitespace]")
                    columns.removeLast(columns.count - 4)
                } else {
                    errors.append(.tooManyColumns(file: path, line: number, count: columns.count))
                    return
                }
            }
            let canonicalRange = trimmedWarning(columns[0], in: line, number: number, what: "column 1")
            guard !canonicalRange.isEmpty else {
                if columns.dropFirst().contains(where: { !ListBytes.trimmed($0, in: line).isEmpty }) {
                    errors.append(.emptyCanonical(file: path, line: number))
                } else {
                    warn(number, "stray whitespace: a line of spaces and TABs [whitespace]")
                }
                return
            }
            let canonical = ListBytes.string(canonicalRange, in: line)
            var aliases: [String] = []
            if columns.count > 1, !columns[1].isEmpty {
                var aliasStart = columns[1].lowerBound
                for i in columns[1].lowerBound...columns[1].upperBound where i == columns[1].upperBound || line[i] == 0x7C {
                    let range = trimmedWarning(aliasStart..<i, in: line, number: number, what: "an alias")
                    if range.isEmpty {
                        warn(number, "empty alias between '|' [empty-alias]")
                    } else {
                        aliases.append(ListBytes.string(range, in: line))
                    }
                    aliasStart = i + 1
                }
            }
            var id: String?
            if columns.count > 2 {
                let range = trimmedWarning(columns[2], in: line, number: number, what: "the id")
                if !range.isEmpty {
                    let raw = ListBytes.string(range, in: line)
                    guard GazetteerFile.isValidID(raw) else {
                        errors.append(.invalidID(file: path, line: number, value: raw))
                        return
                    }
                    id = raw
                }
            }
            var attributes = defaults
            if columns.count > 3 {
                var pairs: [(String, String)] = []
                var pieceStart = columns[3].lowerBound
                for i in columns[3].lowerBound...columns[3].upperBound where i == columns[3].upperBound || line[i] == 0x3B {
                    let piece = ListBytes.trimmed(pieceStart..<i, in: line)
                    pieceStart = i + 1
                    if piece.isEmpty { continue }
                    guard let pair = keyValue(piece, in: line, number: number) else { return }
                    pairs.append(pair)
                }
                guard validate(pairs, number: number) else { return }
                for (key, value) in pairs {
                    if value.isEmpty { attributes[key] = nil } else { attributes[key] = value }
                }
            }
            if attributes["type"] != nil && attributes["list"] != nil {
                errors.append(.typeAndList(file: path, line: number))
                return
            }
            if attributes["list"] == nil, attributes["type"] == nil {
                errors.append(.missingType(file: path, line: number, name: canonical))
                return
            }
            checkNames(canonical: canonicalRange, aliases: aliases, in: line, number: number)
            entries.append(Entry(line: number, canonical: canonical, aliases: aliases, id: id, attributes: attributes))
        }

        mutating func parseHeader(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
            var pairs: [(String, String)] = []
            var pieceStart = 2
            for i in 2...line.count where i == line.count || line[i] == 0x20 || line[i] == 0x09 {
                let piece = pieceStart..<i
                pieceStart = i + 1
                if piece.isEmpty { continue }
                guard let pair = keyValue(piece, in: line, number: number) else { return }
                pairs.append(pair)
            }
            guard validate(pairs, number: number) else { return }
            for (key, value) in pairs {
                // `key=` clears a default set by an earlier header.
                if value.isEmpty { defaults[key] = nil } else { defaults[key] = value }
            }
            if defaults["type"] != nil && defaults["list"] != nil {
                errors.append(.typeAndList(file: path, line: number))
                defaults["list"] = nil
            }
        }

        mutating func isDuplicate(_ line: UnsafeBufferPointer<UInt8>, number: Int, offset: Int,
                                  in file: UnsafeBufferPointer<UInt8>) -> Bool {
            let hash = ListBytes.hash(line)
            let range = offset..<(offset + line.count)
            if let previous = seen[hash]?.first(where: { ListBytes.equal(file, $0.range, range) }) {
                warn(number, "duplicate of line \(previous.line) [duplicate-line]")
                return true
            }
            seen[hash, default: []].append((number, range))
            return false
        }

        /// The range without surrounding spaces, with a warning when there were some.
        mutating func trimmedWarning(_ range: Range<Int>, in line: UnsafeBufferPointer<UInt8>, number: Int, what: String) -> Range<Int> {
            let trimmed = ListBytes.trimmed(range, in: line)
            if trimmed != range, !trimmed.isEmpty {
                warn(number, "stray whitespace around '\(ListBytes.string(trimmed, in: line))' in \(what) [whitespace]")
            }
            return trimmed
        }

        /// `key=value` from a trimmed byte range; an error when there is no `=` or no key.
        mutating func keyValue(_ piece: Range<Int>, in line: UnsafeBufferPointer<UInt8>, number: Int) -> (String, String)? {
            guard let eq = piece.first(where: { line[$0] == 0x3D }) else {
                errors.append(.malformedAttribute(file: path, line: number, text: ListBytes.string(piece, in: line)))
                return nil
            }
            let key = ListBytes.trimmed(piece.lowerBound..<eq, in: line)
            guard !key.isEmpty else {
                errors.append(.malformedAttribute(file: path, line: number, text: ListBytes.string(piece, in: line)))
                return nil
            }
            return (ListBytes.string(key, in: line), ListBytes.string(ListBytes.trimmed((eq + 1)..<piece.upperBound, in: line), in: line))
        }

        /// Checks known attributes: a wrong `type`/`role` is an error (it changes what the line means), other bad values warn.
        mutating func validate(_ pairs: [(String, String)], number: Int) -> Bool {
            for (key, value) in pairs where !value.isEmpty {
                switch key {
                case "type":
                    if EntityType(rawValue: value) == nil {
                        errors.append(.unknownType(file: path, line: number, value: value))
                        return false
                    }
                case "role":
                    if Entity.Role(rawValue: value) == nil {
                        errors.append(.unknownRole(file: path, line: number, value: value))
                        return false
                    }
                case "source":
                    if value != "curated" && value != "generated" { badValue(number, key, value, "curated or generated") }
                case "pop":
                    if Int(value) == nil || value.hasPrefix("-") || value.hasPrefix("+") { badValue(number, key, value, "a whole number") }
                case "cc":
                    if value.utf8.count != 2 || !value.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
                        badValue(number, key, value, "an ISO 3166-1 alpha-2 code such as FR")
                    }
                case "capital_of":
                    if !GazetteerFile.isValidID(value) { badValue(number, key, value, "an id such as iso:FR") }
                case "amb":
                    if Entity.Ambiguity(attribute: value) == nil { badValue(number, key, value, "word, firstname, code, comma-separated") }
                case "case":
                    if Entity.CasePolicy(rawValue: value) == nil { badValue(number, key, value, "exact, any or entry") }
                case "disabled", "in-name":
                    if value != "0" && value != "1" { badValue(number, key, value, "1 or 0") }
                default:
                    if !GazetteerFile.knownKeys.contains(key),
                       let near = GazetteerFile.knownKeys.first(where: { ListBytes.editDistance($0, key) <= 2 && $0.count > 2 }) {
                        warn(number, "unknown attribute '\(key)': did you mean '\(near)'? [attribute]")
                    }
                }
            }
            return true
        }

        mutating func badValue(_ number: Int, _ key: String, _ value: String, _ expected: String) {
            warn(number, "\(key)=\(value): expected \(expected) [attribute]")
        }

        mutating func checkNames(canonical: Range<Int>, aliases: [String], in line: UnsafeBufferPointer<UInt8>, number: Int) {
            var seenForms: [String] = []
            for form in [ListBytes.string(canonical, in: line)] + aliases {
                if seenForms.contains(form) {
                    warn(number, "'\(form)' is listed twice on this line [repeated-form]")
                    continue
                }
                seenForms.append(form)
                for problem in GazetteerFile.problems(inForm: form) { warn(number, problem) }
            }
        }
    }

    /// Whether `id` is `namespace:value` with a known namespace and no space, `|` or `;`.
    public static func isValidID(_ id: String) -> Bool {
        var copy = id
        return copy.withUTF8 { bytes in
            guard let colon = bytes.firstIndex(of: 0x3A), colon + 1 < bytes.count else { return false }
            let namespace = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<colon]), as: UTF8.self)
            guard namespaces.contains(namespace) else { return false }
            // Ids are ASCII in practice; a no-break space (C2 A0) is the one invisible space worth catching.
            for (i, b) in bytes.enumerated() where b <= 0x20 || b == 0x7C || b == 0x3B || (b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0) {
                return false
            }
            return true
        }
    }
}
