/// A typed span in code point offsets, as gold files and `extract` output write them.
public struct Annotation: Hashable, Sendable {
    /// First code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int
    /// Type name (PERSON, COUNTRY, ORG, PLACE, or a mapped name such as LOC).
    public var type: String

    /// Creates an annotation.
    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }
}
