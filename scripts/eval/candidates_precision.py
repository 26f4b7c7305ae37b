#!/usr/bin/env python3
"""Precision of `entitygraph candidates` at the top N against a gold JSONL (default: ../shared/eval/winer_fr_dev.jsonl).

A candidate is right when its name (or one of its variants' group name) is, case- and accent-insensitively,
the text of a gold entity of the guessed type (PERSON->PER, COUNTRY/PLACE->LOC, ORG->ORG). Untyped
candidates count as wrong. Skips (exit 0) when the gold file is absent.

Usage: scripts/eval/candidates_precision.py [GOLD] [--top 50] [--binary .build/release/entitygraph]
"""
import argparse, json, os, subprocess, sys, unicodedata

MAP = {"PERSON": "PER", "COUNTRY": "LOC", "PLACE": "LOC", "ORG": "ORG"}


def fold(s):
    s = unicodedata.normalize("NFD", s.replace("’", "'"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", default=os.path.join(repo, "..", "shared", "eval", "winer_fr_dev.jsonl"))
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--binary", default=os.path.join(repo, ".build", "debug", "entitygraph"))
    args = parser.parse_args()
    if not os.path.exists(args.gold):
        print(f"skipped: {args.gold} is absent")
        return 0
    gold = set()
    for line in open(args.gold, encoding="utf-8"):
        doc = json.loads(line)
        text = doc.get("text", "")
        for e in doc.get("entities", []):
            surface = e.get("text") or text[e["start"]:e["end"]]
            gold.add((fold(surface), e["type"]))
    out = subprocess.run([args.binary, "candidates", args.gold, "--format", "tsv", "--top", str(args.top)],
                         cwd=repo, capture_output=True, text=True, check=True).stdout
    rows = [l.split("\t") for l in out.splitlines()[1:] if l]
    right = 0
    for rank, name, type_, conf, mentions, docs, reason, alias in rows:
        ok = type_ in MAP and (fold(name), MAP[type_]) in gold
        right += ok
        print(f"{rank:>3} {'+' if ok else '-'} {type_:7} {name}  ({mentions} mentions, {reason})")
    precision = right / len(rows) if rows else 0.0
    print(f"precision at top {len(rows)}: {right}/{len(rows)} = {precision:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
