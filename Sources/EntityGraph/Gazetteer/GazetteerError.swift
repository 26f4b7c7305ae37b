/// Errors of the Gazetteer stage; each prints as `file:line: message`.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    /// No gazetteer folder was given or found.
    case notFound(searched: [String])
    /// A gazetteer file cannot be read.
    case unreadable(path: String, reason: String)
    /// A line is not valid UTF-8.
    case invalidUTF8(file: String, line: Int)
    /// A line has more than four non-empty columns.
    case tooManyColumns(file: String, line: Int, count: Int)
    /// Column 1 is empty while other columns are not.
    case emptyCanonical(file: String, line: Int)
    /// An attribute is not `key=value`.
    case malformedAttribute(file: String, line: Int, text: String)
    /// `type=` names no entity type.
    case unknownType(file: String, line: Int, value: String)
    /// `role=` is neither `name` nor `demonym`.
    case unknownRole(file: String, line: Int, value: String)
    /// Column 3 is not a namespaced id.
    case invalidID(file: String, line: Int, value: String)
    /// An entity line has no type, neither on the line nor in a `#!` header.
    case missingType(file: String, line: Int, name: String)
    /// A line is both an entity (`type=`) and a word list entry (`list=`).
    case typeAndList(file: String, line: Int)
    /// Any other invalid line (import formats).
    case invalidLine(file: String, line: Int, reason: String)
    /// Several errors, in file and line order.
    case several([GazetteerError])

    /// Every error, `several` flattened.
    public var all: [GazetteerError] {
        if case .several(let errors) = self { return errors.flatMap(\.all) }
        return [self]
    }

    /// One error for a list of them (the list must not be empty).
    static func combining(_ errors: [GazetteerError]) -> GazetteerError {
        errors.count == 1 ? errors[0] : .several(errors)
    }

    /// Where the error is, `file:line`, when it concerns one line.
    public var location: String? {
        switch self {
        case .invalidUTF8(let file, let line), .tooManyColumns(let file, let line, _), .emptyCanonical(let file, let line),
             .malformedAttribute(let file, let line, _), .unknownType(let file, let line, _), .unknownRole(let file, let line, _),
             .invalidID(let file, let line, _), .missingType(let file, let line, _), .typeAndList(let file, let line),
             .invalidLine(let file, let line, _):
            return "\(file):\(line)"
        case .unreadable(let path, _): return path
        case .notFound, .several: return nil
        }
    }

    /// What is wrong, without the location.
    public var reason: String {
        switch self {
        case .notFound(let searched):
            return "no gazetteers found (looked in \(searched.joined(separator: ", "))); "
                + "pass --gazetteers DIR or set ENTITYGRAPH_GAZETTEERS"
        case .unreadable(_, let reason): return "cannot read: \(reason)"
        case .invalidUTF8: return "invalid UTF-8 (save the file as UTF-8)"
        case .tooManyColumns(_, _, let count):
            return "\(count) columns, at most 4 (canonical, aliases, id, attributes) separated by one TAB"
        case .emptyCanonical: return "empty canonical name in column 1"
        case .malformedAttribute(_, _, let text): return "attribute '\(text)' is not key=value"
        case .unknownType(_, _, let value):
            return "unknown type '\(value)' (expected one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownRole(_, _, let value): return "unknown role '\(value)' (expected name or demonym)"
        case .invalidID(_, _, let value):
            return "invalid id '\(value)' (expected namespace:value, namespace one of \(GazetteerFile.namespaces.joined(separator: ", ")))"
        case .missingType(_, _, let name):
            return "no type for '\(name)': add type=PERSON|COUNTRY|ORG|PLACE in column 4 or a '#! type=...' header"
        case .typeAndList: return "both type= and list=: a line is an entity or a word list entry, not both"
        case .invalidLine(_, _, let reason): return reason
        case .several(let errors): return errors.map(\.description).joined(separator: "\n")
        }
    }

    public var description: String {
        if case .several = self { return reason }
        return location.map { "\($0): \(reason)" } ?? reason
    }
}
