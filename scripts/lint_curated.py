#!/usr/bin/env python3
"""Check the hand-written gazetteer files for format problems.

Usage: python3 scripts/lint_curated.py [FILE ...]
Without arguments it checks the curated files listed in CURATED below.
Errors (exit status 1): bad encoding, not NFC, mojibake, stray whitespace,
empty or duplicate aliases, malformed ids or attributes, duplicate lines,
one form claimed by entities of different types, an id used with two types.
Warnings (exit status 0): one form claimed by two entities of the same type,
forms that differ only by case or accents across entities, aliases that only
add capitals to another form of the entity (redundant), list entries that
differ only by case, single-token forms that are stop words without
`case=exact`.
The format is described in gazetteers/README.md.
"""
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "gazetteers"
CURATED = [
    "organizations.tsv",
    "people.tsv",
    "demonyms.tsv",
    "regions.tsv",
    "lists/person-titles.tsv",
    "lists/org-heads.tsv",
    "lists/place-triggers.tsv",
    "lists/stopwords.tsv",
    "lists/particles.tsv",
    "lists/media-cues.tsv",
]

TYPES = {"PERSON", "COUNTRY", "ORG", "PLACE"}
KNOWN_KEYS = {
    "type", "lang", "source", "role", "list", "subtype", "pop", "cc",
    "capital_of", "amb", "case", "disabled", "title", "kind", "gender",
}
AMB_VALUES = {"word", "firstname", "code"}
ID_RE = re.compile(
    r"^(iso:[A-Z]{2}(-[A-Z0-9]{1,3})?"
    r"|eg:(org|person|place)/[a-z0-9]+(-[a-z0-9]+)*"
    r"|wd:Q[1-9][0-9]*|geonames:[1-9][0-9]*|local:[^\s]+)$"
)
CC_RE = re.compile(r"^[A-Z]{2}$")
# UTF-8 read as Latin-1/CP1252 and written back: "Ã©", "Ã¨", "â€™", "Â ".
MOJIBAKE_RE = re.compile("Ã[\u0080-\u00bf]|Â[\u0080-\u00bf]|â€|Å“|\ufffd")
CONTROL_RE = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]")


def fold(text):
    """Case- and accent-insensitive key, the way the matcher folds."""
    text = text.replace("\u2019", "'")
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, message):
        self.errors += 1
        print(f"{where}: error: {message}")

    def warning(self, where, message):
        self.warnings += 1
        print(f"{where}: warning: {message}")


def parse_pairs(items, where, report):
    pairs = {}
    for item in items:
        if "=" not in item:
            report.error(where, f"attribute without '=': {item!r}")
            continue
        key, value = item.split("=", 1)
        if not key or not value:
            report.error(where, f"empty attribute key or value: {item!r}")
            continue
        if key not in KNOWN_KEYS:
            report.error(where, f"unknown attribute key {key!r}")
        if key in pairs:
            report.error(where, f"attribute {key!r} given twice")
        pairs[key] = value
    return pairs


def check_field(field, where, what, report):
    if field != field.strip():
        report.error(where, f"{what} has leading or trailing whitespace: {field!r}")
    if "  " in field:
        report.error(where, f"{what} has a double space: {field!r}")
    if "\u00a0" in field or "\u202f" in field:
        report.error(where, f"{what} has a non-breaking space: {field!r}")


def check_attrs(attrs, where, report):
    if "cc" in attrs and not CC_RE.match(attrs["cc"]):
        report.error(where, f"bad cc {attrs['cc']!r}")
    if "case" in attrs and attrs["case"] != "exact":
        report.error(where, f"case must be 'exact', not {attrs['case']!r}")
    if "amb" in attrs:
        for flag in attrs["amb"].split(","):
            if flag not in AMB_VALUES:
                report.error(where, f"unknown amb flag {flag!r}")
    if "type" in attrs and attrs["type"] not in TYPES:
        report.error(where, f"unknown type {attrs['type']!r}")


def lint_file(path, report, entities, lists):
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        report.error(name, "starts with a byte-order mark")
    if b"\r" in raw:
        report.error(name, "has carriage returns (CRLF line ends)")
    if raw and not raw.endswith(b"\n"):
        report.error(name, "does not end with a newline")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        report.error(name, f"not UTF-8: {exc}")
        return
    defaults = {}
    seen_lines = {}
    for number, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
        where = f"{name}:{number}"
        if unicodedata.normalize("NFC", line) != line:
            report.error(where, "not in Unicode NFC")
        if MOJIBAKE_RE.search(line):
            report.error(where, f"looks like mojibake: {line!r}")
        if CONTROL_RE.search(line):
            report.error(where, "contains a control or invisible character")
        if line != line.rstrip():
            report.error(where, "trailing whitespace")
        if line and line != line.lstrip():
            report.error(where, "leading whitespace")
        if not line.strip():
            continue
        if line.startswith("#!"):
            body = line[2:].strip()
            defaults = parse_pairs(body.split(), where, report)
            check_attrs(defaults, where, report)
            continue
        if line.startswith("#"):
            continue
        if line in seen_lines:
            report.error(where, f"duplicate of line {seen_lines[line]}")
        seen_lines[line] = number
        cols = line.split("\t")
        if len(cols) > 4:
            report.error(where, f"{len(cols)} columns (at most 4)")
            continue
        cols += [""] * (4 - len(cols))
        canonical, alias_text, ident, attr_text = cols
        if not canonical:
            report.error(where, "empty first column")
            continue
        check_field(canonical, where, "first column", report)
        aliases = []
        if alias_text:
            aliases = alias_text.split("|")
            for alias in aliases:
                if not alias:
                    report.error(where, "empty alias (leading, trailing or doubled '|')")
                check_field(alias, where, "alias", report)
        forms = [canonical] + [a for a in aliases if a]
        counts = defaultdict(int)
        for form in forms:
            counts[form] += 1
        for form, count in counts.items():
            if count > 1:
                report.error(where, f"form {form!r} repeated on the line")
        if ident and not ID_RE.match(ident):
            report.error(where, f"malformed id {ident!r}")
        attrs = parse_pairs(attr_text.split(";"), where, report) if attr_text else {}
        check_attrs(attrs, where, report)
        merged = {**defaults, **attrs}
        if "list" in merged:
            lists[merged["list"]].append((where, forms, merged))
            if ident:
                report.error(where, "word-list lines take no id")
            continue
        etype = merged.get("type")
        if etype not in TYPES:
            report.error(where, "no entity type (type=) and no list= in force")
            continue
        if etype == "PERSON" and "role" in attrs:
            report.error(where, "role= is reserved; use title=")
        if merged.get("role") == "demonym":
            if not ident.startswith("iso:"):
                report.error(where, "a demonym needs an iso: country id")
            if canonical != canonical.lower():
                report.error(where, "first column of a demonym is the French masculine singular, lower case")
        key = ident or f"{etype}:{canonical}"
        entities[key].append((where, etype, forms, merged))


def adds_only_capitals(form, other):
    """True when `form` is `other` with some lower-case letters capitalised."""
    if form == other or len(form) != len(other):
        return False
    return all(a == b or (b.islower() and a == b.upper()) for a, b in zip(form, other))


def cross_checks(report, entities, lists):
    stopwords = {fold(f) for where, forms, attrs in lists.get("stopwords", []) for f in forms}
    by_form = defaultdict(set)
    by_fold = defaultdict(set)
    types_of = {}
    for key, lines in entities.items():
        types = {etype for _, etype, _, _ in lines}
        if len(types) > 1:
            report.error(lines[0][0], f"id {key} used with several types: {sorted(types)}")
        types_of[key] = lines[0][1]
        all_forms = {f for _, _, forms, _ in lines for f in forms}
        for index, (where, etype, forms, attrs) in enumerate(lines):
            for position, form in enumerate(forms):
                if index == 0 and position == 0:
                    continue  # the canonical name stays as written
                covering = [o for o in all_forms if adds_only_capitals(form, o)]
                if covering and attrs.get("case") != "exact":
                    report.warning(where, f"{form!r} is {covering[0]!r} with capitals added; "
                                          "the lower-case form already matches it")
        for where, etype, forms, attrs in lines:
            for form in forms:
                by_form[form].add(key)
                by_fold[fold(form)].add(key)
                if (" " not in form and fold(form) in stopwords
                        and attrs.get("case") != "exact"):
                    report.warning(where, f"{form!r} is a stop word; add case=exact or drop it")
    first_where = {key: lines[0][0] for key, lines in entities.items()}
    reported = set()
    for form, keys in sorted(by_form.items()):
        if len(keys) < 2:
            continue
        reported.add(frozenset(keys))
        keys = sorted(keys)
        types = {types_of[k] for k in keys}
        where = first_where[keys[1]]
        if len(types) > 1:
            report.error(where, f"form {form!r} claimed by entities of different types: {keys}")
        else:
            report.warning(where, f"form {form!r} claimed by several entities: {keys}")
    for folded, keys in sorted(by_fold.items()):
        if len(keys) < 2 or frozenset(keys) in reported:
            continue
        keys = sorted(keys)
        types = {types_of[k] for k in keys}
        kind = "of different types " if len(types) > 1 else ""
        report.warning(first_where[keys[1]],
                       f"forms folding to {folded!r} belong to several entities {kind}{keys}")
    for list_name, rows in lists.items():
        seen = {}
        seen_fold = {}
        for where, forms, attrs in rows:
            for form in forms:
                if form in seen:
                    report.error(where, f"{form!r} already in list {list_name} at {seen[form]}")
                else:
                    seen[form] = where
            for form in forms:
                # Within a list, accents tell words apart ("ou"/"où"); case does not.
                folded = (form.casefold(), attrs.get("lang"))
                other = seen_fold.get(folded)
                if other and other[0] != where and other[1] != form:
                    report.warning(where, f"{form!r} differs only by case from "
                                          f"{other[1]!r} ({other[0]})")
                seen_fold.setdefault(folded, (where, form))


def summary(entities, lists):
    per_file = defaultdict(lambda: [set(), 0])
    for key, lines in entities.items():
        for where, _, forms, _ in lines:
            file = where.rsplit(":", 1)[0]
            per_file[file][0].add(key)
            per_file[file][1] += len(forms)
    for file, (keys, forms) in sorted(per_file.items()):
        print(f"{file}: {len(keys)} entities, {forms} forms")
    for list_name, rows in sorted(lists.items()):
        forms = sum(len(f) for _, f, _ in rows)
        print(f"list {list_name}: {len(rows)} entries, {forms} forms")


def main(argv):
    paths = [Path(a).resolve() for a in argv] or [GAZ / p for p in CURATED]
    report = Report()
    entities = defaultdict(list)
    lists = defaultdict(list)
    for path in paths:
        if not path.exists():
            report.error(path, "missing file")
            continue
        lint_file(path, report, entities, lists)
    cross_checks(report, entities, lists)
    summary(entities, lists)
    print(f"{report.errors} error(s), {report.warnings} warning(s)")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
