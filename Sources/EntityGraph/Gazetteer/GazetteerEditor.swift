import Foundation

/// Adds names to, and switches entries off in, the user's list (`local/` of a gazetteer folder), safely.
///
/// Every edit appends lines and never rewrites existing ones, so the user's
/// comments and order survive; it is idempotent (an edit already in force
/// changes nothing); the edited file is validated with the same parser and
/// merge as `gazetteer check` before it is written, and written atomically
/// (`AtomicFile`), so a failed write leaves the list as it was.
public struct GazetteerEditor: Sendable {
    /// One planned change of one file.
    public struct Edit: Sendable {
        /// The file to write.
        public var path: String
        /// Its contents before (empty when it does not exist).
        public var before: String
        /// Its contents after.
        public var after: String
        /// What the edit does, in one line (`added PERSON 'Ashton Carter' to gazetteers/local/added.tsv`).
        public var summary: String
        /// Warnings `gazetteer check` gives for the edited file that it did not give before.
        public var diagnostics: [Diagnostic]

        /// Whether the file changes.
        public var changesFile: Bool { before != after }
    }

    /// The gazetteer folder.
    public let directory: String
    /// The file edited when none is given: `local/added.tsv` in the folder.
    public var defaultFile: String { (directory.hasSuffix("/") ? directory : directory + "/") + "local/added.tsv" }

    /// An editor of the lists in `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// Plans adding `name` (with `aliases` and optional `id`) as a `type` to `file` (default `local/added.tsv`).
    public func add(_ name: String, type: EntityType, aliases: [String] = [], id: String? = nil, to file: String? = nil) throws -> Edit {
        let path = file ?? defaultFile
        let before = try GazetteerEditor.contents(of: path)
        let parsed = GazetteerFile(path: path, contents: before)
        let nameKey = Normalizer.shared.key(name)
        let mine = parsed.entries.filter { (entry: GazetteerFile.Entry) -> Bool in
            guard entry.attributes["type"] == type.rawValue, entry.attributes["list"] == nil else { return false }
            if let id { return entry.id == id }
            return Normalizer.shared.key(entry.canonical) == nameKey
        }
        let present = Set(mine.filter { $0.attributes["disabled"] == nil }.flatMap { $0.forms })
        let switchedOff = mine.last(where: { $0.attributes["disabled"] != nil })?.attributes["disabled"] == "1"
        let missing = ([name] + aliases).filter { !present.contains($0) }
        var lines: [String] = []
        if !missing.isEmpty {
            let newAliases = (aliases.filter { missing.contains($0) && $0 != name })
            lines.append(GazetteerEditor.line(name, aliases: newAliases, id: id, attributes: ""))
        }
        if switchedOff { lines.append(GazetteerEditor.line(name, aliases: [], id: id, attributes: "disabled=0")) }
        let after = GazetteerEditor.appending(lines, type: type, to: before)
        let summary = lines.isEmpty ? "\(type.rawValue) '\(name)' is already in \(path): nothing to do"
            : "added \(type.rawValue) '\(name)'\(aliases.isEmpty ? "" : " (aliases: \(aliases.joined(separator: ", ")))") to \(path)"
        return try validated(Edit(path: path, before: before, after: after, summary: summary, diagnostics: []))
    }

    /// Plans switching off the entity named `name` (or with `id`), of `type` if given, with a `disabled=1` line in `file`.
    public func remove(_ name: String, type: EntityType? = nil, id: String? = nil, to file: String? = nil) throws -> Edit {
        let path = file ?? defaultFile
        let gazetteer = try Gazetteer(directory: directory)
        let key = Normalizer.shared.key(name)
        let matches = gazetteer.entities.filter { entity in
            if let id { return entity.id == id }
            return (type == nil || entity.type == type) && entity.forms.contains { $0.role == .name && Normalizer.shared.key($0.text) == key }
        }
        guard let entity = matches.first else {
            throw GazetteerEditError.notFound(name: id ?? name, type: type)
        }
        guard matches.count == 1 else {
            throw GazetteerEditError.ambiguous(name: name, ids: matches.map(\.id))
        }
        let before = try GazetteerEditor.contents(of: path)
        if entity.attributes["disabled"] == "1" {
            return Edit(path: path, before: before, after: before,
                        summary: "\(entity.type.rawValue) '\(entity.canonical)' (\(entity.id)) is already switched off: nothing to do",
                        diagnostics: [])
        }
        let after = GazetteerEditor.appending([GazetteerEditor.line(entity.canonical, aliases: [], id: entity.id, attributes: "disabled=1")],
                                              type: entity.type, to: before)
        return try validated(Edit(path: path, before: before, after: after,
                                  summary: "switched off \(entity.type.rawValue) '\(entity.canonical)' (\(entity.id)) in \(path)", diagnostics: []))
    }

    /// Writes the edit atomically (creating the file's folder when needed); does nothing when the file does not change.
    public func apply(_ edit: Edit) throws {
        guard edit.changesFile else { return }
        let folder = URL(fileURLWithPath: edit.path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try AtomicFile.write(edit.after, to: edit.path)
    }

    /// The parsed files of the folder with the edit applied in memory (the edited file added if new), in load order.
    public func files(with edit: Edit) throws -> [GazetteerFile] {
        var paths = try Gazetteer.files(in: directory)
        let target = GazetteerEditor.standardized(edit.path)
        if !paths.contains(where: { GazetteerEditor.standardized($0) == target }) {
            paths.append(edit.path)
            let localPrefix = GazetteerEditor.standardized(directory) + "/local/"
            let local = paths.filter { GazetteerEditor.standardized($0).hasPrefix(localPrefix) }
            paths = paths.filter { !local.contains($0) } + local.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
        return try paths.map { path in
            GazetteerEditor.standardized(path) == target ? GazetteerFile(path: path, contents: edit.after) : try GazetteerFile(contentsOf: path)
        }
    }

    // MARK: - Checking and formatting

    /// The edit with its new warnings, or an error when the edited lists would not load.
    private func validated(_ edit: Edit) throws -> Edit {
        guard edit.changesFile else { return edit }
        let edited = Gazetteer(files: try files(with: edit))
        let oldFile = GazetteerFile(path: edit.path, contents: edit.before)
        let newFile = GazetteerFile(path: edit.path, contents: edit.after)
        if newFile.errors.count > oldFile.errors.count || (!edited.errors.isEmpty && oldFile.errors.isEmpty) {
            let errors = newFile.errors.count > oldFile.errors.count ? Array(newFile.errors[oldFile.errors.count...]) : edited.errors
            throw GazetteerEditError.invalid(errors.map(\.description))
        }
        let firstNewLine = edit.before.utf8.filter { $0 == 0x0A }.count + 1
        var result = edit
        result.diagnostics = edited.diagnostics.filter {
            GazetteerEditor.standardized($0.file) == GazetteerEditor.standardized(edit.path) && ($0.line ?? 0) >= firstNewLine
        }
        return result
    }

    /// One entry line; names holding a TAB, `|` or a line break cannot be written.
    static func line(_ name: String, aliases: [String], id: String?, attributes: String) -> String {
        var columns = [name, aliases.joined(separator: "|"), id ?? "", attributes]
        while columns.count > 1, columns.last!.isEmpty { columns.removeLast() }
        return columns.joined(separator: "\t")
    }

    /// `text` with `lines` appended under a header that sets `type` and clears every other default the file set.
    static func appending(_ lines: [String], type: EntityType, to text: String) -> String {
        guard !lines.isEmpty else { return text }
        var headerKeys: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("#!") {
            for piece in line.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let key = String(piece.prefix { $0 != "=" })
                if key != "type", !headerKeys.contains(key) { headerKeys.append(key) }
            }
        }
        let header = (["#! type=\(type.rawValue)"] + headerKeys.map { $0 + "=" }).joined(separator: " ")
        let lastHeader = text.split(separator: "\n").last { $0.hasPrefix("#!") }.map(String.init)
        var result = text
        if !result.isEmpty, !result.hasSuffix("\n") { result += "\n" }
        if lastHeader != header { result += header + "\n" }
        for line in lines { result += line + "\n" }
        return result
    }

    /// The file's text, or "" when it does not exist.
    static func contents(of path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "" }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GazetteerError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
            throw GazetteerEditError.invalid(["\(path): not UTF-8: fix it before editing"])
        }
        return text
    }

    static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

/// Why a list edit was refused.
public enum GazetteerEditError: Error, CustomStringConvertible, Equatable {
    /// No entity has that name or id.
    case notFound(name: String, type: EntityType?)
    /// Several entities have that name: the id is needed.
    case ambiguous(name: String, ids: [String])
    /// The edited lists would not load; the messages of `gazetteer check`.
    case invalid([String])

    /// The message, with what to do.
    public var description: String {
        switch self {
        case .notFound(let name, let type):
            return "no \(type?.rawValue ?? "entity") named '\(name)' in the lists (see `entitygraph gazetteer show`)"
        case .ambiguous(let name, let ids):
            return "\(ids.count) entities are named '\(name)' (\(ids.prefix(5).joined(separator: ", "))): give --id or --type"
        case .invalid(let messages):
            return "the edit would make the lists invalid; nothing written:\n" + messages.joined(separator: "\n")
        }
    }
}
