import EntityGraph
import Testing

@Suite struct CorpusBoilerplateTests {
    static func marked(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return BoilerplateDetector().boilerplate(in: text).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    /// Page chrome found in scraped news: each line alone is boilerplate.
    @Test(arguments: [
        "Newsletter", "Connectez-vous à votre compte franceinfo pour participer à la conversation.", "Commentaires",
        "Lire aussi", "Lire aussi : Le Drian à Washington", "A LIRE AUSSI : Réunion de la coalition contre l’Etat islamique… mais quelle coalition ?",
        "À lire également", "Vidéos", "VIDÉOS", "Publié Mis à jour", "Publié le 20/07/2016 à 21h14", "le , mis à jour à 00:24",
        "Mis à jour le 21 juillet 2016", "Temps de lecture : 1min - vidéo : 1min", "Cet article date de plus de huit ans.",
        "Partager", "Facebook Twitter E-mail", "Partager sur Facebook", "Partager : Facebook Twitter", "© Le Figaro 2015", "©",
        "Copyright 2016 Agence France-Presse", "Tous droits réservés", "0", "154", "Lire la suite de l'article sur Le Parisien.fr",
        "Vous devez être membre pour ajouter des commentaires.", "Devenez membre, ou connectez-vous.",
        "Aucun commentaire n'est disponible pour l'instant",
        "En raison de débordements, nous avons fait le choix de suspendre les commentaires des articles d'Atlantico.fr.",
        "Mais n'hésitez pas à partager cet article avec vos proches par mail, messagerie, SMS ou sur les réseaux sociaux afin de continuer le débat !",
        "Nous utilisons des cookies pour améliorer votre expérience.", "Abonnez-vous", "Read more", "Share this article",
        "  Newsletter  ", "Newsletter :",
    ])
    func chromeLine(_ line: String) {
        #expect(Self.marked("Le ministre est arrivé à Paris.\n\(line)\nIl a parlé.") == [line.trimmingSpaces])
    }

    /// Prose, titles, bylines and captions are kept, even when they mention comments, cookies or videos.
    @Test(arguments: [
        "Le ministre s'est refusé à tout commentaire.", "Vidéo Le Drian à Washington pour déterminer comment frapper Daech",
        "Article rédigé par franceinfo avec AFP", "France Télévisions", "Sources : Ministère des Armées", "Lu sur Le Figaro",
        "VIDEO. Syrie : reportage avec les réfugiés qui fuient Raqqa", "Atlantico, c'est qui, c'est quoi ?",
        "14 000 frappes en deux ans", "La recette des cookies de la Maison-Blanche a été publiée mercredi.",
        "Publicité mensongère : le ministère porte plainte", "Partager le pouvoir est difficile, a-t-il dit.",
        "Le Premier ministre irakien Haider al-Abadi a présenté son plan pour reprendre la province d'Al-Anbar aux djihadistes, "
            + "avant une réunion de la coalition à Paris qui doit réunir une vingtaine de pays et d'organisations internationales "
            + "le 2 juin, a annoncé le Quai d'Orsay. Lire aussi les déclarations du ministre, qui a partagé cet article et ses commentaires.",
    ])
    func proseLine(_ line: String) {
        #expect(Self.marked("Le ministre est arrivé à Paris.\n\(line)\nIl a parlé.") == [])
    }

    /// A site menu (short lines, two of them section names) is chrome; a list of countries is not.
    @Test func menus() {
        let menu = "Newsletter\nDécryptages\nPépites\nDossiers\nRendez-vous\nAtlantico-Light\nVidéos\nPodcasts\nInternational"
        #expect(Self.marked("Titre de l'article\n\(menu)\nLe texte commence ici.") == menu.split(separator: "\n").map(String.init))
        let countries = "Les pays présents :\nEtats-Unis\nFrance\nAustralie\nAllemagne\nItalie\nPays-Bas"
        #expect(Self.marked(countries) == [])
        // Short lines separated by blank lines are paragraphs, not a menu.
        #expect(Self.marked("Dossiers\n\nDécryptages\n\nPépites\n\nInternational") == [])
    }

    /// Spans point at the line in the original text, without its line break or surrounding spaces.
    @Test func spans() {
        let text = "Bonjour.\n\u{A0} Newsletter \nFin."
        let marks = BoilerplateDetector().boilerplate(in: text)
        #expect(marks.map(\.span) == [TextSpan(start: 12, end: 22)])
        #expect(marks.map(\.reason) == ["phrase \"newsletter\""])
    }
}

extension String {
    /// The string without ASCII spaces at either end.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
