/// Colours, shapes and sizes by entity type, shared by every writer so that a type looks the same everywhere.
public enum EntityStyle {
    /// RGB colour of a type (the Tableau 10 palette, readable on white and with white text).
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
        let digits = Array("0123456789abcdef")
        return "#" + String([r >> 4, r & 15, g >> 4, g & 15, b >> 4, b & 15].map { digits[$0] })
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

    /// Node size from its mention count: 10 plus 4 times its square root (one decimal), so that hubs do not hide the rest.
    public static func size(mentions: Int) -> Double {
        ((10 + 4 * Double(mentions).squareRoot()) * 10).rounded() / 10
    }
}
