/// A writer of one export format.
public protocol GraphWriter: Sendable {
    /// The file extension of the format (`graphml`, `dot`).
    var fileExtension: String { get }
    /// The whole file for `graph`, as UTF-8 text.
    func render(_ graph: CooccurrenceGraph) -> String
}

/// Colours and shapes by entity type, shared by every writer so that a type looks the same everywhere.
public enum EntityStyle {
    /// RGB colour of a type.
    public static func color(_ type: EntityType) -> (r: Int, g: Int, b: Int) {
        switch type {
        case .person: return (31, 119, 180)
        case .country: return (214, 39, 40)
        case .org: return (44, 160, 44)
        case .place: return (255, 127, 14)
        }
    }

    /// `#rrggbb` colour of a type.
    public static func hexColor(_ type: EntityType) -> String {
        let (r, g, b) = color(type)
        return "#" + [r, g, b].map { v in let h = String(v, radix: 16); return h.count == 1 ? "0" + h : h }.joined()
    }

    /// Graphviz shape of a type.
    public static func dotShape(_ type: EntityType) -> String {
        switch type {
        case .person: return "ellipse"
        case .country: return "box"
        case .org: return "hexagon"
        case .place: return "house"
        }
    }

    /// Node size from its mention count: grows with the square root, from 10.
    public static func size(mentions: Int) -> Double {
        (10 + 4 * Double(mentions).squareRoot() * 10).rounded() / 10
    }
}
