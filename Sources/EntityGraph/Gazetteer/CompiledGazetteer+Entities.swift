extension CompiledGazetteer {
    /// The compiled entities as `Entity` values, built on access from the flat tables.
    public struct Entities: RandomAccessCollection, Sendable {
        let storage: Storage

        public var startIndex: Int { 0 }
        public var endIndex: Int { storage.entityType.count }

        /// Entity `index`, with its forms and attributes.
        public subscript(index: Int) -> Entity {
            let s = storage
            var attributes: [String: String] = [:]
            let packed = s.attributeSets[Int(s.entityAttributeSet[index])]
            if !packed.isEmpty {
                for pair in packed.split(separator: "\u{1F}") {
                    guard let eq = pair.firstIndex(of: "=") else { continue }
                    attributes[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
                }
            }
            if s.entityPopulation[index] > 0, attributes["pop"] == nil { attributes["pop"] = String(s.entityPopulation[index]) }
            var forms: [Entity.Form] = []
            for f in Int(s.entityFormStart[index])..<Int(s.entityFormStart[index + 1]) {
                let flags = FormFlags(rawValue: s.formFlags[f])
                var ambiguity: Entity.Ambiguity = []
                if flags.contains(.word) { ambiguity.insert(.word) }
                if flags.contains(.firstName) { ambiguity.insert(.firstName) }
                if flags.contains(.code) { ambiguity.insert(.code) }
                forms.append(Entity.Form(text: s.formText[f], role: flags.contains(.demonym) ? .demonym : .name,
                                         file: s.files[Int(s.formFile[f])], line: Int(s.formLine[f]),
                                         isCurated: flags.contains(.curated), ambiguity: ambiguity,
                                         casePolicy: flags.contains(.exactCase) ? .exact : flags.contains(.anyCase) ? .any : .entryDriven))
            }
            return Entity(id: s.entityID[index], type: EntityType.allCases[Int(s.entityType[index])],
                          canonical: s.entityCanonical[index], forms: forms, attributes: attributes)
        }
    }

    /// The entities, indexed by `Match.entity`.
    public var entities: Entities { Entities(storage: storage) }
}
