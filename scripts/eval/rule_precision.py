#!/usr/bin/env python3
"""Per-rule precision of `entitygraph extract` against a JSONL gold file (the table of Documentation/Quality.md).

A mention is right when the gold has the same span (code points) and the same type after mapping
(PERSON->PER, COUNTRY and PLACE->LOC by default, as `evaluate --map`); mentions lying exactly on a
span of an ignored gold type (MISC) are left out, as `evaluate --ignore` does. Demonyms are not
entities and are not counted.

    scripts/eval/rule_precision.py ../shared/eval/winer_fr_dev.jsonl [--binary .build/release/entitygraph]

Reads the gold file at run time only; exits 0 with a note when it is absent.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--binary", default=".build/release/entitygraph")
    parser.add_argument("--map", action="append", default=["PERSON=PER", "COUNTRY=LOC", "PLACE=LOC"])
    parser.add_argument("--ignore", action="append", default=["MISC"])
    args = parser.parse_args()
    if not os.path.exists(args.gold):
        print(f"rule_precision: {args.gold} not found: nothing to score", file=sys.stderr)
        return 0
    mapping = dict(pair.split("=", 1) for pair in args.map)
    gold, ignored = {}, {}
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            spans = {}
            for e in doc.get("entities", []):
                key = (e["start"], e["end"])
                if e["type"] in args.ignore:
                    ignored.setdefault(doc["id"], set()).add(key)
                else:
                    spans[key] = e["type"]
            gold[doc["id"]] = spans
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
        subprocess.run([args.binary, "extract", args.gold, "-o", out.name], check=True)
        with open(out.name, encoding="utf-8") as f:
            predictions = [json.loads(line) for line in f if line.strip()]
    counts = collections.defaultdict(lambda: [0, 0])
    for doc in predictions:
        spans = gold.get(doc["id"], {})
        for m in doc.get("entities", []):
            key = (m["start"], m["end"])
            if key in ignored.get(doc["id"], set()):
                continue
            right = spans.get(key) == mapping.get(m["type"], m["type"])
            counts[m["rule"]][0 if right else 1] += 1
    print("| rule | right | wrong | precision |")
    print("|---|---:|---:|---:|")
    for rule, (right, wrong) in sorted(counts.items(), key=lambda item: -sum(item[1])):
        print(f"| {rule} | {right} | {wrong} | {right / (right + wrong):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
