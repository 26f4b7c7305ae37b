#!/usr/bin/env bash
# Fuzzes EntityGraph with libFuzzer and AddressSanitizer (leaks included). Not part of
# `swift build` or CI: the targets are plain swiftc invocations over the library's sources.
#
#   scripts/fuzz.sh build                 build every target into Fuzz/.build
#   scripts/fuzz.sh run TARGET [SECONDS]  fuzz one target (default 600 s), log in Fuzz/.work/logs
#   scripts/fuzz.sh all [SECONDS]         fuzz every target, two at a time (the machine has 2 cores)
#   scripts/fuzz.sh replay                run each target once over its seeds and regression inputs
#   scripts/fuzz.sh summary               one line per target from the last logs (for Documentation/Reliability.md)
#
# Targets (Fuzz/Targets/TARGET.swift, checks in Tests/EntityGraphTests/Fuzz/FuzzChecks.swift,
# shared with the test that replays the regression inputs):
#   text       tokenizer, segmenter, normalizer, token parts and the extraction pipeline
#   gazetteer  the gazetteer list parser and compiler
#   html       the HTML reader (libxml2): charset, nesting, entities, extraction
#   jsonl      the JSON Lines reader: lines, ids, splitting, repair, metadata
#   roundtrip  graphs with arbitrary names -> GraphML, GEXF, DOT (and JSON) -> parsed back
#
# A crash, leak, timeout (30 s per input: 10 s gave false alarms when other builds stalled the machine) or out-of-memory (2 GB) input lands in Fuzz/.work/crashes/TARGET/;
# once fixed, copy it to Tests/EntityGraphTests/Fixtures/fuzz-regressions/TARGET/ (the tests replay it).
# Swift has no -sanitize=undefined: its own checks (overflow, bounds, exclusivity) trap in -O builds,
# which libFuzzer reports as a crash; UBSan would only cover C, and the only C here is libxml2 itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/Fuzz/.build"
work="$root/Fuzz/.work"
targets=(text gazetteer html jsonl roundtrip)
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
# Swift's own crash reporter reads memory ASan guards and crashes in turn: leave crash reports to ASan.
export SWIFT_BACKTRACE=enable=no

need_tools() {
    command -v swiftc >/dev/null || { echo "fuzz: swiftc not found" >&2; exit 1; }
    local clang_rt
    clang_rt=$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang
    if ! find "$clang_rt" -name 'libclang_rt.fuzzer-*.a' 2>/dev/null | grep -q .; then
        echo "fuzz: this Swift toolchain ships no libFuzzer runtime (libclang_rt.fuzzer); use swift.org's Linux toolchain" >&2
        exit 1
    fi
    if ! pkg-config --exists libxml-2.0 2>/dev/null; then scripts/setup.sh; fi
}

build_all() {
    need_tools
    mkdir -p "$build"
    local cflags
    cflags=$(pkg-config --cflags libxml-2.0)
    local sources
    mapfile -t sources < <(find Sources/EntityGraph -name '*.swift' | LC_ALL=C sort)
    # The library once, instrumented for coverage and ASan; -enable-testing lets the checks use internal API.
    if [ ! -f "$build/EntityGraph.o" ] || [ -n "$(find Sources/EntityGraph Sources/CLibXML2 -newer "$build/EntityGraph.o" -print -quit)" ]; then
        echo "fuzz: building the library ($sanitizers)" >&2
        swiftc -c -O -wmo -parse-as-library -enable-testing -module-name EntityGraph -swift-version 6 \
            -sanitize="$sanitizers" -I Sources/CLibXML2 -Xcc ${cflags} \
            -emit-module -emit-module-path "$build/EntityGraph.swiftmodule" \
            "${sources[@]}" -o "$build/EntityGraph.o"
    fi
    for target in "${targets[@]}"; do
        local out="$build/fuzz-$target"
        if [ ! -f "$out" ] || [ "$build/EntityGraph.o" -nt "$out" ] || [ "Fuzz/Targets/$target.swift" -nt "$out" ] \
            || [ Tests/EntityGraphTests/Fuzz/FuzzChecks.swift -nt "$out" ]; then
            echo "fuzz: building $target" >&2
            swiftc -O -parse-as-library -module-name "Fuzz_$target" -swift-version 6 -sanitize="$sanitizers" \
                -I "$build" -I Sources/CLibXML2 -Xcc ${cflags} \
                "Fuzz/Targets/$target.swift" Tests/EntityGraphTests/Fuzz/FuzzChecks.swift \
                "$build/EntityGraph.o" -lxml2 -o "$out" 2> >(grep -v 'Cannot export local symbol' >&2)
        fi
    done
}

# Options every run shares: hangs and memory blow-ups are findings too.
fuzz_options() {
    local target=$1
    local max_len=4096
    case $target in html|jsonl) max_len=65536 ;; esac
    echo "-timeout=30 -rss_limit_mb=2048 -max_len=$max_len -print_final_stats=1 -detect_leaks=1" \
        "-artifact_prefix=$work/crashes/$target/ -dict=Fuzz/Dictionaries/$target.dict"
}

run_one() {
    local target=$1 seconds=${2:-600}
    local corpus="$work/corpus/$target" log="$work/logs/$target.log"
    mkdir -p "$corpus" "$work/crashes/$target" "$work/logs"
    # The committed seeds and the regression inputs start every run.
    cp -n Fuzz/Corpus/"$target"/* "$corpus"/ 2>/dev/null || true
    cp -n Tests/EntityGraphTests/Fixtures/fuzz-regressions/"$target"/* "$corpus"/ 2>/dev/null || true
    echo "fuzz: $target for $seconds s, log $log" >&2
    local status=0
    # shellcheck disable=SC2046
    (cd "$root" && timeout $((seconds + 120)) "$build/fuzz-$target" $(fuzz_options "$target") \
        -max_total_time="$seconds" "$corpus") >"$log" 2>&1 || status=$?
    summarize "$target"
    return $status
}

summarize() {
    local target=$1 log="$work/logs/$1.log"
    [ -f "$log" ] || { echo "$target: no log"; return; }
    local execs time cov ft crashes corpus
    execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
    time=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | grep -oE 'in [0-9]+' | grep -oE '[0-9]+' || echo "?")
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
    corpus=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 | sed 's/corp: //' || echo "?")
    crashes=$(find "$work/crashes/$target" -type f \( -name "crash-*" -o -name "leak-*" -o -name "timeout-*" -o -name "oom-*" \) 2>/dev/null | wc -l)
    local rate="?"
    if [[ $execs =~ ^[0-9]+$ && $time =~ ^[0-9]+$ && $time -gt 0 ]]; then rate=$((execs / time)); fi
    echo "$target: $execs executions in $time s ($rate/s), coverage $cov edges, $ft features, corpus $corpus, $crashes crash/leak/timeout inputs"
}

case ${1:-} in
    build) build_all ;;
    run)
        [ -n "${2:-}" ] || { echo "usage: scripts/fuzz.sh run TARGET [SECONDS]" >&2; exit 2; }
        build_all
        run_one "$2" "${3:-600}"
        ;;
    all)
        build_all
        seconds=${2:-600}
        failed=0
        # Two at a time: one per core.
        for ((i = 0; i < ${#targets[@]}; i += 2)); do
            pids=()
            for target in "${targets[@]:i:2}"; do
                run_one "$target" "$seconds" & pids+=($!)
            done
            for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
        done
        exit $failed
        ;;
    replay)
        build_all
        mkdir -p "$work/logs"
        for target in "${targets[@]}"; do
            inputs=()
            for folder in Fuzz/Corpus/"$target" Tests/EntityGraphTests/Fixtures/fuzz-regressions/"$target"; do
                [ -d "$folder" ] && inputs+=("$folder"/*)
            done
            [ ${#inputs[@]} -gt 0 ] || continue
            echo "fuzz: replaying ${#inputs[@]} inputs through $target" >&2
            "$build/fuzz-$target" -runs=1 "${inputs[@]}" >/dev/null 2>"$work/logs/replay-$target.log" \
                || { cat "$work/logs/replay-$target.log" >&2; exit 1; }
        done
        echo "fuzz: replay passed" >&2
        ;;
    summary) for target in "${targets[@]}"; do summarize "$target"; done ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
