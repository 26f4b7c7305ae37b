#!/usr/bin/env python3
"""Sanity check: are the country/place forms of the seed articles in the
generated gazetteers?  Prints, for each form, whether it occurs in seeds/ and
which gazetteer lines have it (exact spelling, canonical or alias).

    python3 scripts/check_seed_forms.py
"""
import glob
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Forms named in the gazetteer brief (countries and places of the five seeds).
FORMS = [
    "Syrie", "Irak", "Etats-Unis", "Etats-Unis d’Amérique", "France", "Russie", "Australie",
    "Allemagne", "Italie", "Pays-Bas", "Royaume-Uni", "Grande-Bretagne", "Turquie",
    "Maryland", "Kentucky", "Al-Anbar", "Saint-Andrews", "Mossoul", "Raqqa", "Raqa",
    "Ramadi", "Washington", "Paris", "Bagdad", "Moscou", "Damas", "Alep", "Beyrouth",
]


def main():
    seeds = ""
    for p in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        with open(p, encoding="utf-8") as f:
            seeds += unicodedata.normalize("NFC", f.read()) + "\n"
    index = {}
    for p in sorted(glob.glob(os.path.join(ROOT, "gazetteers", "*.tsv"))):
        name = os.path.basename(p)
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                ident = cols[2] if len(cols) > 2 and cols[2] else cols[0]
                forms = [cols[0]] + (cols[1].split("|") if len(cols) > 1 and cols[1] else [])
                for form in forms:
                    index.setdefault(form, []).append("%s %s" % (name, ident))
    missing = []
    for form in FORMS:
        hits = index.get(form, [])
        where = ", ".join(hits[:4]) + (" (+%d)" % (len(hits) - 4) if len(hits) > 4 else "")
        print("%-24s %-9s %s" % (form, "in-seeds" if form in seeds else "-", where or "MISSING"))
        if not hits:
            missing.append(form)
    print("missing: %s" % (", ".join(missing) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
