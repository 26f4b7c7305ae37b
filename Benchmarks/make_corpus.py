#!/usr/bin/env python3
"""Writes a JSONL corpus of news-sized documents (40 lines of the source each) by repeating
the source text until the file reaches SIZE_MB megabytes. Deterministic; skipped when the
file already has the right size."""
import json, os, sys

src, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
target = int(size_mb * 1_000_000)
if os.path.exists(out) and abs(os.path.getsize(out) - target) < 200_000:
    sys.exit(0)
lines = [l.rstrip("\n") for l in open(src, encoding="utf-8", errors="replace") if l.strip()]
tmp = out + ".tmp"
written, n, i = 0, 0, 0
with open(tmp, "w", encoding="utf-8") as f:
    while written < target:
        chunk = [lines[(i + k) % len(lines)] for k in range(40)]
        i += 40
        n += 1
        line = json.dumps({"id": f"d{n:07d}", "text": "\n".join(chunk)}, ensure_ascii=False) + "\n"
        f.write(line)
        written += len(line.encode("utf-8"))
os.replace(tmp, out)
print(f"{out}: {n} documents, {written / 1e6:.1f} MB", file=sys.stderr)
