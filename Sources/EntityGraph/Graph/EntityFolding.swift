/// Entities counted as another entity: capitals as their country with `--fold-capitals`.
///
/// The graph needs nothing from the gazetteer but this map.
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

    /// Capitals (`capital_of=`) folded into their country, when the lists declare that country.
    public static func capitals(in gazetteer: CompiledGazetteer) -> EntityFolding {
        var countries: [String: Int] = [:]
        for index in 0..<gazetteer.entities.count where gazetteer.type(ofEntity: index) == .country {
            countries[gazetteer.id(ofEntity: index)] = index
        }
        var targets: [String: Target] = [:]
        for index in 0..<gazetteer.entities.count {
            guard let code = gazetteer.capitalOf(entity: index) else { continue }
            // The compiled lists keep the ISO code alone ("FR" for capital_of=iso:FR).
            let countryID = code.contains(":") ? code : "iso:" + code
            guard let country = countries[countryID], country != index else { continue }
            targets[gazetteer.id(ofEntity: index)] = Target(id: countryID, label: gazetteer.canonical(ofEntity: country), type: .country)
        }
        return EntityFolding(targets)
    }

    /// Whether nothing is folded.
    public var isEmpty: Bool { targets.isEmpty }

    /// The entity `id` counts as, if it is folded.
    public func target(of id: String) -> Target? { targets.isEmpty ? nil : targets[id] }
}
