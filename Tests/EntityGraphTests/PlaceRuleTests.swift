@testable import EntityGraph
import Testing

@Suite("Place rules")
struct PlaceRuleTests {
    @Test("locative triggers", arguments: [
        "Les villes de ⟦PLACE:Mossoul⟧ et de Raqqa.",
        "La ville de ⟦PLACE:Tell Abyad⟧ est tombée.",
        "Dans la province occidentale d'⟦PLACE:Al-Anbar⟧, les combats continuent.",
        "La région ⟦PLACE:Auvergne-Rhône-Alpes⟧ vote.",
        "La ville de ⟦PLACE:La Rochelle⟧ inaugure un port.",
        "The city of ⟦PLACE:Aleppo⟧ was shelled.",
        // The trigger followed by a country or with no name: no place.
        "La deuxième grande ville d'⟦COUNTRY:Irak⟧ est tombée.",
        "La ville de demain sera verte.",
    ])
    func triggers(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("unlisted places located by a listed one", arguments: [
        "Un accident à ⟦PLACE:Brison-Saint-Innocent⟧ (⟦PLACE:Savoie⟧) a fait deux blessés.",
        "Un incendie à ⟦PLACE:Challes-les-Eaux⟧, en ⟦PLACE:Savoie⟧, a été maîtrisé.",
        // No locative before the name (a person with a region), or no listed place after it.
        "⟦PERSON:Karim Dumont⟧ (⟦PLACE:Savoie⟧) a gagné.",
        "Il vit à Vercors (montagne).",
    ])
    func qualifiers(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("event names hide the places they contain", arguments: [
        "Elle a gagné le championnat de France en 2016.",
        "Les Jeux olympiques de Berlin ont commencé.",
        "She won gold at the Games of Berlin.",
        // An event head without a capitalised complement hides nothing.
        "La coupe a été remise à ⟦PLACE:Paris⟧.",
    ])
    func events(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("capitals are linked to their country")
    func capitals() {
        let (_, result) = Fixtures.extracted("⟦PLACE:Berlin⟧ et ⟦PLACE:Mossoul⟧.")
        #expect(result.mentions.map(\.capitalOf) == ["iso:DE", nil])
        #expect(result.mentions.map(\.type) == [.place, .place])
    }

    @Test("demonyms are listed with their own flag and are not entity spans", arguments: [
        ("Les forces irakiennes avancent.", ["iso:IQ"]),
        ("Le ministre français et le général américain.", ["iso:FR", "iso:US"]),
    ])
    func demonyms(text: String, countries: [String]) {
        let (_, result) = Fixtures.rulePipeline.extract(Document(id: "t", text: text))
        #expect(result.mentions.filter(\.isDemonym).map(\.entityID) == countries)
        #expect(result.mentions.filter(\.isDemonym).allSatisfy { $0.type == .country })
        let (analyzed, _) = Fixtures.rulePipeline.extract(Document(id: "t", text: text))
        #expect(result.annotations(in: analyzed).isEmpty)
    }
}
