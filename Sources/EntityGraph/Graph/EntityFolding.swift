/// Entities counted as another entity: capitals as their country with `--fold-capitals`.
///
/// Built from gazetteer entries by the caller, so the graph needs nothing from
/// the gazetteer but this map.
public struct EntityFolding: Sendable, Equatable {
    /// The entity a folded entity counts as.
    public struct Target: Sendable, Equatable {
        /// Its id.
        public var id: String
        /// Its canonical name.
        public var label: String
        /// Its type.
        public var type: EntityType

        /// Creates a target.
        public init(id: String, label: String, type: EntityType) {
            self.id = id
            self.label = label
            self.type = type
        }
    }

    private var targets: [String: Target]

    /// Folds each key entity id into its target.
    public init(_ targets: [String: Target] = [:]) { self.targets = targets }

    /// Capitals (`capital_of=ID`) folded into their country, when the list declares that country.
    public static func capitals(of entities: [Entity]) -> EntityFolding {
        var byID: [String: Entity] = [:]
        for entity in entities { byID[entity.id] = entity }
        var targets: [String: Target] = [:]
        for entity in entities {
            guard let countryID = entity.attributes["capital_of"], let country = byID[countryID], country.id != entity.id else { continue }
            targets[entity.id] = Target(id: country.id, label: country.canonical, type: country.type)
        }
        return EntityFolding(targets)
    }

    /// Whether nothing is folded.
    public var isEmpty: Bool { targets.isEmpty }

    /// The entity `id` counts as, if it is folded.
    public func target(of id: String) -> Target? { targets.isEmpty ? nil : targets[id] }
}
