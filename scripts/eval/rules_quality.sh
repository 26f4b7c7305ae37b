#!/usr/bin/env bash
# Prints the extraction quality tables of Documentation/Quality.md: the seeds and the WiNER French dev split.
# Needs ../shared (the evaluation data, never committed); exits 0 with a note when it is absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared/eval
if [[ ! -f $shared/seeds.gold.jsonl ]]; then
    echo "rules_quality: $shared not found: nothing to score" >&2
    exit 0
fi
swift build -c release --product entitygraph >/dev/null
bin=.build/release/entitygraph
echo "== seeds ($shared/seeds.gold.jsonl)"
$bin evaluate --gold "$shared/seeds.gold.jsonl" seeds/
echo
echo "== WiNER French dev ($shared/winer_fr_dev.jsonl; PERSON->PER, COUNTRY and PLACE->LOC, MISC left out)"
$bin evaluate --gold "$shared/winer_fr_dev.jsonl" --map PERSON=PER --map COUNTRY=LOC --map PLACE=LOC --ignore MISC
echo
echo "== WiNER French dev, per rule"
scripts/eval/rule_precision.py "$shared/winer_fr_dev.jsonl" --binary "$bin"
