import Dispatch

extension CompiledGazetteer {
    /// First bytes of a serialized gazetteer; the last digits change whenever the layout does.
    static let magic: [UInt8] = Array("EGGAZ004".utf8)
    /// Written in native byte order; a reader with the other order sees a different value and rebuilds.
    static let byteOrderMark: UInt32 = 0x0102_0304

    /// The compiled tables as bytes, headed by `key` (what they were compiled from).
    func serialized(key: String) -> [UInt8] {
        var w = BinaryWriter()
        w.bytes.append(contentsOf: CompiledGazetteer.magic)
        w.write([CompiledGazetteer.byteOrderMark])
        w.write(Array(key.utf8))
        var arena: [UInt8] = [], offsets: [Int32] = [0]
        for id in 0..<lexicon.count {
            arena.append(contentsOf: lexicon.key(of: Int32(id)).utf8)
            offsets.append(Int32(arena.count))
        }
        w.write(arena)
        w.write(offsets)
        let s = storage
        w.write(s.entityID)
        w.write(s.entityCanonical)
        w.write(s.entityType)
        w.write(s.entityPopulation)
        w.write(s.entityCountry)
        w.write(s.entityCapitalOf)
        w.write(s.entityAttributeSet)
        w.write(s.attributeSets)
        w.write(s.entityFormStart)
        w.write(s.formText)
        w.write(s.formEntity)
        w.write(s.formFlags)
        w.write(s.formFile)
        w.write(s.formLine)
        w.write(s.formRuleStart)
        w.write(s.formRules)
        w.write(s.files)
        w.write(s.rootChild)
        w.write(s.edges.keys)
        w.write(s.edges.values)
        w.write(s.nodeFormStart)
        w.write(s.nodeForms)
        w.write([Int32(s.lists.count)])
        for list in s.lists {
            w.write(Array(list.name.utf8))
            w.write(list.singles)
            w.write(list.phrases.flatMap { $0 })
            w.write(list.phrases.map { Int32($0.count) })
        }
        return w.bytes
    }

    /// Restores a serialized gazetteer; nil when the bytes are not one, or were compiled from something other than `key`.
    init?(serialized bytes: [UInt8], key: String) {
        guard let restored = bytes.withUnsafeBytes({ CompiledGazetteer(serialized: $0, key: key) }) else { return nil }
        self = restored
    }

    /// Restores a serialized gazetteer from memory (a mapped cache file); every array is copied out.
    init?(serialized bytes: UnsafeRawBufferPointer, key: String) {
        var r = BinaryReader(bytes: bytes)
        let magic = CompiledGazetteer.magic
        guard bytes.count > magic.count, magic.indices.allSatisfy({ bytes[$0] == magic[$0] }) else { return nil }
        r.offset = magic.count
        guard let mark: [UInt32] = r.read(), mark == [CompiledGazetteer.byteOrderMark],
              let storedKey: [UInt8] = r.read(), storedKey == Array(key.utf8),
              let arena: [UInt8] = r.read(), let offsets: [Int32] = r.read(), offsets.first == 0,
              offsets.last.map({ Int($0) == arena.count }) == true, isNondecreasing(offsets) else { return nil }
        // Interning ~140k keys is the slowest step (~40 ms): it runs on another core while the tables are read.
        let lexiconBuild = LexiconBuild(arena: arena, offsets: offsets)
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { lexiconBuild.run() }
        guard let entityID = r.readTable(), let entityCanonical = r.readTable(),
              let entityType: [UInt8] = r.read(), let entityPopulation: [UInt32] = r.read(),
              let entityCountry: [UInt16] = r.read(), let entityCapitalOf: [UInt16] = r.read(),
              let entityAttributeSet: [Int32] = r.read(), let attributeSets = r.readTable(), let entityFormStart: [Int32] = r.read(),
              let formText = r.readTable(), let formEntity: [Int32] = r.read(), let formFlags: [UInt16] = r.read(),
              let formFile: [UInt16] = r.read(), let formLine: [Int32] = r.read(), let formRuleStart: [Int32] = r.read(),
              let formRules: [UInt8] = r.read(), let files = r.readTable(), let rootChild: [Int32] = r.read(),
              let edgeKeys: [UInt64] = r.read(), let edgeValues: [Int32] = r.read(), let edges = EdgeTable(keys: edgeKeys, values: edgeValues),
              let nodeFormStart: [Int32] = r.read(), let nodeForms: [Int32] = r.read(),
              let listCount: [Int32] = r.read(), listCount.count == 1 else {
            group.wait()
            return nil
        }
        let entities = entityType.count, forms = formEntity.count, nodes = nodeFormStart.count - 1
        guard entityID.count == entities, entityCanonical.count == entities, entityPopulation.count == entities,
              entityCountry.count == entities, entityCapitalOf.count == entities, entityAttributeSet.count == entities,
              entityFormStart.count == entities + 1, entityFormStart.last.map(Int.init) == forms,
              formText.count == forms, formFlags.count == forms, formFile.count == forms, formLine.count == forms,
              formRuleStart.count == forms + 1, formRuleStart.last.map(Int.init) == formRules.count,
              rootChild.count == offsets.count - 1, nodes >= 1, nodeFormStart.last.map(Int.init) == nodeForms.count,
              entityType.allSatisfy({ Int($0) < EntityType.allCases.count }),
              entityAttributeSet.allSatisfy({ $0 >= 0 && Int($0) < attributeSets.count }),
              isNondecreasing(entityFormStart), isNondecreasing(formRuleStart), isNondecreasing(nodeFormStart),
              formEntity.allSatisfy({ $0 >= 0 && Int($0) < entities }), nodeForms.allSatisfy({ $0 >= 0 && Int($0) < forms }),
              formFile.allSatisfy({ Int($0) < files.count }),
              rootChild.allSatisfy({ $0 >= 0 && Int($0) < nodes }), edgeValues.allSatisfy({ $0 >= 0 && Int($0) < nodes }) else {
            group.wait()
            return nil
        }
        var lists: [WordList] = []
        for _ in 0..<Int(listCount[0]) {
            guard let name: [UInt8] = r.read(), let singles: [Int32] = r.read(), let flat: [Int32] = r.read(),
                  let lengths: [Int32] = r.read(), lengths.allSatisfy({ $0 > 0 }), lengths.reduce(0, { $0 + Int($1) }) == flat.count else {
                group.wait()
                return nil
            }
            var phrases: [[Int32]] = []
            var start = 0
            for length in lengths {
                phrases.append(Array(flat[start..<(start + Int(length))]))
                start += Int(length)
            }
            lists.append(WordList(name: String(decoding: name, as: UTF8.self), singles: singles, phrases: phrases, keyCount: offsets.count - 1))
        }
        group.wait()
        guard r.offset == bytes.count, let lexicon = lexiconBuild.lexicon else { return nil }
        let storage = Storage(entityID: entityID, entityCanonical: entityCanonical, entityType: entityType,
                              entityPopulation: entityPopulation, entityCountry: entityCountry, entityCapitalOf: entityCapitalOf,
                              entityAttributeSet: entityAttributeSet, attributeSets: attributeSets, entityFormStart: entityFormStart,
                              formText: formText, formEntity: formEntity, formFlags: formFlags, formFile: formFile, formLine: formLine,
                              formRuleStart: formRuleStart, formRules: formRules, files: files, rootChild: rootChild, edges: edges,
                              nodeFormStart: nodeFormStart, nodeForms: nodeForms, lists: lists)
        self.init(lexicon: lexicon, storage: storage)
    }
}

/// Re-interns the serialized lexicon keys in id order, on whichever thread runs it; `lexicon` is read after the
/// dispatch group it ran in has been waited for, which orders the accesses.
private final class LexiconBuild: @unchecked Sendable {
    let arena: [UInt8]
    let offsets: [Int32]
    var lexicon: Lexicon?

    init(arena: [UInt8], offsets: [Int32]) {
        self.arena = arena
        self.offsets = offsets
    }

    func run() {
        var lexicon = Lexicon(capacity: offsets.count)
        var key: [UInt8] = []
        key.reserveCapacity(64)
        for id in 0..<(offsets.count - 1) {
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: arena[Int(offsets[id])..<Int(offsets[id + 1])])
            // A duplicate key would shift every later id: such bytes are not ours.
            guard lexicon.intern(key) == Int32(id) else { return }
        }
        self.lexicon = lexicon
    }
}

/// Whether every value is at least the one before it and the first is not negative (ranges built from it never trap).
private func isNondecreasing(_ values: [Int32]) -> Bool {
    (values.first ?? 0) >= 0 && zip(values, values.dropFirst()).allSatisfy { $0 <= $1 }
}

/// Appends arrays of fixed-width integers as `count, raw bytes`, each padded to 8 bytes.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ array: [T]) {
        var count = UInt64(array.count)
        withUnsafeBytes(of: &count) { bytes.append(contentsOf: $0) }
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    mutating func write(_ table: StringTable) {
        write(table.arena)
        write(table.offsets)
    }
}

/// Reads what `BinaryWriter` wrote; every read checks bounds and returns nil past the end.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    mutating func read<T: FixedWidthInteger>() -> [T]? {
        guard offset + 8 <= bytes.count else { return nil }
        var count: UInt64 = 0
        withUnsafeMutableBytes(of: &count) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 8)])) }
        offset += 8
        guard count < UInt64(Int32.max) else { return nil }
        let size = Int(count) * MemoryLayout<T>.stride
        guard offset + size <= bytes.count else { return nil }
        let source = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + size)])
        let result = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            initialized = Int(count)
        }
        offset += size
        offset = (offset + 7) & ~7
        return result
    }

    mutating func readTable() -> StringTable? {
        guard let arena: [UInt8] = read(), let offsets: [Int32] = read(), offsets.first == 0,
              offsets.last.map({ Int($0) == arena.count }) == true, isNondecreasing(offsets) else { return nil }
        return StringTable(arena: arena, offsets: offsets)
    }
}
