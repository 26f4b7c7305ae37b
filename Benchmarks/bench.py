#!/usr/bin/env python3
"""Measures the release binary against `wc -w` in the same run and writes the medians to
Benchmarks/RESULTS.md (the section between the THROUGHPUT markers is replaced)."""
import argparse, datetime, os, platform, re, statistics, subprocess, sys, tempfile, time

p = argparse.ArgumentParser()
p.add_argument("--binary", required=True)
p.add_argument("--work", required=True)
p.add_argument("--runs", type=int, default=5)
p.add_argument("--results", required=True)
p.add_argument("--command", required=True)
a = p.parse_args()


CPU = {}  # command -> median CPU seconds (user + system) of its last median_of


def run(cmd, stdin=None, stdout=None):
    """Wall seconds, peak RSS (MB) and CPU seconds of one run; stdout discarded unless given; fails loudly."""
    # stderr goes to a file, not a pipe: a run that warns a lot would block on a full pipe before wait4 returns.
    with tempfile.TemporaryFile() as errfile:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                                stdout=stdout or subprocess.DEVNULL, stderr=errfile)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        errfile.seek(0)
        err = errfile.read()[-4000:].decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{err}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def median_of(cmd, runs, stdin_path=None):
    walls, peaks, cpus = [], [], []
    for _ in range(runs):
        with open(stdin_path or os.devnull, "rb") as f:
            w, m, c = run(cmd, f)
        walls.append(w)
        peaks.append(m)
        cpus.append(c)
    CPU[" ".join(cmd)] = statistics.median(cpus)
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
wc_cpu = CPU[" ".join(["wc", "-w", corpus])]
rows.append(("`wc -w` (reference)", wc, mb / wc, wc_cpu))
one_cmd = [a.binary, "extract", corpus] + (["--threads", "1"] if threads else [])
one, peak50 = median_of(one_cmd, a.runs)
one_cpu = CPU[" ".join(one_cmd)]
rows.append(("`extract`, 1 thread", one, mb / one, one_cpu))
if threads:
    all_cmd = [a.binary, "extract", corpus, "--threads", str(cores)]
    alln, _ = median_of(all_cmd, a.runs)
    rows.append((f"`extract`, {cores} threads", alln, mb / alln, CPU[" ".join(all_cmd)]))
    # Same bytes whatever the number of threads (checked on every run of the benchmark).
    outputs = []
    for n in (1, cores):
        path = os.path.join(a.work, f"extract-{n}.jsonl")
        run([a.binary, "extract", corpus, "--threads", str(n), "-o", path])
        outputs.append(open(path, "rb").read())
    identical = outputs[0] == outputs[1]
else:
    alln = None
    identical = None
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
    "| what | median wall s | MB/s (wall) | median CPU s | MB/s per CPU second |",
    "|---|---:|---:|---:|---:|",
]
lines += [f"| {name} | {t:.3f} | {rate:.1f} | {c:.3f} | {mb / c:.1f} |" for name, t, rate, c in rows]
lines += [
    "",
    f"- One-thread `extract` / `wc -w` throughput ratio: **{wc / one:.3f}** (wall), **{wc_cpu / one_cpu:.3f}** (CPU time, robust to other users' load)" + (f"; {cores} threads / 1 thread: **{one / alln:.2f}x** (wall)" if alln else "; `--threads` not available yet"),
    f"- Output of `--threads 1` and `--threads {cores}` byte-identical: **{'yes' if identical else 'NO'}**" if identical is not None else "- `--threads` not available: no identity check",
    f"- Load average at the end of the run: {os.getloadavg()[0]:.1f} on {cores} cores (`wc -w` runs in locale `{os.environ.get('LC_ALL') or os.environ.get('LANG') or 'C'}`).",
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
