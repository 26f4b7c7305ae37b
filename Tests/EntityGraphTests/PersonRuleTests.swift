@testable import EntityGraph
import Testing

@Suite("Person rules")
struct PersonRuleTests {
    @Test("titles and offices (French)", arguments: [
        // Courtesy titles stay outside the span.
        "Selon M. ⟦PERSON:Dupuis-Marchal⟧, rien n'est décidé.",
        "Mme ⟦PERSON:Lagarde⟧ a répondu aux questions.",
        "Le Dr ⟦PERSON:Kessler⟧ opère demain.",
        // Offices, with adjectives, a party acronym, a complement and an apposition.
        "Le président ⟦PERSON:Barack Obama⟧ est arrivé.",
        "La chancelière allemande ⟦PERSON:Angela Merkel⟧ a parlé.",
        "Le porte-parole ⟦PERSON:Karim Belkacem⟧ dément.",
        "Le général ⟦PERSON:Vasquez⟧ commande la zone.",
        "Le ministre de la Défense, ⟦PERSON:Jean-Yves Le Drian⟧, est parti.",
        "Le secrétaire d'État à la Défense des ⟦COUNTRY:Etats-Unis⟧, ⟦PERSON:Ashton Carter⟧, a parlé.",
        "Le président de la République ⟦PERSON:Emmanuel Tessier⟧ a reçu les ministres.",
        "L'ambassadeur irakien à ⟦PLACE:Paris⟧ ⟦PERSON:Samir Haddad⟧ a réagi.",
        "Le secrétaire général, ⟦PERSON:Olof Lindqvist⟧, a réagi.",
        // No name after the office: nothing.
        "Le ministre de la Défense a répondu à l'appel.",
        "Le président de la République a ouvert la réunion.",
        "Le président ⟦PLACE:Paris⟧ n'existe pas.",
    ])
    func frenchTitles(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("titles and offices (English)", arguments: [
        "Mr. ⟦PERSON:Hargreaves⟧ declined to comment.",
        "Mrs ⟦PERSON:Okafor⟧ was elected.",
        "President ⟦PERSON:Barack Obama⟧ spoke on Monday.",
        "Secretary of State ⟦PERSON:John Kerry⟧ flew to ⟦PLACE:Paris⟧.",
        "A spokesman, ⟦PERSON:Dale Whitcombe⟧, said no.",
        "The Secretary did not answer.",
    ])
    func englishTitles(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("known first name and name words, with particles", arguments: [
        "⟦PERSON:John Kerry⟧ doit réunir ses homologues.",
        "Hier, ⟦PERSON:Marie de La Tour⟧ a parlé.",
        "Le plan de ⟦PERSON:Karim al-Hassani⟧ a été rejeté.",
        "Un portrait de ⟦PERSON:Sophie van der Berg⟧ à Amsterdam.",
        "⟦PERSON:John F. Kerry⟧ est arrivé.",
        "⟦PERSON:Hillary Clinton⟧ était à ⟦PLACE:Paris⟧.",
        "Talks between ⟦PERSON:Theresa Holloway⟧ and the unions failed.",
        // A first name alone, a first name that is a common word opening a sentence, a building named after a person.
        "Camille est arrivée hier.",
        "Pierre Blanche est une colline.",
        "La rue Pierre Dumas est fermée.",
    ])
    func firstNames(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("nationality nouns", arguments: [
        // (Demonyms are listed apart: the markers show entity spans only.)
        "Il a battu le Danois ⟦PERSON:Rasmus Holm⟧ en finale.",
        "L'Italienne ⟦PERSON:Giulia Ferretti⟧ remporte la course.",
        "Devant l'américaine ⟦PERSON:Kelsey Brandt⟧ et d'autres.",
        // A demonym opening a sentence is its subject, not a cue; a lone first name is no entity.
        "Français, Camille et Lucas sont partis.",
        "Le Danois a gagné la course.",
    ])
    func nationality(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }

    @Test("names coordinated with a person", arguments: [
        "Le podium est complété par ⟦PERSON:John Kerry⟧ et ⟦PERSON:Tomas Hradek⟧.",
        "Hier, ⟦PERSON:Ilse Brandvold⟧ et ⟦PERSON:Barack Obama⟧ ont parlé.",
        "Presented by ⟦PERSON:Barack Obama⟧ and ⟦PERSON:Nils Ekdahl⟧.",
        // A single word or a listed place after "et" is not taken.
        "Avec ⟦PERSON:John Kerry⟧ et Moreno.",
        "Entre ⟦PERSON:John Kerry⟧ et ⟦COUNTRY:Syrie⟧.",
    ])
    func coordination(marked: String) {
        #expect(Fixtures.extracted(marked).rendered == marked)
    }
}
