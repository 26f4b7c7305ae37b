/// A gazetteer entity: one id, one type, one canonical name, and every form it is written in.
public struct Entity: Sendable, Equatable {
    /// How a form relates to the entity.
    public enum Role: String, Sendable {
        /// A name of the entity ("Syrie", "EI").
        case name
        /// A demonym or nationality adjective of a country ("irakiennes").
        case demonym
    }

    /// Why a single-token form may be an ordinary word rather than a name (`amb=` on its line).
    public struct Ambiguity: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// A dictionary word ("Sens", "Nice", "Orange").
        public static let word = Ambiguity(rawValue: 1 << 0)
        /// A first name ("Florence", "Paris").
        public static let firstName = Ambiguity(rawValue: 1 << 1)
        /// A code that must match with its exact capitals, whatever its length.
        public static let code = Ambiguity(rawValue: 1 << 2)

        /// Parses `word,firstname,code`; nil when a flag is unknown.
        public init?(attribute: String) {
            var result: Ambiguity = []
            for flag in attribute.split(separator: ",") {
                switch flag {
                case "word": result.insert(.word)
                case "firstname": result.insert(.firstName)
                case "code": result.insert(.code)
                default: return nil
                }
            }
            self = result
        }
    }

    /// What a form demands of the text's capitals (`case=` on its line).
    public enum CasePolicy: String, Sendable {
        /// Every capital written in the form must be a capital in the text; codes of 4 letters or fewer match exactly.
        case entryDriven = "entry"
        /// The text must have the form's capitalisation.
        case exact
        /// Any capitalisation.
        case any
    }

    /// One written form of the entity and where it was declared.
    public struct Form: Sendable, Equatable {
        /// The form as written in the list.
        public var text: String
        /// Name or demonym.
        public var role: Role
        /// The file that declared it.
        public var file: String
        /// The 1-based line that declared it.
        public var line: Int
        /// Whether its line comes from a curated list (`source` is not `generated`).
        public var isCurated: Bool
        /// The `amb=` flags of its line.
        public var ambiguity: Ambiguity
        /// The `case=` policy of its line.
        public var casePolicy: CasePolicy

        /// Creates a form.
        public init(text: String, role: Role = .name, file: String = "", line: Int = 0, isCurated: Bool = true,
                    ambiguity: Ambiguity = [], casePolicy: CasePolicy = .entryDriven) {
            self.text = text
            self.role = role
            self.file = file
            self.line = line
            self.isCurated = isCurated
            self.ambiguity = ambiguity
            self.casePolicy = casePolicy
        }

        /// `file:line`, for messages and the `source` of mentions.
        public var origin: String { "\(file):\(line)" }
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

    /// Creates an entity.
    public init(id: String, type: EntityType, canonical: String, forms: [Form], attributes: [String: String] = [:]) {
        self.id = id
        self.type = type
        self.canonical = canonical
        self.forms = forms
        self.attributes = attributes
    }

    /// Whether the entry comes from a hand-curated list (curated entries win ties).
    public var isCurated: Bool { attributes["source"] != "generated" }

    /// Whether a shipped entry was switched off with `disabled=1`.
    public var isDisabled: Bool { attributes["disabled"] == "1" }

    /// The population (`pop=`), 0 when unknown.
    public var population: Int { attributes["pop"].flatMap { Int($0) } ?? 0 }

    /// The ISO 3166-1 alpha-2 code of the entity's country: its own for a country (`iso:FR`), else `cc=`.
    public var countryCode: String? {
        if type == .country, id.hasPrefix("iso:"), id.utf8.count == 6 { return String(id.dropFirst(4)) }
        return attributes["cc"]
    }
}
