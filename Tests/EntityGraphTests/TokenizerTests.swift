@testable import EntityGraph
import Testing

/// One tokenizer case: the text and its expected tokens, in order; a trailing marker after `|` names a flag or kind.
struct TokenizerCase: Sendable, CustomTestStringConvertible {
    var text: String
    /// Expected tokens: "surface" or "surface|flag,flag" (flags: elision, abbrev, number, symbol, punct, url, email,
    /// handle, domain, hyphen, clitic, caps, allcaps).
    var tokens: [String]
    var testDescription: String { text }
    init(_ text: String, _ tokens: [String]) {
        self.text = text
        self.tokens = tokens
    }
}

@Suite struct TokenizerTests {
    static func tokens(_ text: String) -> [Token] {
        Array(text.utf8).withUnsafeBufferPointer { Tokenizer().tokens(in: $0) }
    }

    static let cases: [TokenizerCase] = [
        // French elisions, with ' and ’, before vowels and capitals.
        TokenizerCase("l'EI", ["l'|elision", "EI|allcaps"]),
        TokenizerCase("d'Irak", ["d'|elision", "Irak|caps"]),
        TokenizerCase("l’Australie", ["l’|elision", "Australie"]),
        TokenizerCase("L'Etat", ["L'|elision,caps", "Etat|caps"]),
        TokenizerCase("j'ai", ["j'|elision", "ai"]),
        TokenizerCase("n'a", ["n'|elision", "a"]),
        TokenizerCase("s'est", ["s'|elision", "est"]),
        TokenizerCase("c'est", ["c'|elision", "est"]),
        TokenizerCase("m'a", ["m'|elision", "a"]),
        TokenizerCase("t'en", ["t'|elision", "en"]),
        TokenizerCase("qu'il", ["qu'|elision", "il"]),
        TokenizerCase("qu’elle", ["qu’|elision", "elle"]),
        TokenizerCase("Qu'a-t-il", ["Qu'|elision,caps", "a-t-il|hyphen"]),
        TokenizerCase("jusqu'à", ["jusqu'|elision", "à"]),
        TokenizerCase("lorsqu'on", ["lorsqu'|elision", "on"]),
        TokenizerCase("puisqu'il", ["puisqu'|elision", "il"]),
        TokenizerCase("quoiqu'il", ["quoiqu'|elision", "il"]),
        TokenizerCase("d'Al-Anbar", ["d'|elision", "Al-Anbar|hyphen,caps"]),
        TokenizerCase("l'« Etat »", ["l'|elision", "«|punct", "Etat", "»|punct"]),
        // Apostrophes that are not elisions.
        TokenizerCase("aujourd'hui", ["aujourd'hui"]),
        TokenizerCase("N'Djamena", ["N'Djamena"]),
        TokenizerCase("O'Brien", ["O'Brien"]),
        TokenizerCase("don't", ["don't"]),
        TokenizerCase("Kerry's plan", ["Kerry", "'s|clitic", "plan"]),
        TokenizerCase("Kerry’s", ["Kerry", "’s|clitic"]),
        TokenizerCase("'frapper'", ["'|punct", "frapper", "'|punct"]),
        // Hyphenated names stay whole.
        TokenizerCase("Jean-Yves", ["Jean-Yves|hyphen,caps"]),
        TokenizerCase("Pays-Bas", ["Pays-Bas|hyphen"]),
        TokenizerCase("Al-Anbar", ["Al-Anbar|hyphen"]),
        TokenizerCase("Saint-Andrews", ["Saint-Andrews|hyphen"]),
        TokenizerCase("ÉTATS-UNIS", ["ÉTATS-UNIS|hyphen,allcaps"]),
        TokenizerCase("Jean‑Yves", ["Jean‑Yves|hyphen"]),  // U+2011 non-breaking hyphen
        TokenizerCase("Paris - Berlin", ["Paris", "-|punct", "Berlin"]),
        TokenizerCase("Paris–Berlin", ["Paris", "–|punct", "Berlin"]),
        TokenizerCase("anti-", ["anti", "-|punct"]),
        TokenizerCase("1914-1918", ["1914-1918|hyphen"]),
        // Abbreviations and initials.
        TokenizerCase("M. Carter", ["M.|abbrev,caps", "Carter"]),
        TokenizerCase("Mme Parly", ["Mme", "Parly"]),
        TokenizerCase("Dr Who", ["Dr", "Who"]),
        TokenizerCase("Dr. No", ["Dr.|abbrev", "No"]),
        TokenizerCase("St Andrews", ["St", "Andrews"]),
        TokenizerCase("St. Andrews", ["St.|abbrev", "Andrews"]),
        TokenizerCase("J.-Y. Le Drian", ["J.-Y.|abbrev,allcaps", "Le", "Drian"]),
        TokenizerCase("J. Kerry", ["J.|abbrev", "Kerry"]),
        TokenizerCase("U.S. Army", ["U.S.|abbrev,allcaps", "Army"]),
        TokenizerCase("etc. Le", ["etc.|abbrev", "Le"]),
        TokenizerCase("Gén. Petraeus", ["Gén.|abbrev", "Petraeus"]),
        TokenizerCase("M.Carter", ["M.|abbrev", "Carter"]),
        TokenizerCase("l'art.", ["l'|elision", "art", ".|punct"]),
        // Numbers with spaces, dots and commas.
        TokenizerCase("14 000 frappes", ["14 000|number", "frappes"]),
        TokenizerCase("14\u{A0}000", ["14\u{A0}000|number"]),
        TokenizerCase("14\u{202F}000", ["14\u{202F}000|number"]),
        TokenizerCase("1 234 567", ["1 234 567|number"]),
        TokenizerCase("4.000 raids", ["4.000|number", "raids"]),
        TokenizerCase("2,5 %", ["2,5|number", "%|punct"]),
        TokenizerCase("1 234,56", ["1 234,56|number"]),
        TokenizerCase("00:24", ["00:24|number"]),
        TokenizerCase("en 2014 200 soldats", ["en", "2014|number", "200|number", "soldats"]),
        TokenizerCase("le 17 mai", ["le", "17|number", "mai"]),
        TokenizerCase("1, 2", ["1|number", ",|punct", "2|number"]),
        TokenizerCase("2014.", ["2014|number", ".|punct"]),
        TokenizerCase("1er", ["1er"]),
        // URLs, e-mail addresses, handles, domain names.
        TokenizerCase("https://www.lemonde.fr/a/b?x=1.", ["https://www.lemonde.fr/a/b?x=1|url", ".|punct"]),
        TokenizerCase("(www.rfi.fr)", ["(|punct", "www.rfi.fr|url", ")|punct"]),
        TokenizerCase("http://fr.wikipedia.org/wiki/Mossoul_(ville)", ["http://fr.wikipedia.org/wiki/Mossoul_(ville)|url"]),
        TokenizerCase("jean.dupont@lemonde.fr", ["jean.dupont@lemonde.fr|email"]),
        TokenizerCase("contact@afp.com.", ["contact@afp.com|email", ".|punct"]),
        TokenizerCase("@franceinfo", ["@franceinfo|handle"]),
        TokenizerCase("#Mossoul", ["#Mossoul|handle"]),
        TokenizerCase("Atlantico.fr", ["Atlantico.fr|domain"]),
        TokenizerCase("Le Parisien.fr", ["Le", "Parisien.fr|domain"]),
        TokenizerCase("bbc.co.uk", ["bbc.co.uk|domain"]),
        TokenizerCase("lemonde.fr/international", ["lemonde.fr/international|url"]),
        TokenizerCase("Irak.Le", ["Irak", ".|punct", "Le"]),
        TokenizerCase("fin.de", ["fin", ".|punct", "de"]),
        // Spaces of French typography, typographic marks.
        TokenizerCase("«\u{202F}Bonjour\u{202F}»", ["«|punct", "Bonjour", "»|punct"]),
        TokenizerCase("Défense\u{A0}:", ["Défense", ":|punct"]),
        TokenizerCase("Dé\u{AD}fense", ["Dé\u{AD}fense"]),
        TokenizerCase("cœur", ["cœur"]),
        TokenizerCase("…", ["…|punct"]),
        TokenizerCase("...", ["...|punct"]),
        TokenizerCase("?!", ["?|punct", "!|punct"]),
        TokenizerCase("20 €", ["20|number", "€|symbol"]),
        TokenizerCase("", []),
        TokenizerCase(" \n\t ", []),
    ]

    @Test(arguments: cases)
    func tokens(_ row: TokenizerCase) {
        let tokens = Self.tokens(row.text)
        let bytes = Array(row.text.utf8)
        #expect(tokens.count == row.tokens.count, "\(tokens.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) })")
        var searchFrom = 0
        for (token, expected) in zip(tokens, row.tokens) {
            let parts = expected.split(separator: "|", maxSplits: 1)
            let surface = Array(parts[0].utf8)
            // The expected offset is the next occurrence of the surface: spans must point there exactly.
            let start = (searchFrom...max(searchFrom, bytes.count - surface.count)).first {
                $0 + surface.count <= bytes.count && Array(bytes[$0..<($0 + surface.count)]) == surface
            }
            #expect(token.span.start == start, "\(expected)")
            #expect(token.span.end == (start ?? 0) + surface.count, "\(expected)")
            searchFrom = token.span.end
            let flags = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
            for flag in flags {
                switch flag {
                case "elision": #expect(token.flags.contains(.elision), "\(expected)")
                case "abbrev": #expect(token.flags.contains(.abbreviation), "\(expected)")
                case "number": #expect(token.kind == .number, "\(expected)")
                case "symbol": #expect(token.kind == .symbol, "\(expected)")
                case "punct": #expect(token.kind == .punctuation, "\(expected)")
                case "url": #expect(token.flags.contains(.url) && token.kind == .symbol, "\(expected)")
                case "email": #expect(token.flags.contains(.email) && token.kind == .symbol, "\(expected)")
                case "handle": #expect(token.flags.contains(.handle), "\(expected)")
                case "domain": #expect(token.flags.contains(.domain) && token.kind == .word, "\(expected)")
                case "hyphen": #expect(token.flags.contains(.hyphenated), "\(expected)")
                case "clitic": #expect(token.flags.contains(.clitic), "\(expected)")
                case "caps": #expect(token.flags.contains(.initialCapital), "\(expected)")
                case "allcaps": #expect(token.flags.contains(.allCaps), "\(expected)")
                default: Issue.record("unknown flag \(flag)")
                }
            }
            if flags.isEmpty, token.kind == .word {
                #expect(!token.flags.contains(.elision) && !token.flags.contains(.abbreviation), "\(expected)")
            }
        }
    }

    /// Explicit byte offsets where multi-byte characters come before the token.
    @Test func offsetsAreUTF8Bytes() {
        let tokens = Self.tokens("À l’Élysée, 14\u{202F}000 €")
        #expect(tokens.map { [$0.span.start, $0.span.end] } == [[0, 2], [3, 7], [7, 15], [15, 16], [17, 25], [26, 29]])
    }

    /// Capitalisation facts per token.
    @Test(arguments: [
        ("Paris", Token.Flags.initialCapital, true), ("paris", .initialCapital, false), ("EI", .allCaps, true),
        ("E", .allCaps, false), ("AFP", .allCaps, true), ("Afp", .allCaps, false), ("Élysée", .initialCapital, true),
        ("éLYSÉE", .initialCapital, false), ("3M", .initialCapital, false), ("G7", .hasDigit, true),
        ("café", .nonASCII, true), ("cafe", .nonASCII, false),
    ])
    func capitalisation(_ text: String, _ flag: Token.Flags, _ expected: Bool) {
        let tokens = Self.tokens(text)
        #expect(tokens.count == 1)
        #expect(tokens.first?.flags.contains(flag) == expected)
    }

    /// Layout facts: spaces, line breaks, blank lines (also CRLF, lone CR and U+2029) before a token.
    @Test(arguments: [
        ("a b", Token.Flags.afterSpace, true), ("a,b", .afterSpace, false), ("a\nb", .afterLineBreak, true),
        ("a\r\nb", .afterLineBreak, true), ("a\rb", .afterLineBreak, true), ("a\n\nb", .afterBlankLine, true),
        ("a\r\n\r\nb", .afterBlankLine, true), ("a\n \t\nb", .afterBlankLine, true), ("a\nb", .afterBlankLine, false),
        ("a\u{2029}b", .afterBlankLine, true), ("a\u{2028}b", .afterBlankLine, false),
    ])
    func layout(_ text: String, _ flag: Token.Flags, _ expected: Bool) {
        let tokens = Self.tokens(text)
        #expect(tokens.count >= 2)
        #expect(tokens.last?.flags.contains(flag) == expected)
    }

    /// Malformed UTF-8 and stray bytes never crash and never yield out-of-range spans.
    @Test(arguments: [[0xFF, 0x41], [0x41, 0xE2, 0x80], [0xC3], [0x61, 0x00, 0x62], [0xF0, 0x9F, 0x98], [0x27, 0x2D, 0x2E, 0x40]])
    func malformedBytes(_ bytes: [UInt8]) {
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer().tokens(in: $0) }
        var previousEnd = 0
        for token in tokens {
            #expect(token.span.start >= previousEnd && token.span.end <= bytes.count && token.span.length > 0)
            previousEnd = token.span.end
        }
    }
}
