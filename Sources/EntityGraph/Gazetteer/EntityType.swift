/// The kinds of entity EntityGraph finds.
public enum EntityType: String, CaseIterable, Sendable, Comparable {
    case person = "PERSON"
    case country = "COUNTRY"
    case org = "ORG"
    case place = "PLACE"

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
