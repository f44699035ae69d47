"""Rows 257-505 that a file under gold/ docs/ tests/ scripts/ names explicitly (ranges listed apart)."""
import json, re, subprocess
files = subprocess.run(["git", "ls-files", "gold", "docs", "tests", "scripts"], capture_output=True, text=True).stdout.split()
named, ranged = {}, {}
def add(d, n, f, why):
    d.setdefault(n, set()).add(f"{f}:{why}")
for f in files:
    try:
        t = open(f, encoding="utf-8").read()
    except Exception:
        continue
    for m in re.finditer(r"\b(?:r|neus|neus-raw:)(\d{1,3})\b", t):
        add(named, int(m.group(1)), f, m.group(0))
    for m in re.finditer(r"\b[Rr]ows?\s+(\d{1,3}(?:(?:\s*,\s*|\s+and\s+|\s*/\s*)\d{1,3}\b)*)", t):
        for n in re.findall(r"\d{1,3}", m.group(1)):
            add(named, int(n), f, m.group(0)[:40])
    for m in re.finditer(r"\b[Rr]ows?\s+(\d{1,3})\s*(?:–|-|to)\s*(\d{1,3})\b", t):
        for n in range(int(m.group(1)), int(m.group(2)) + 1):
            add(ranged, n, f, m.group(0))
    for m in re.finditer(r"\"row\"\s*:\s*(\d+)", t):
        add(named, int(m.group(1)), f, "json row")
    for m in re.finditer(r"\b(5[6-9]\d\d|6[01]\d\d)\b", t):
        i = int(m.group(1)) - 5607
        if 0 <= i <= 505:
            add(named, i, f, "id " + m.group(1))
for n in range(257, 506):
    if n not in named:
        print(n, "free", sorted(ranged.get(n, []))[:4])
