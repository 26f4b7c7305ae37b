/// Marks the lines of page chrome that scrapers leave in news text: "Newsletter", "Lire aussi",
/// "Publié Mis à jour", share buttons, comment prompts, copyright lines, menus.
///
/// Conservative by design: only short lines are considered (a paragraph of
/// prose is never chrome), and each rule needs a known phrase, not a guess from
/// layout alone, so that a line of prose is kept rather than lost. Lines are
/// compared by their folded key (case, accents, apostrophes and spaces folded)
/// with trailing punctuation removed.
public struct BoilerplateDetector: Sendable {
    /// Lines longer than this (in bytes) are always kept.
    public static let maximumLineLength = 300

    /// Creates a detector.
    public init() {}

    /// One line of the text with its folded key.
    struct Line {
        /// 0-based physical line number, blank lines counted.
        var number: Int
        var span: TextSpan
        var key: String
        var words: Int
        var hasLetter: Bool
        /// Ends like a sentence or a clause (". ! ? : ;"), so cannot be a menu item.
        var endsWithPunctuation: Bool
    }

    /// The boilerplate lines of `text`, in text order.
    public func boilerplate(in text: String) -> [Boilerplate] {
        let lines = BoilerplateDetector.lines(of: text)
        var reasons = [String?](repeating: nil, count: lines.count)
        for (index, line) in lines.enumerated() where line.span.length <= BoilerplateDetector.maximumLineLength {
            reasons[index] = reason(for: line)
        }
        markMenus(lines, &reasons)
        return zip(lines, reasons).compactMap { line, reason in reason.map { Boilerplate(span: line.span, reason: $0) } }
    }

    /// The non-blank lines of `text`, trimmed of spaces.
    static func lines(of text: String) -> [Line] {
        var result: [Line] = []
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            var number = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var s = start, e = end
                while s < e, isSpace(bytes, s) { s += spaceLength(bytes, s) }
                while e > s, isSpaceBefore(bytes, e) { e -= spaceLengthBefore(bytes, e) }
                if e > s {
                    let span = TextSpan(start: s, end: e)
                    if span.length <= maximumLineLength {
                        result.append(line(number, span, bytes))
                    } else {
                        result.append(Line(number: number, span: span, key: "", words: 100, hasLetter: true, endsWithPunctuation: true))
                    }
                }
                start = end + 1
                number += 1
            }
        }
        return result
    }

    private static func line(_ number: Int, _ span: TextSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Line {
        var raw: [UInt8] = []
        Normalizer.shared.fold(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), into: &raw)
        // Collapse spaces; drop the marks that decorate chrome lines at either end.
        var key: [UInt8] = []
        var words = 0
        var hasLetter = false
        for b in raw {
            if b == 0x20 || b == 0x09 {
                if let last = key.last, last != 0x20 { key.append(0x20) }
                continue
            }
            if key.isEmpty || key.last == 0x20 { words += 1 }
            if b &- 0x61 < 26 || b >= 0x80 { hasLetter = true }
            key.append(b)
        }
        let last = key.last(where: { $0 != 0x20 })
        let endsWithPunctuation = last.map { [0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C].contains($0) } ?? false
        while let first = key.first, decoration.contains(first) { key.removeFirst() }
        while let last = key.last, decoration.contains(last) { key.removeLast() }
        return Line(number: number, span: span, key: String(decoding: key, as: UTF8.self), words: words, hasLetter: hasLetter,
                    endsWithPunctuation: endsWithPunctuation)
    }

    /// Marks that decorate chrome lines at either end: spaces, ": . ! ? - | * > < \" , ;".
    private static let decoration: Set<UInt8> = [0x20, 0x3A, 0x2E, 0x21, 0x3F, 0x2D, 0x7C, 0x2A, 0x3E, 0x3C, 0x22, 0x2C, 0x3B]

    @inline(__always) private static func isSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool { spaceLength(b, i) > 0 }

    /// Length of the space at `i`: ASCII blanks, U+00A0, U+202F, U+2009; 0 when not a space.
    private static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        switch b[i] {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0: return 2
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xAF || b[i + 2] == 0x89): return 3
        default: return 0
        }
    }

    private static func isSpaceBefore(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool { spaceLengthBefore(b, end) > 0 }

    private static func spaceLengthBefore(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        if [0x20, 0x09, 0x0D, 0x0B, 0x0C].contains(b[end - 1]) { return 1 }
        if end >= 2, b[end - 2] == 0xC2, b[end - 1] == 0xA0 { return 2 }
        if end >= 3, b[end - 3] == 0xE2, b[end - 2] == 0x80, b[end - 1] == 0xAF || b[end - 1] == 0x89 { return 3 }
        return 0
    }

    // MARK: - Rules

    /// Why one line is chrome, or nil to keep it.
    func reason(for line: Line) -> String? {
        let key = line.key
        if !line.hasLetter && line.span.length <= 24 { return "no letters" }
        if BoilerplateDetector.exact.contains(key) { return "phrase \"\(key)\"" }
        if line.words >= 2, line.words <= 8, BoilerplateDetector.startsWithShareWord(key),
           key.split(whereSeparator: { " :|,/•·".contains($0) })
               .allSatisfy({ BoilerplateDetector.shareWords.contains(String($0)) }) {
            return "share buttons"
        }
        if line.span.length <= 200, let prefix = BoilerplateDetector.prefixes.first(where: { key.hasPrefix($0) }) {
            return "starts with \"\(prefix)\""
        }
        if let phrase = BoilerplateDetector.phrases.first(where: { BoilerplateDetector.contains(key, $0) }) {
            return "contains \"\(phrase)\""
        }
        if line.span.length <= 200, BoilerplateDetector.contains(key, "©") || key.hasPrefix("copyright") || key.hasPrefix("(c) ") {
            return "copyright line"
        }
        return nil
    }

    /// Menus: four or more consecutive short lines without punctuation, two of them known section names or chrome;
    /// the lines from the first to the last known one are marked.
    private func markMenus(_ lines: [Line], _ reasons: inout [String?]) {
        func isItem(_ line: Line) -> Bool {
            line.words <= 3 && line.span.length <= 40 && line.hasLetter && !line.endsWithPunctuation
        }
        var start = 0
        while start < lines.count {
            guard isItem(lines[start]) else { start += 1; continue }
            var end = start + 1
            while end < lines.count, isItem(lines[end]), lines[end].number == lines[end - 1].number + 1 { end += 1 }
            // Only from the first to the last known item: a title just above a menu stays.
            let known = (start..<end).filter { reasons[$0] != nil || BoilerplateDetector.sections.contains(lines[$0].key) }
            if end - start >= 4, known.count >= 2, let first = known.first, let last = known.last {
                for index in first...last where reasons[index] == nil { reasons[index] = "menu block" }
            }
            start = end
        }
    }

    /// Whether `needle` occurs in `key`, comparing UTF-8 bytes: keys are folded, so bytes are enough, and
    /// Foundation's `contains` (NSString search) took 40% of extraction time (Decision 0801).
    static func contains(_ key: String, _ needle: String) -> Bool {
        var key = key, needle = needle
        return key.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first, n.count <= h.count else { return n.isEmpty }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// Whether the first word of `key` (separators as in the share-button test) is a share word: a necessary
    /// condition of that test, checked on bytes because splitting every short line took 9% of extraction (0801).
    static func startsWithShareWord(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { b in
            func separator(at i: Int) -> Int {
                switch b[i] {
                case 0x20, 0x3A, 0x7C, 0x2C, 0x2F: return 1
                case 0xC2 where i + 1 < b.count && b[i + 1] == 0xB7: return 2  // ·
                case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0xA2: return 3  // •
                default: return 0
                }
            }
            var start = 0
            while start < b.count {
                let n = separator(at: start)
                if n == 0 { break }
                start += n
            }
            var end = start
            while end < b.count, separator(at: end) == 0 { end += 1 }
            guard end > start, end - start < shareWordBytes.count else { return false }
            return shareWordBytes[end - start].contains { word in word.elementsEqual(b[start..<end]) }
        }
    }

    /// The share words' bytes by length, for `startsWithShareWord(_:)`.
    static let shareWordBytes: [[[UInt8]]] = {
        var byLength = [[[UInt8]]](repeating: [], count: 1 + shareWords.map(\.utf8.count).max()!)
        for word in shareWords.sorted() { byLength[word.utf8.count].append(Array(word.utf8)) }
        return byLength
    }()

    // MARK: - Phrase lists (folded keys)

    /// Whole lines that are chrome.
    static let exact: Set<String> = [
        "newsletter", "newsletters", "commentaires", "commentaire", "0 commentaire", "reagir", "reagissez", "partager",
        "partagez", "partager cet article", "tweeter", "imprimer", "envoyer par e-mail", "envoyer par email",
        "copier le lien", "lien copie", "s'abonner", "abonnez-vous", "je m'abonne", "se connecter", "connexion",
        "mon compte", "se deconnecter", "menu", "fermer", "rechercher", "recherche", "accueil", "retour en haut",
        "haut de page", "lire aussi", "a lire aussi", "a lire egalement", "lire egalement", "voir aussi", "a voir aussi",
        "sur le meme sujet", "sur le meme theme", "articles lies", "articles similaires", "les plus lus",
        "les plus partages", "publicite", "videos", "video", "podcasts", "podcast", "en images", "publie",
        "publie mis a jour", "mis a jour", "temps de lecture", "ecouter", "ecouter cet article", "ajouter a mes favoris",
        "suivez-nous", "offrir cet article", "read more", "related", "related articles", "share", "share this",
        "share this article", "comments", "sign in", "log in", "sign up", "subscribe", "subscribe now",
        "advertisement", "sponsored", "most read", "most popular", "accepter", "tout accepter", "refuser",
        "continuer sans accepter", "j'accepte", "en savoir plus", "learn more", "print", "email", "e-mail",
        "facebook", "twitter", "linkedin", "whatsapp", "instagram", "youtube", "tiktok", "pinterest", "telegram",
        "messenger", "flipboard", "rss", "google news",
    ]

    /// Words of share-button rows ("Facebook Twitter E-mail").
    static let shareWords: Set<String> = [
        "facebook", "twitter", "x", "linkedin", "whatsapp", "messenger", "telegram", "pinterest", "reddit", "email",
        "e-mail", "mail", "imprimer", "print", "partager", "share", "tweeter", "tweet", "copier", "lien", "le", "copy",
        "link", "sms", "flipboard", "bluesky", "threads", "instagram", "youtube", "tiktok", "sur", "on", "via", "rss",
    ]

    /// Beginnings of chrome lines (lines of at most 200 bytes).
    static let prefixes: [String] = [
        "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "lire la suite", "voir aussi", "a voir aussi",
        "voir egalement", "a voir egalement", "cet article date de", "temps de lecture", "publie le", "publie mis a jour",
        "mis a jour le", "le , mis a jour", "connectez-vous", "inscrivez-vous", "abonnez-vous", "vous devez etre",
        "devenez membre", "aucun commentaire", "cet article est reserve", "il vous reste", "deja abonne",
        "read more", "read also", "see also", "related:", "sign up for", "subscribe to", "follow us", "suivez-nous",
        "retrouvez-nous", "telechargez l'application", "partager sur", "partager via", "share on",
        "nous utilisons des cookies", "ce site utilise des cookies", "we use cookies", "this site uses cookies",
        "en poursuivant votre navigation", "accepter et fermer",
    ]

    /// Phrases that make a short line (at most 300 bytes) chrome wherever they stand.
    static let phrases: [String] = [
        "suspendre les commentaires", "ajouter des commentaires", "ajouter un commentaire", "laisser un commentaire",
        "reagir a cet article", "partager cet article", "tous droits reserves", "all rights reserved",
        "utilise des cookies", "utilisons des cookies", "uses cookies", "use cookies", "politique de cookies",
        "gestion des cookies", "cookie policy", "pour participer a la conversation",
    ]

    /// Section names of news-site menus; never entity names, so a list of countries is never a menu.
    static let sections: Set<String> = [
        "international", "politique", "economie", "societe", "culture", "sport", "sports", "sciences", "science", "tech",
        "high-tech", "sante", "planete", "idees", "opinions", "opinion", "debats", "medias", "faits divers", "justice",
        "education", "environnement", "dossiers", "decryptages", "chroniques", "edito", "editorial", "blogs", "jeux",
        "meteo", "horoscope", "immobilier", "emploi", "services", "contact", "archives", "regions", "politics",
        "business", "health", "travel", "style", "entertainment", "home", "news", "world", "lifestyle", "people",
        "videos", "podcasts", "newsletter", "newsletters", "rendez-vous",
    ]
}
