@testable import EntityGraph
import Foundation
import Testing

@Suite("Compiled gazetteer cache")
struct GazetteerCacheTests {
    static let samples = [
        "Le ministre de la Défense, Jean-Yves Le Drian, et Ashton Carter à Paris.",
        "Les forces irakiennes et l'EI à Mossoul ; le maire de Sens en France.",
        "Orange est calme. Il habite à Orange. Florence Parly à Florence.",
    ]

    private func summary(_ compiled: CompiledGazetteer) -> [String] {
        GazetteerCacheTests.samples.flatMap { text in
            compiled.matches(in: AnalyzedText(text, lexicon: compiled.lexicon)).map { match in
                "\(match.tokens) \(compiled.id(ofEntity: match.entity)) \(compiled.origin(ofForm: match.form)) \(match.evidence) \(match.exact)"
            }
        }
    }

    @Test("serialized tables give the same matches, entities and word lists")
    func roundTrip() throws {
        let compiled = GazetteerFixtures.compiled
        let restored = try #require(CompiledGazetteer(serialized: compiled.serialized(key: "k"), key: "k"))
        #expect(summary(restored) == summary(compiled))
        #expect(summary(compiled).count > 8)
        #expect(Array(restored.entities) == Array(compiled.entities))
        #expect(restored.wordListNames == compiled.wordListNames)
        #expect(restored.isStopword(restored.key(of: "la")) && restored.isFirstName(restored.key(of: "Florence")))
        #expect(restored.lexicon.count == compiled.lexicon.count)
    }

    @Test("another key, another version or damaged bytes are refused, never trusted")
    func refusals() {
        let bytes = GazetteerFixtures.compiled.serialized(key: "k")
        #expect(CompiledGazetteer(serialized: bytes, key: "other") == nil)
        #expect(CompiledGazetteer(serialized: Array(bytes.dropLast(8)), key: "k") == nil)
        #expect(CompiledGazetteer(serialized: bytes + [0, 0, 0, 0, 0, 0, 0, 0], key: "k") == nil)
        var version = bytes
        version[7] = UInt8(ascii: "0")
        #expect(CompiledGazetteer(serialized: version, key: "k") == nil)
        #expect(CompiledGazetteer(serialized: [], key: "k") == nil)
        // Cut anywhere: every prefix is refused.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(CompiledGazetteer(serialized: Array(bytes[0..<length]), key: "k") == nil)
        }
    }

    /// A copy of the fixture lists in a new folder, and a cache folder beside it.
    private func workspace() throws -> (lists: String, cache: GazetteerCache, root: String) {
        let root = NSTemporaryDirectory() + "eg-cache-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: GazetteerFixtures.directory, toPath: root + "/gazetteers")
        var cache = GazetteerCache(directory: root + "/cache")
        cache.settleTime = 0
        return (root + "/gazetteers", cache, root)
    }

    private func load(_ lists: String, _ cache: GazetteerCache) throws -> CompiledGazetteer {
        try CompiledGazetteer.load(gazetteers: lists, cache: cache)
    }

    @Test("a list that changes is recompiled: edited, touched, added, removed")
    func invalidation() throws {
        let (lists, cache, root) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try load(lists, cache)
        #expect(!first.isFromCache)
        let second = try load(lists, cache)
        #expect(second.isFromCache)
        #expect(summary(second) == summary(first))

        // Same size, new contents: an edit that keeps the byte count.
        let organizations = lists + "/organizations.tsv"
        let text = try String(contentsOfFile: organizations, encoding: .utf8)
        try text.replacingOccurrences(of: "AFP\t", with: "APF\t").write(toFile: organizations, atomically: false, encoding: .utf8)
        let edited = try load(lists, cache)
        #expect(!edited.isFromCache)
        let probe = "Selon l'APF et l'AFP."
        #expect(edited.matches(in: AnalyzedText(probe, lexicon: edited.lexicon)).map { edited.text(ofForm: $0.form) } == ["APF"])
        #expect(try load(lists, cache).isFromCache)

        // Touched only.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: organizations)
        #expect(!(try load(lists, cache)).isFromCache)

        // A new user file, then its removal.
        try Data("#! type=ORG\nZorglub Industries\n".utf8).write(to: URL(fileURLWithPath: lists + "/local/more.tsv"))
        let added = try load(lists, cache)
        #expect(!added.isFromCache)
        #expect(added.matches(in: AnalyzedText("Chez Zorglub Industries.", lexicon: added.lexicon)).count == 1)
        try FileManager.default.removeItem(atPath: lists + "/local/more.tsv")
        let removed = try load(lists, cache)
        #expect(!removed.isFromCache)
        #expect(removed.matches(in: AnalyzedText("Chez Zorglub Industries.", lexicon: removed.lexicon)).isEmpty)
    }

    @Test("lists modified within the settle time are compiled but not stored")
    func settleTime() throws {
        var (lists, cache, root) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        cache.settleTime = 3600
        #expect(!(try load(lists, cache)).isFromCache)
        #expect(!(try load(lists, cache)).isFromCache)
        #expect(!FileManager.default.fileExists(atPath: cache.path(forGazetteers: lists)))
    }

    @Test("an unwritable cache is ignored; a list error is still an error")
    func unwritableCache() throws {
        let (lists, _, root) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blocked = GazetteerCache(directory: "/proc/entitygraph-cannot-write-here")
        #expect(!(try load(lists, blocked)).isFromCache)
        try Data("Paris\n".utf8).write(to: URL(fileURLWithPath: lists + "/local/bad.tsv"))
        #expect(throws: GazetteerError.self) { try load(lists, blocked) }
    }

    @Test("the standard cache folder follows the environment", arguments: [
        (["ENTITYGRAPH_CACHE_DIR": "/x/y", "HOME": "/h"], "/x/y"),
        (["ENTITYGRAPH_CACHE_DIR": "off", "HOME": "/h"], nil),
        (["XDG_CACHE_HOME": "/c", "HOME": "/h"], "/c/entitygraph"),
        (["HOME": "/h"], "/h/.cache/entitygraph"),
        ([:], nil),
    ] as [([String: String], String?)])
    func standardFolder(environment: [String: String], expected: String?) {
        #expect(GazetteerCache.standard(environment: environment)?.directory == expected)
    }
}
