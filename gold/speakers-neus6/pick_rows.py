"""Rank the free rows 257-505 (gold/speakers-neus5/free_rows.py) by double quotation marks in their reports' bodies.

The brief's rule (fixed before any row was read): most marks first, ties to the lower
row (going up from 257); take rows until marks / 2 reach 50 (the brief's "about 40-60").
"""
import json
import subprocess
import sys

data = sys.argv[1]
free = [int(line.split()[0]) for line in subprocess.run(
    [sys.executable, "gold/speakers-neus5/free_rows.py"], capture_output=True, text=True).stdout.splitlines()]
lines = open(f"{data}/neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl", encoding="utf-8").read().splitlines()
marks = {}
for n in free:
    row = json.loads(lines[n])
    marks[n] = sum(p.count('"') + p.count("\u201c") + p.count("\u201d")
                   for news in row["news"].values() for p in news["newBody"])
ranked = sorted((n for n in free if marks[n]), key=lambda n: (-marks[n], n))
taken, total = [], 0
for n in ranked:
    if total / 2 >= 50:
        break
    taken.append(n)
    total += marks[n]
print("ranked:", [(n, marks[n]) for n in ranked])
print("taken:", taken, "marks", total)
