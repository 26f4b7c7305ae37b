import EntityGraph
import Testing

@Suite struct CorpusLanguageTests {
    @Test(arguments: [
        ("Le ministre de la Défense a répondu à l'appel des Etats-Unis.", LanguageDetector.Language?.some(.french)),
        ("Les forces irakiennes avancent vers Mossoul, selon l'armée.", .french),
        ("The coalition said on Tuesday that Islamic State has lost a quarter of its territory.", .english),
        ("Blinken told France Inter that the strategy was working and that the coalition would win.", .english),
        ("Paris, Berlin, Moscou", nil),
        ("", nil),
        ("Antony Blinken a répondu aux questions de Léa Salamé sur France Inter", .french),
    ])
    func language(_ text: String, _ expected: LanguageDetector.Language?) {
        #expect(LanguageDetector().language(of: text) == expected)
    }
}
