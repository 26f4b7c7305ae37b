@testable import EntityGraph
import Foundation
import Testing

/// One saved news page: its expected metadata, what its text must and must not hold.
struct HTMLPageCase: Sendable, CustomTestStringConvertible {
    var file: String
    var metadata: [String: String]
    var warnings: [String]
    var kept: [String]
    var dropped: [String]
    var testDescription: String { file }
}

@Suite struct HTMLReaderTests {
    static let pages: [HTMLPageCase] = [
        HTMLPageCase(
            file: "franceinfo-le-drian.html",
            metadata: ["title": "Le Drian à Washington pour déterminer comment « frapper Daech au cœur »", "date": "2016-07-20",
                       "lang": "fr-FR", "url": "https://www.francetvinfo.fr/monde/le-drian-a-washington_1234567.html"],
            warnings: [],
            kept: ["Le ministre de la Défense a répondu", "Saint-Andrews, dans le Maryland", "14 000 frappes en deux ans",
                   "Jean-Yves Le Drian, le ministre de la Défense, le 20 juillet 2016 à Washington.", "Article rédigé par franceinfo avec AFP"],
            dropped: ["cookies", "Accepter", "Économie", "Rechercher", "Accueil", "Publicité", "Moscou et Washington s'accordent",
                      "Activez JavaScript", "Tags", "Connectez-vous", "Les plus lus", "Macron", "S'abonner", "Mentions légales",
                      "Tous droits réservés", "gtag", "Paris Berlin Moscou", "Facebook", "Bandeau"]),
        HTMLPageCase(
            file: "lefigaro-latin1.html",
            metadata: ["title": "Irak : l’Etat islamique chassé de Tikrit", "date": "2015-04-01"],
            warnings: [],
            kept: ["Irak : l’Etat islamique chassé de Tikrit", "« C’est une victoire pour tous les Irakiens »", "L’œuvre de reconstruction",
                   "milices chiites soutenues par l’Iran — ce qui inquiète Washington et Riyad."],
            dropped: ["International", "Newsletter", "Londres", "Partager", "Réagissez", "xiti"]),
        HTMLPageCase(
            file: "reuters-english.html",
            metadata: ["title": "U.S.-led coalition says Islamic State lost 25% of its Iraqi territory", "date": "2015-06-02", "lang": "en-US"],
            warnings: [],
            kept: ["PARIS (Reuters) - Islamic State has lost a quarter", "France’s foreign minister Laurent Fabius",
                   "coalition’s\nunity".replacingOccurrences(of: "\n", with: " "), "Reporting by John Irish"],
            dropped: ["cookies", "Accept", "Markets", "Share", "Related Coverage", "Abadi calls", "Most Read", "Wall Street",
                      "All Rights Reserved", "Tags"]),
        HTMLPageCase(
            file: "blog-malformed.html",
            metadata: ["title": "Mossoul : la bataille commence", "date": "2016-10-17"],
            warnings: ["invalid UTF-8 at byte 670"],
            kept: ["La bataille de Mossoul a commencé lundi.", "Le Premier ministre Haider al-Abadi a annoncé l'offensive",
                   "Posté par Marie & Jean à 10h12 – Bagdad <Irak>", "caf\u{FFFD} \u{FFFD} fin."],
            dropped: ["Accueil", "Archives", "Texte caché"]),
    ]

    @Test(arguments: pages)
    func page(_ row: HTMLPageCase) throws {
        let url = CorpusFixtures.html.appendingPathComponent(row.file)
        let page = HTMLReader().read(Array(try Data(contentsOf: url)), origin: row.file)
        #expect(page.metadata == row.metadata)
        #expect(page.diagnostics.count == row.warnings.count)
        for (diagnostic, warning) in zip(page.diagnostics, row.warnings) { #expect(diagnostic.message.contains(warning)) }
        for phrase in row.kept { #expect(page.text.contains(phrase), "kept: \(phrase)") }
        for phrase in row.dropped { #expect(!page.text.contains(phrase), "dropped: \(phrase)") }
        // The whole text, reviewed once, is kept beside the page; EG_UPDATE_GOLDEN=1 rewrites it.
        let golden = url.deletingPathExtension().appendingPathExtension("expected.txt")
        if ProcessInfo.processInfo.environment["EG_UPDATE_GOLDEN"] == "1" {
            try page.text.write(to: golden, atomically: true, encoding: .utf8)
        } else {
            #expect(page.text == (try String(contentsOf: golden, encoding: .utf8)))
        }
    }

    /// One row per HTML construct: what text it becomes.
    @Test(arguments: [
        ("<p>Un.</p><p>Deux.</p>", "Un.\n\nDeux."),
        ("<p>Le <b>Drian</b> et <i>Carter</i></p>", "Le Drian et Carter"),
        ("<p>Le<b>Drian</b></p>", "LeDrian"),
        ("<p>ligne 1<br>ligne 2<br/><br>ligne 3</p>", "ligne 1\nligne 2\n\nligne 3"),
        ("<div>avant<script>var x = 'Paris';</script>après</div>", "avantaprès"),
        ("<div>a<style>p { color: red }</style>b</div>", "ab"),
        ("<p>a<!-- Berlin -->b</p>", "ab"),
        ("<nav>Menu</nav><p>Texte</p>", "Texte"),
        ("<header><a>Logo</a></header><p>Texte</p>", "Texte"),
        ("<footer>© 2016</footer><p>Texte</p>", "Texte"),
        ("<aside>Lire aussi</aside><p>Texte</p>", "Texte"),
        ("<form><label>Email</label><input></form><p>Texte</p>", "Texte"),
        ("<p>a&nbsp;b &amp; c &lt;d&gt; &#8217; &eacute;</p>", "a\u{A0}b & c <d> ’ é"),
        ("<p>  espaces   \n  multiples  </p>", "espaces multiples"),
        ("<pre>a\n  b</pre>", "a\n  b"),
        ("<ul><li>un</li><li>deux</li></ul>", "un\n\ndeux"),
        ("<h2>Titre</h2>texte libre", "Titre\n\ntexte libre"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a\n\nb"),
        ("<div class=\"cookie-consent\">Cookies</div><p>Texte</p>", "Texte"),
        ("<div id=\"share-buttons\">Partager</div><p>Texte</p>", "Texte"),
        ("<div class=\"ad\">Pub</div><div class=\"head\">Tête</div>", "Tête"),
        ("<div role=\"navigation\">Nav</div><p>Texte</p>", "Texte"),
        ("<p hidden>Caché</p><p aria-hidden=\"true\">Caché</p><p style=\"display: none\">Caché</p><p>Vu</p>", "Vu"),
        ("<article><p>court</p></article><article><p>un article bien plus long</p></article>", "un article bien plus long"),
        ("<div>hors</div><main><p>dedans</p></main>", "dedans"),
        ("<div>hors</div><div itemprop=\"articleBody\"><p>corps</p></div>", "corps"),
        ("<header><h1>Le titre</h1></header><article><p>corps</p></article>", "Le titre\n\ncorps"),
        ("<article><header><h1>Le titre</h1><p>Par AFP</p></header><p>corps</p></article>", "Le titre\n\nPar AFP\n\ncorps"),
        ("<title>Titre de page</title><p>corps</p>", "Titre de page\n\ncorps"),
        ("<p>non fermé<p>second<div>bloc</span>", "non fermé\n\nsecond\n\nbloc"),
        ("", ""),
    ])
    func construct(_ html: String, _ expected: String) {
        #expect(HTMLReader().read(Array(html.utf8), origin: "t.html").text == expected)
    }

    /// The charset declared by the page, as a name libxml2 knows; Latin-1 labels mean Windows-1252.
    @Test(arguments: [
        ("<meta charset=\"utf-8\">", "UTF-8"), ("<META CHARSET=UTF-8>", "UTF-8"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "windows-1252"),
        ("<meta charset='latin1'>", "windows-1252"), ("<meta charset=\"windows-1252\">", "windows-1252"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>", "ISO-8859-15"),
        ("<meta name=\"description\" content=\"charset\"><p>", nil), ("<p>rien</p>", nil),
        ("\u{FEFF}<meta charset=\"iso-8859-1\">", "UTF-8"),
    ])
    func charset(_ head: String, _ expected: String?) {
        #expect(HTMLReader.declaredCharset(Array(head.utf8)) == expected)
    }

    @Test func windows1252Characters() {
        // ’ (0x92), œ (0x9C), « (0xAB), é (0xE9), — (0x97) under a Latin-1 label.
        let page = Array("<meta charset=\"iso-8859-1\"><p>l".utf8) + [0x92, 0x9C, 0x75, 0x76, 0x72, 0x65, 0x20, 0xAB, 0x20, 0xE9, 0x20, 0x97]
            + Array("</p>".utf8)
        #expect(HTMLReader().read(page, origin: "t.html").text == "l’œuvre « é —")
    }

    @Test func unknownCharsetFallsBackToUTF8() {
        let page = HTMLReader().read(Array("<meta charset=\"x-klingon\"><p>Défense</p>".utf8), origin: "t.html")
        #expect(page.text == "Défense")
        #expect(page.diagnostics.map(\.message) == ["unknown charset 'X-KLINGON', read as UTF-8"])
    }

    /// Pathological markup: deep nesting and a huge attribute never crash.
    @Test func pathologicalMarkup() {
        let deep = String(repeating: "<div>", count: 5000) + "fond" + String(repeating: "</div>", count: 5000)
        _ = HTMLReader().read(Array(deep.utf8), origin: "deep.html")
        let attribute = "<p class=\"" + String(repeating: "x", count: 1_000_000) + "\">texte</p>"
        #expect(HTMLReader().read(Array(attribute.utf8), origin: "attr.html").text == "texte")
    }
}
