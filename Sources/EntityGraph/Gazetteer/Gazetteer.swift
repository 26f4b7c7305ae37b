import Foundation

/// Every gazetteer file of a folder merged into entities (by id) and word lists.
///
/// Files load in byte order of their paths, `local/` last; entries with the same
/// id merge: forms are added in load order, later attributes override earlier
/// ones, the first declared canonical name stays.
public struct Gazetteer: Sendable {
    /// Entities in first-declaration order (disabled ones included, marked).
    public private(set) var entities: [Entity] = []
    /// Word lists (`#! list=NAME`): name -> entries (column 1 and column 2 forms) with attributes.
    public private(set) var wordLists: [String: [(word: String, attributes: [String: String])]] = [:]
    /// Warnings found while loading.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The files read, in load order.
    public private(set) var files: [String] = []

    private var indexByID: [String: Int] = [:]

    /// An empty gazetteer.
    public init() {}

    /// Loads every `*.tsv` file under `directory`, `local/` last.
    public init(directory: String) throws {
        self.init()
        for path in try Gazetteer.files(in: directory) {
            try add(GazetteerFile(contentsOf: path))
        }
    }

    /// The `.tsv` files of a gazetteer folder in load order.
    public static func files(in directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GazetteerError.unreadable(path: directory, reason: "not a folder")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw GazetteerError.unreadable(path: directory, reason: "cannot list folder")
        }
        var shipped: [String] = [], local: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".tsv") else { continue }
            if relative.hasPrefix("local/") { local.append(relative) } else { shipped.append(relative) }
        }
        let byBytes: (String, String) -> Bool = { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return (shipped.sorted(by: byBytes) + local.sorted(by: byBytes)).map { base + $0 }
    }

    /// Merges one parsed file.
    public mutating func add(_ file: GazetteerFile) throws {
        files.append(file.path)
        diagnostics.append(contentsOf: file.diagnostics)
        for entry in file.entries {
            let origin = "\(file.path):\(entry.line)"
            if let list = entry.attributes["list"] {
                var attributes = entry.attributes
                attributes["list"] = nil
                for word in [entry.canonical] + entry.aliases {
                    wordLists[list, default: []].append((word, attributes))
                }
                continue
            }
            guard let typeName = entry.attributes["type"], let type = EntityType(rawValue: typeName) else {
                throw GazetteerError.invalidLine(file: file.path, line: entry.line,
                    reason: "no type: add type=PERSON|COUNTRY|ORG|PLACE to the line or a '#! type=...' header")
            }
            let role = Entity.Role(rawValue: entry.attributes["role"] ?? "name") ?? .name
            var attributes = entry.attributes
            attributes["type"] = nil
            attributes["role"] = nil
            let id = entry.id ?? Gazetteer.derivedID(type: type, name: entry.canonical)
            let forms = ([entry.canonical] + entry.aliases).map { Entity.Form(text: $0, role: role, origin: origin) }
            if let index = indexByID[id] {
                var entity = entities[index]
                if entity.type != type {
                    diagnostics.append(Diagnostic(file: file.path, line: entry.line,
                        message: "id \(id) was declared as \(entity.type.rawValue) at \(entity.forms.first?.origin ?? "?"); line ignored"))
                    continue
                }
                for form in forms where !entity.forms.contains(where: { $0.text == form.text && $0.role == form.role }) {
                    entity.forms.append(form)
                }
                for (key, value) in attributes { entity.attributes[key] = value }
                entities[index] = entity
            } else if role == .demonym {
                diagnostics.append(Diagnostic(file: file.path, line: entry.line,
                    message: "demonyms of \(id), which no list declares; line ignored"))
            } else {
                indexByID[id] = entities.count
                entities.append(Entity(id: id, type: type, canonical: entry.canonical, forms: forms, attributes: attributes))
            }
        }
    }

    /// The entity with `id`, if any.
    public func entity(id: String) -> Entity? { indexByID[id].map { entities[$0] } }

    /// A stable id for entries without one: `local:` + type + folded canonical name.
    public static func derivedID(type: EntityType, name: String) -> String {
        let key = Normalizer.shared.key(name)
        let slug = key.unicodeScalars.map { s -> String in
            (s.properties.isAlphabetic || ("0"..."9").contains(s)) ? String(s) : "-"
        }.joined()
        return "local:\(type.rawValue.lowercased())/\(slug)"
    }
}
