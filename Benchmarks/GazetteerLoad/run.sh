#!/usr/bin/env bash
# Measures how long `entitygraph extract` takes on an empty input with a large gazetteer folder:
# cold (compiling the lists, no cache) and warm (from the compiled cache), release build.
#
#   Benchmarks/GazetteerLoad/run.sh [GAZETTEER_DIR]
#
# Without GAZETTEER_DIR, a synthetic folder of the shipped lists' size is generated first.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product entitygraph >/dev/null
binary=.build/release/entitygraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lists=${1:-}
if [ -z "$lists" ]; then
    lists=$work/gazetteers
    python3 Benchmarks/GazetteerLoad/make_synthetic_gazetteers.py "$lists"
    # The cache stores only lists older than its settle time (2 s).
    touch -d '1 minute ago' $(find "$lists" -name '*.tsv')
fi
export ENTITYGRAPH_CACHE_DIR=$work/cache
bytes=$(cat $(find "$lists" -name '*.tsv') | wc -c)
summary=$($binary gazetteer check "$lists" 2>/dev/null | head -1)
echo "lists: $lists ($bytes bytes; $summary)"

measure() {  # label, then command; prints the median of 7 wall-clock runs in ms
    local label=$1; shift
    local times=()
    for _ in 1 2 3 4 5 6 7; do
        local start end
        start=$(date +%s%N)
        "$@" </dev/null >/dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
    echo "$label: median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 4p) ms (runs: $sorted)"
}

measure "cold (--no-cache, parse + compile)" $binary extract - --gazetteers "$lists" --no-cache
$binary extract - --gazetteers "$lists" </dev/null >/dev/null   # fills the cache
echo "cache file: $(du -h "$ENTITYGRAPH_CACHE_DIR"/*.bin | cut -f1)"
measure "warm (from the compiled cache)" $binary extract - --gazetteers "$lists"
mkdir -p "$work/tiny" && printf '#! type=ORG\nAFP\n' > "$work/tiny/orgs.tsv"
measure "one-line list, for reference (process start)" $binary extract - --gazetteers "$work/tiny" --no-cache
if command -v perf >/dev/null; then
    echo "warm, CPU time over 15 runs (perf stat; wall time suffers when other jobs share the cores):"
    perf stat -r 15 $binary extract - --gazetteers "$lists" </dev/null 2>&1 >/dev/null | grep -E "task-clock|elapsed"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
