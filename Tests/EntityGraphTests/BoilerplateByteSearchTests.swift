@testable import EntityGraph
import Testing

@Suite("Boilerplate byte searches agree with the String ones")
struct BoilerplateByteSearchTests {
    @Test("contains(_:_:)", arguments: [
        ("tous droits reserves 2024", "tous droits reserves", true),
        ("x", "tous droits reserves", false),
        ("", "a", false),
        ("abc", "", true),
        ("le monde © 2024", "©", true),
        ("aab", "ab", true),
        ("ab", "abc", false),
    ])
    func contains(key: String, needle: String, expected: Bool) {
        #expect(BoilerplateDetector.contains(key, needle) == expected)
    }

    @Test("startsWithShareWord(_:) holds whenever the whole share-button test does", arguments: [
        "facebook twitter", "partager : facebook | twitter", " / facebook", "• facebook · x", "·facebook",
        "facebookx twitter", "lire aussi", "", "x", "e-mail / imprimer", "copy link", "twitterfacebook",
    ])
    func prefilter(key: String) {
        let full = key.split(whereSeparator: { " :|,/•·".contains($0) }).allSatisfy { BoilerplateDetector.shareWords.contains(String($0)) }
        let first = key.split(whereSeparator: { " :|,/•·".contains($0) }).first.map { BoilerplateDetector.shareWords.contains(String($0)) } ?? false
        #expect(BoilerplateDetector.startsWithShareWord(key) == first)
        if full && !key.isEmpty { #expect(BoilerplateDetector.startsWithShareWord(key)) }
    }
}
