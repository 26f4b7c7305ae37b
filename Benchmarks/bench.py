#!/usr/bin/env python3
"""Measures the release binary against `wc -w` in the same run and writes the medians to
Benchmarks/RESULTS.md (the section between the THROUGHPUT markers is replaced)."""
import argparse, datetime, os, platform, re, statistics, subprocess, sys, time

p = argparse.ArgumentParser()
p.add_argument("--binary", required=True)
p.add_argument("--work", required=True)
p.add_argument("--runs", type=int, default=5)
p.add_argument("--results", required=True)
p.add_argument("--command", required=True)
a = p.parse_args()


def run(cmd, stdin=None):
    """Wall seconds and peak RSS (MB) of one run; stdout discarded; fails loudly."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{err}")
    return wall, usage.ru_maxrss / 1024


def median_of(cmd, runs, stdin_path=None):
    walls, peaks = [], []
    for _ in range(runs):
        with open(stdin_path or os.devnull, "rb") as f:
            w, m = run(cmd, f)
        walls.append(w)
        peaks.append(m)
    return statistics.median(walls), max(peaks)


corpus = os.path.join(a.work, "corpus50.jsonl")
big = os.path.join(a.work, "corpus500.jsonl")
mb = os.path.getsize(corpus) / 1e6
help_text = subprocess.run([a.binary, "extract", "--help"], capture_output=True, text=True).stdout
threads = "--threads" in help_text
cores = os.cpu_count()
rows = []
# Warm the page cache and the compiled gazetteer cache first.
run([a.binary, "extract", corpus])
run(["wc", "-w", corpus])

wc, _ = median_of(["wc", "-w", corpus], a.runs)
rows.append(("`wc -w` (reference)", wc, mb / wc))
one_cmd = [a.binary, "extract", corpus] + (["--threads", "1"] if threads else [])
one, peak50 = median_of(one_cmd, a.runs)
rows.append(("`extract`, 1 thread", one, mb / one))
if threads:
    alln, _ = median_of([a.binary, "extract", corpus, "--threads", str(cores)], a.runs)
    rows.append((f"`extract`, {cores} threads", alln, mb / alln))
else:
    alln = None
startup, _ = median_of([a.binary, "extract", "-"], max(a.runs, 10))
graph_t, graph_peak = median_of([a.binary, "graph", corpus, "--format", "graphml", "-o", os.path.join(a.work, "g.graphml")], a.runs)
peak500 = None
if os.path.exists(big):
    _, peak500 = median_of(one_cmd[:2] + [big] + one_cmd[3:], 1)

cpu = platform.processor() or ""
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip(); break
except OSError:
    pass
lines = [
    "<!-- THROUGHPUT:BEGIN (written by Benchmarks/run.sh; edits here are replaced) -->",
    "## Throughput, memory and start-up",
    "",
    f"- Date: {datetime.date.today().isoformat()}; machine: {cores} cores, {cpu}; release build.",
    f"- Command: `{a.command}` (medians of {a.runs} runs; the machine is shared and noisy: read the ratios).",
    f"- Corpus: {mb:.1f} MB JSONL of 40-line documents made from `../shared/bench/raw_fr.txt` (repeated); every shipped list loaded.",
    "",
    "| what | median seconds | MB/s |",
    "|---|---:|---:|",
]
lines += [f"| {name} | {t:.3f} | {rate:.1f} |" for name, t, rate in rows]
lines += [
    "",
    f"- One-thread `extract` / `wc -w` throughput ratio: **{wc / one:.2f}**" + (f"; {cores} threads / 1 thread: **{one / alln:.2f}x**" if alln else "; `--threads` not available yet"),
    f"- Start-up (`extract -` on empty input, all lists, warm cache): **{startup * 1000:.0f} ms**",
    f"- `graph --format graphml` on the corpus (extraction + graph build + export): {graph_t:.2f} s, peak {graph_peak:.0f} MB",
    f"- Peak memory, `extract`: {peak50:.0f} MB at {mb:.0f} MB of input" + (f"; {peak500:.0f} MB at {os.path.getsize(big) / 1e6:.0f} MB (ratio {peak500 / peak50:.2f})" if peak500 else ""),
    "<!-- THROUGHPUT:END -->",
]
section = "\n".join(lines) + "\n"
text = open(a.results).read() if os.path.exists(a.results) else "# Benchmark results\n\n"
pattern = re.compile(r"<!-- THROUGHPUT:BEGIN.*?<!-- THROUGHPUT:END -->\n", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
with open(a.results + ".tmp", "w") as f:
    f.write(text)
os.replace(a.results + ".tmp", a.results)
print(section)
