/// A gazetteer entity: one id, one type, one canonical name, and every form it is written in.
public struct Entity: Sendable, Equatable {
    /// How a form relates to the entity.
    public enum Role: String, Sendable {
        /// A name of the entity ("Syrie", "EI").
        case name
        /// A demonym or nationality adjective of a country ("irakiennes").
        case demonym
    }

    /// One written form of the entity and where it was declared.
    public struct Form: Sendable, Equatable {
        /// The form as written in the list.
        public var text: String
        /// Name or demonym.
        public var role: Role
        /// The file and line that declared it.
        public var origin: String
    }

    /// Namespaced id (`iso:FR`, `geonames:2988507`, `eg:org/nato`, `local:...`), derived from type and name when absent.
    public var id: String
    /// The entity's type.
    public var type: EntityType
    /// The canonical name.
    public var canonical: String
    /// Every form, canonical first, in declaration order.
    public var forms: [Form]
    /// Attributes (`pop`, `cc`, `capital_of`, `subtype`, `source`, ...).
    public var attributes: [String: String]

    /// Whether the entry comes from a hand-curated list (curated entries win ties).
    public var isCurated: Bool { attributes["source"] != "generated" }

    /// Whether a shipped entry was switched off with `disabled=1`.
    public var isDisabled: Bool { attributes["disabled"] == "1" }
}
