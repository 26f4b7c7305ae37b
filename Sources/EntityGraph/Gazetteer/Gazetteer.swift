import Foundation

/// Every gazetteer file of a folder merged into entities (by id) and word lists.
///
/// Files load in byte order of their paths, `local/` last. Ids are resolved
/// only after every file is read, so a demonym file may sort before the
/// country file it refers to. The merge rules are in `gazetteers/README.md`
/// (*Loading order and merging*).
public struct Gazetteer: Sendable {
    /// One word or phrase of a word list (`#! list=NAME`).
    public struct Word: Sendable, Equatable {
        /// The word or phrase as written.
        public var text: String
        /// The file that declared it.
        public var file: String
        /// The 1-based line that declared it.
        public var line: Int
        /// The line's attributes (`lang`, `gender`, ...), `list` left out.
        public var attributes: [String: String]
    }

    /// Entities in first-declaration order (disabled ones included, marked).
    public private(set) var entities: [Entity] = []
    /// Word lists by name, each in declaration order, switched-off words removed.
    public private(set) var wordLists: [String: [Word]] = [:]
    /// Warnings found while loading, in load order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Errors found while loading; `init(directory:)` throws them.
    public private(set) var errors: [GazetteerError] = []
    /// The files read, in load order.
    public private(set) var files: [String] = []

    private var indexByID: [String: Int] = [:]
    private var indexByName: [String: [Int]]?

    /// An empty gazetteer.
    public init() {}

    /// Loads every `*.tsv` file under `directory`, `local/` last; throws if any line is in error.
    public init(directory: String) throws {
        self = try Gazetteer.read(directory: directory)
        if !errors.isEmpty { throw GazetteerError.combining(errors) }
    }

    /// Loads every `*.tsv` file under `directory`, keeping line errors in `errors`; throws only when a file cannot be read.
    public static func read(directory: String) throws -> Gazetteer {
        Gazetteer(files: try Gazetteer.files(in: directory).map { try GazetteerFile(contentsOf: $0) })
    }

    /// Merges parsed files in the given order.
    public init(files parsed: [GazetteerFile]) {
        var deferredNames: [(GazetteerFile, GazetteerFile.Entry)] = []
        var demonyms: [(GazetteerFile, GazetteerFile.Entry)] = []
        var switches: [(GazetteerFile, GazetteerFile.Entry)] = []
        var removedWords: [String: Set<String>] = [:]
        for file in parsed {
            files.append(file.path)
            diagnostics.append(contentsOf: file.diagnostics)
            errors.append(contentsOf: file.errors)
            for entry in file.entries {
                if let list = entry.attributes["list"] {
                    var attributes = entry.attributes
                    attributes["list"] = nil
                    if attributes["disabled"] == "1" {
                        for form in entry.forms { removedWords[list, default: []].insert(Normalizer.shared.key(form)) }
                        continue
                    }
                    attributes["disabled"] = nil
                    for form in entry.forms {
                        wordLists[list, default: []].append(Word(text: form, file: file.path, line: entry.line, attributes: attributes))
                    }
                } else if entry.attributes["disabled"] != nil {
                    switches.append((file, entry))
                } else if entry.attributes["role"] == "demonym" {
                    demonyms.append((file, entry))
                } else if let id = entry.id {
                    declare(entry, id: id, in: file)
                } else {
                    deferredNames.append((file, entry))
                }
            }
        }
        for (file, entry) in deferredNames {
            let type = EntityType(rawValue: entry.attributes["type"]!)!
            let derived = Gazetteer.derivedID(type: type, name: entry.canonical)
            if indexByID[derived] != nil {
                declare(entry, id: derived, in: file)
            } else if let index = uniqueEntity(named: entry.canonical, type: type, file: file, entry: entry) {
                declare(entry, id: entities[index].id, in: file)
            } else if entityIndices(named: entry.canonical, type: type).isEmpty {
                declare(entry, id: derived, in: file)
                indexByName?[Gazetteer.nameKey(type, entry.canonical), default: []].append(entities.count - 1)
            }
        }
        for (file, entry) in demonyms {
            guard let id = entry.id else {
                warn(file, entry, "demonyms need the id of their country in column 3; line ignored [unknown-id]")
                continue
            }
            guard indexByID[id] != nil else {
                warn(file, entry, "demonyms of \(id), which no list declares; line ignored [unknown-id]")
                continue
            }
            declare(entry, id: id, in: file)
        }
        for (file, entry) in switches {
            let type = EntityType(rawValue: entry.attributes["type"] ?? "") ?? .place
            let index: Int?
            if let id = entry.id {
                index = indexByID[id]
                if index == nil { warn(file, entry, "\(id): no list declares this id; nothing to switch [unknown-id]") }
            } else {
                index = uniqueEntity(named: entry.canonical, type: type, file: file, entry: entry)
                if index == nil, entityIndices(named: entry.canonical, type: type).isEmpty {
                    warn(file, entry, "no \(type.rawValue) is named '\(entry.canonical)'; nothing to switch [unknown-id]")
                }
            }
            if let index { declare(entry, id: entities[index].id, in: file, switchOnly: true) }
        }
        for (list, keys) in removedWords {
            wordLists[list]?.removeAll { keys.contains(Normalizer.shared.key($0.text)) }
        }
    }

    /// The `.tsv` files of a gazetteer folder in load order: byte order of the relative paths, `local/` last.
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

    /// The entity with `id`, if any.
    public func entity(id: String) -> Entity? { indexByID[id].map { entities[$0] } }

    /// A stable id for entries without one: `local:` + type + folded canonical name.
    public static func derivedID(type: EntityType, name: String) -> String {
        let key = Normalizer.shared.key(name)
        var slug = ""
        var dash = false
        for s in key.unicodeScalars {
            if s.properties.isAlphabetic || ("0"..."9").contains(s) {
                if dash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(s)
                dash = false
            } else {
                dash = true
            }
        }
        return "local:\(type.rawValue.lowercased())/\(slug)"
    }

    // MARK: - Merging

    private mutating func warn(_ file: GazetteerFile, _ entry: GazetteerFile.Entry, _ message: String) {
        diagnostics.append(Diagnostic(file: file.path, line: entry.line, message: message))
    }

    /// Creates the entity `id` or merges the entry into it.
    private mutating func declare(_ entry: GazetteerFile.Entry, id: String, in file: GazetteerFile, switchOnly: Bool = false) {
        let type = EntityType(rawValue: entry.attributes["type"] ?? "") ?? entities[indexByID[id] ?? 0].type
        let role = Entity.Role(rawValue: entry.attributes["role"] ?? "name") ?? .name
        let isCurated = entry.attributes["source"] != "generated"
        let ambiguity = entry.attributes["amb"].flatMap(Entity.Ambiguity.init(attribute:)) ?? []
        let casePolicy = entry.attributes["case"].flatMap(Entity.CasePolicy.init(rawValue:)) ?? .entryDriven
        let forms = entry.forms.map {
            Entity.Form(text: $0, role: role, file: file.path, line: entry.line, isCurated: isCurated,
                        ambiguity: ambiguity, casePolicy: casePolicy)
        }
        var attributes = entry.attributes
        // Per-form keys live on the forms, not on the entity.
        for key in ["type", "role", "amb", "case"] { attributes[key] = nil }
        guard let index = indexByID[id] else {
            indexByID[id] = entities.count
            entities.append(Entity(id: id, type: type, canonical: entry.canonical, forms: forms, attributes: attributes))
            return
        }
        var entity = entities[index]
        if entity.type != type {
            warn(file, entry, "\(id) is a \(entity.type.rawValue) (\(entity.forms.first?.origin ?? "?")), "
                 + "not a \(type.rawValue); line ignored [type-conflict]")
            return
        }
        for form in forms where !entity.forms.contains(where: { $0.text == form.text && $0.role == form.role }) {
            entity.forms.append(form)
        }
        // Demonym lines add forms only: their header (lang, source) describes the demonyms, not the country.
        // A switch line changes only `disabled`.
        if role == .demonym || switchOnly {
            if switchOnly { entity.attributes["disabled"] = attributes["disabled"] }
            entities[index] = entity
            return
        }
        // A merged line is generated only if every line is: a curated alias vouches for the entity.
        if entity.attributes["source"] == "generated" || attributes["source"] == "generated" {
            let generated = entity.attributes["source"] == "generated" && attributes["source"] == "generated"
            attributes["source"] = generated ? "generated" : "curated"
        }
        for (key, value) in attributes { entity.attributes[key] = value }
        entities[index] = entity
    }

    private static func nameKey(_ type: EntityType, _ name: String) -> String {
        type.rawValue + "\u{1}" + Normalizer.shared.key(name)
    }

    private mutating func entityIndices(named name: String, type: EntityType) -> [Int] {
        if indexByName == nil {
            var index: [String: [Int]] = [:]
            for (i, entity) in entities.enumerated() { index[Gazetteer.nameKey(entity.type, entity.canonical), default: []].append(i) }
            indexByName = index
        }
        return indexByName?[Gazetteer.nameKey(type, name)] ?? []
    }

    /// The only entity of `type` whose canonical name folds like `name`; warns when there are several.
    private mutating func uniqueEntity(named name: String, type: EntityType, file: GazetteerFile,
                                       entry: GazetteerFile.Entry) -> Int? {
        let candidates = entityIndices(named: name, type: type)
        if candidates.count > 1 {
            let ids = candidates.prefix(4).map { entities[$0].id }.joined(separator: ", ")
            warn(file, entry, "\(candidates.count) \(type.rawValue) entities are named '\(name)' (\(ids)\(candidates.count > 4 ? ", ..." : "")): "
                 + "put the id in column 3; line ignored [ambiguous-name]")
            return nil
        }
        return candidates.first
    }
}
