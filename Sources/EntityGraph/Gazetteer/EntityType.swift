/// The kinds of entity EntityGraph finds.
public enum EntityType: String, CaseIterable, Sendable, Comparable {
    /// A person ("Jean-Yves Le Drian").
    case person = "PERSON"
    /// A country or territory with an ISO 3166-1 code ("Syrie").
    case country = "COUNTRY"
    /// An organization: body, group, company, media ("Daech", "AFP").
    case org = "ORG"
    /// Any other place: city, subdivision, region, site ("Mossoul", "Maryland").
    case place = "PLACE"

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Precedence when one form names entities of different types and nothing else decides (lower wins).
    ///
    /// A country reading beats a town of the same name ("Georgia", "Lebanon"):
    /// in news the country is by far the more frequent referent.
    var matchRank: UInt8 {
        switch self {
        case .country: return 0
        case .org: return 1
        case .person: return 2
        case .place: return 3
        }
    }
}
