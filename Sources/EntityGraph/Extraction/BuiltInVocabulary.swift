/// The grammar words the rules rely on, French and English, as gazetteer word lists added before compiling.
///
/// These are closed classes (articles, prepositions, pronouns, months, courtesy
/// titles), not names: the rules read structure with them, so they ship with
/// the code rather than with the editable lists. Users extend them like any
/// list: a file with `#! list=function-words` (or `particles`, `honorifics`).
/// Adding them to the gazetteer interns their keys in the shared lexicon, so
/// rules test them by id like every other word.
public enum BuiltInVocabulary {
    /// Path shown in provenance for these entries.
    public static let path = "<built-in rule vocabulary>"

    /// The lists: name, language, words (one list may appear once per language).
    public static let lists: [(name: String, lang: String, words: [String])] = [
        ("articles", "mul", [
            "le", "la", "les", "un", "une", "the", "a", "an",
        ]),
        ("prepositions", "mul", [
            "de", "du", "des", "of", "for", "pour", "à", "au", "aux",
        ]),
        ("locatives", "mul", [
            "à", "au", "aux", "en", "dans", "vers", "près", "in", "at", "near", "from", "depuis",
        ]),
        ("event-heads", "mul", [
            "championnat", "championnats", "coupe", "trophée", "tournoi", "open", "internationaux", "jeux", "masters",
            "grand prix", "mondial", "mondiaux", "festival", "marathon", "rallye", "biennale", "journée", "championship",
            "championships", "cup", "games", "tournament",
        ]),
        ("conjunctions", "mul", [
            "et", "ou", "and", "or",
        ]),
        ("particles", "mul", [
            "de", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "ten", "da", "di", "do",
            "dos", "das", "del", "della", "dei", "degli", "y", "bin", "ben", "ibn", "bint", "abu", "al", "el",
        ]),
        ("honorifics", "mul", [
            "M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Dr.", "Pr", "Pr.", "Mr", "Mr.", "Mrs",
            "Mrs.", "Ms", "Ms.", "Sir", "Dame", "monsieur", "madame", "mademoiselle",
        ]),
        ("function-words", "fr", [
            "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon",
            "ma", "mes", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "lui", "eux", "qui", "que",
            "quoi", "dont", "où", "quand", "comment", "pourquoi", "si", "mais", "donc", "or", "ni", "car", "puis",
            "ensuite", "alors", "ainsi", "aussi", "selon", "sur", "sous", "avec", "sans", "par", "pendant", "avant",
            "après", "chez", "contre", "entre", "parmi", "malgré", "outre", "hors", "lors", "dès", "face", "tout",
            "tous", "toute", "toutes", "chaque", "plusieurs", "aucun", "aucune", "certains", "certaines",
            "quelques", "autre", "autres", "même", "non", "oui", "ne", "pas", "plus", "moins", "très", "déjà",
            "encore", "toujours", "jamais", "hier", "aujourd'hui", "demain", "ici", "là", "voici", "voilà", "cela",
            "ceci", "ça", "celui", "celle", "ceux", "celles", "y", "est", "sont", "été", "être", "a", "ont",
            "avait", "sera", "fait", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "vidéo", "photo", "article", "lire", "source", "sources",
        ]),
        ("function-words", "en", [
            "this", "that", "these", "those", "his", "her", "its", "their", "our", "your", "my", "he", "she", "it",
            "they", "we", "you", "i", "who", "whom", "which", "what", "when", "where", "why", "how", "if", "but",
            "so", "nor", "yet", "on", "to", "by", "with", "without", "about", "after", "before", "during", "since",
            "under", "over", "between", "among", "against", "according", "as", "also", "not", "no", "yes", "all",
            "every", "each", "some", "any", "many", "more", "most", "other", "there", "here", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "will", "would", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december",
        ]),
    ]

    /// The lists as parsed gazetteer files, one per list and language.
    public static func files() -> [GazetteerFile] {
        lists.map { list in
            let contents = "#! list=\(list.name) lang=\(list.lang)\n" + list.words.joined(separator: "\n") + "\n"
            // The words are constants checked by the tests: they parse without errors.
            return GazetteerFile(path: "\(path)/\(list.name)-\(list.lang)", contents: contents)
        }
    }
}
