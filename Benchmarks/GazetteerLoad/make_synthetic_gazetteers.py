#!/usr/bin/env python3
"""Writes a synthetic gazetteer folder the size of the shipped lists (or larger), to measure loading.

Deterministic (fixed seed). Names are built from syllables, with accents, hyphens,
multi-word names, aliases and the attributes the real lists carry, so that parsing,
tokenizing and compiling cost what they cost on real data.

    python3 make_synthetic_gazetteers.py OUT_DIR [--scale 1.0]

Scale 1.0 gives ~4.6 MB and ~150k forms (the issue's upper estimate for the shipped lists).
"""
import os
import random
import sys

SYLLABLES = ["ba", "bé", "ca", "cho", "da", "dé", "el", "fa", "ga", "gui", "ha", "ï", "ja", "ka", "la", "lo",
             "ma", "mé", "na", "no", "ou", "pa", "pi", "qua", "ra", "ré", "sa", "sé", "ta", "to", "u", "va",
             "vi", "wa", "xa", "ya", "za", "zo", "an", "in", "on", "er", "ar", "ul", "ès", "ô", "ç", "kh", "th"]


def word(rng, lo=2, hi=4):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi))).capitalize()


def name(rng):
    r = rng.random()
    if r < 0.55:
        return word(rng)
    if r < 0.75:
        return word(rng) + "-" + word(rng)
    if r < 0.9:
        return word(rng) + " " + word(rng)
    return rng.choice(["Saint-", "San ", "Al-", "New ", "Bad ", "Le "]) + word(rng)


def write(path, header, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n# SYNTHETIC: made by Benchmarks/GazetteerLoad/make_synthetic_gazetteers.py\n")
        seen = set()
        for line in lines:
            if line not in seen:
                seen.add(line)
                f.write(line + "\n")


def main():
    out = sys.argv[1]
    scale = float(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1.0
    rng = random.Random(20241121)
    codes = sorted({chr(65 + i) + chr(65 + j) for i in range(26) for j in range(26)})[: 250]

    countries = []
    for i, cc in enumerate(codes):
        canonical = name(rng)
        aliases = [name(rng) for _ in range(rng.randint(1, 5))] + [canonical.upper() if len(canonical) <= 4 else cc]
        countries.append(f"{canonical}\t{'|'.join(aliases)}\tiso:{cc}\talpha3={cc}X")
    write(f"{out}/countries.tsv", "#! type=COUNTRY source=generated", countries)

    demonyms = []
    for cc in codes:
        base = word(rng).lower() + "ien"
        demonyms.append(f"{base}\t{base}ne|{base}s|{base}nes|{base.capitalize()}s\tiso:{cc}")
    write(f"{out}/demonyms.tsv", "#! type=COUNTRY role=demonym source=curated lang=fr", demonyms)

    cities = []
    for i in range(int(70000 * scale)):
        canonical = name(rng)
        n = rng.choices([0, 1, 2, 4], weights=[50, 25, 15, 10])[0]
        aliases = "|".join(name(rng) for _ in range(n))
        attrs = f"pop={rng.randint(15000, 3000000)};cc={rng.choice(codes)}"
        if rng.random() < 0.04:
            attrs += ";amb=" + rng.choice(["word", "firstname", "word,firstname"])
        cities.append(f"{canonical}\t{aliases}\tgeonames:{1000000 + i}\t{attrs}")
    write(f"{out}/cities.tsv", "#! type=PLACE source=generated subtype=city", cities)

    subdivisions = []
    for i in range(int(5000 * scale)):
        cc = rng.choice(codes)
        subdivisions.append(f"{name(rng)}\t{name(rng) if rng.random() < 0.5 else ''}\tiso:{cc}-{i}\tcc={cc}")
    write(f"{out}/subdivisions.tsv", "#! type=PLACE source=generated subtype=subdivision", subdivisions)

    firstnames = [f"{word(rng, 1, 3)}\t\t\tlang=fr;gender={rng.choice('mf')}" for _ in range(int(35000 * scale))]
    write(f"{out}/firstnames.tsv", "#! list=firstnames source=generated", firstnames)

    orgs = []
    for i in range(int(2500 * scale)):
        canonical = " ".join(word(rng) if k == 0 else word(rng).lower() for k in range(rng.randint(1, 5)))
        acronym = "".join(w[0] for w in canonical.split()).upper()
        orgs.append(f"{canonical}\t{acronym}|{name(rng)}\teg:org/o{i}\tsubtype=org")
    write(f"{out}/organizations.tsv", "#! type=ORG source=curated", orgs)

    people = [f"{word(rng)} {word(rng)}\t{word(rng)}\teg:person/p{i}" for i in range(int(3000 * scale))]
    write(f"{out}/people.tsv", "#! type=PERSON source=curated", people)

    write(f"{out}/regions.tsv", "#! type=PLACE source=curated subtype=region",
          [f"{name(rng)}\t{name(rng)}\teg:place/r{i}" for i in range(500)])
    write(f"{out}/lists/stopwords.tsv", "#! list=stopwords lang=fr", ["le", "la", "les", "de", "des", "du", "et", "un", "une", "sur", "à"])
    write(f"{out}/lists/place-triggers.tsv", "#! list=place-triggers lang=fr", ["à", "près de", "ville de", "en", "au"])
    write(f"{out}/lists/person-titles.tsv", "#! list=person-titles lang=fr", ["M.", "Mme", "président", "ministre"])
    write(f"{out}/lists/org-heads.tsv", "#! list=org-heads lang=fr", ["ministère", "agence", "parti"])
    write(f"{out}/lists/particles.tsv", "#! list=particles", ["de", "du", "van", "von", "al", "ben"])
    write(f"{out}/lists/media-cues.tsv", "#! list=media-cues lang=fr", ["journal", "quotidien", "radio"])


if __name__ == "__main__":
    main()
