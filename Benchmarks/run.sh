#!/usr/bin/env bash
# One-command throughput and memory benchmark (issue 8). Builds in release mode, makes a
# ~50 MB corpus (and a ~500 MB one for memory) from ../shared/bench/raw_fr.txt, and measures
# in one run, medians of several runs: extract throughput with every shipped list on one
# thread and on all cores, `wc -w` on the same file as the reference, their ratio, peak
# memory at 50 and 500 MB, start-up time with all lists, and graph build + export time.
# Results replace the "Throughput" section of Benchmarks/RESULTS.md.
#   Benchmarks/run.sh            # RUNS=5 SIZE_MB=50 BIG_MB=500 by default
set -euo pipefail
cd "$(dirname "$0")/.."
raw=${RAW:-../shared/bench/raw_fr.txt}
if [ ! -f "$raw" ]; then
    echo "Benchmarks/run.sh: $raw not found (it lives in ../shared/bench); nothing measured" >&2
    exit 0
fi
scripts/setup.sh
swift build -c release 2>&1 | tail -1
work=${BENCH_DIR:-/tmp/entitygraph-bench}
mkdir -p "$work"
python3 Benchmarks/make_corpus.py "$raw" "$work/corpus50.jsonl" "${SIZE_MB:-50}"
if [ "${BIG_MB:-500}" != 0 ]; then
    python3 Benchmarks/make_corpus.py "$raw" "$work/corpus500.jsonl" "${BIG_MB:-500}"
fi
python3 Benchmarks/bench.py --binary .build/release/entitygraph --work "$work" --runs "${RUNS:-5}" \
    --results Benchmarks/RESULTS.md --command "Benchmarks/run.sh${*:+ $*}"
