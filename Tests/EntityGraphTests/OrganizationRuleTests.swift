@testable import EntityGraph
import Testing

@Suite("Organization rules")
struct OrganizationRuleTests {
    @Test("heads and complements", arguments: [
        "Sources : ⟦ORG:Ministère des Armées⟧",
        "Le ⟦ORG:Parti socialiste⟧ a voté contre.",
        "La ⟦ORG:Banque mondiale⟧ prête à l'⟦COUNTRY:Irak⟧.",
        "Selon l'⟦ORG:Organisation mondiale de la santé⟧, le virus recule.",
        "Le ⟦ORG:Ministère de l'Economie et des Finances⟧ a publié un rapport.",
        "Elle étudie à l'⟦ORG:université Harvard⟧ depuis un an.",
        "Il a été admis à l'⟦ORG:hôpital Pasteur⟧ hier.",
        "She joined the ⟦ORG:University of Leeds⟧ in 2010.",
        "The ⟦ORG:National Security Agency⟧ listened.",
        "The ⟦ORG:Ministry of Defence⟧ said so.",
        // A meeting, a verb after the head, a bare head: no organization.
        "Le «Conseil de guerre» de la coalition se félicite.",
        "Le Conseil a décidé de reporter le vote.",
        "Le ministère a répondu.",
    ])
    func heads(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("cue nouns and media", arguments: [
        "Après deux ans de lutte contre l'organisation ⟦ORG:Etat islamique⟧.",
        "Le groupe ⟦ORG:Veolta⟧ rachète son concurrent.",
        "Il l'a dit à la radio ⟦ORG:Europe 1⟧ ce matin.",
        "Selon le quotidien ⟦ORG:Le Monde⟧, l'accord est proche.",
        "Interrogé par la chaîne ⟦ORG:Canal Info⟧, il a nié.",
        "The newspaper ⟦ORG:Daily Courier⟧ printed it.",
        // A place or a person after the cue is not an organization.
        "La radio ⟦PLACE:Paris⟧ n'existe pas.",
    ])
    func cues(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("acronym definitions", arguments: [
        "L'organisation ⟦ORG:Etat islamique⟧ (⟦ORG:EI⟧) recule.",
        "L'⟦ORG:Organisation des Nations unies⟧ (⟦ORG:ONU⟧) condamne.",
        "L'⟦ORG:Agence France-Presse⟧ (⟦ORG:AFP⟧) l'a confirmé.",
        "The ⟦ORG:World Food Programme⟧ (⟦ORG:WFP⟧) warned.",
        // Initials that do not spell the acronym: no definition.
        "Le rapport des Experts Indépendants (ONU) est paru.",
    ])
    func acronyms(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("a defined acronym resolves to its long form for the whole document")
    func acronymResolution() {
        let marked = "L'⟦ORG:Union des Producteurs Laitiers⟧ (⟦ORG:UPL⟧) proteste. L'⟦ORG:UPL⟧ manifestera lundi."
        let (rendered, result) = Fixtures.extracted(marked)
        #expect(rendered == marked)
        let ids = Set(result.mentions.map(\.entityID))
        #expect(ids.count == 1)
        #expect(result.mentions.map(\.canonical) == Array(repeating: "Union des Producteurs Laitiers", count: 3))
        #expect(result.mentions.map(\.rule) == ["acronym-long-form", "acronym", "acronym-alias"])
    }
}
