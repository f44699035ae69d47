"""Pick NeuS raw rows for a reader's pass over whole stories, by a rule fixed before reading.

Why: a reader's pass (every item of the report read against the articles) is evidence only
when its rows were not chosen for what they show. Every row is named by some stage by now;
this takes the rows no summary reader has read (``summary_fresh_rows.summary_named``), drops
the rows given with ``--skip`` (an earlier reader's pass), keeps a row only when it has
three reports, each with a body and each untagged news (``opinionTag`` "None": no opinion,
analysis or fact-check piece), and orders them by sha1 of "SALT:ROW"; the first ``--take``.

``--train-only`` (session 38) keeps only the roundups of the clustering eval's train half
(``neus_raw_part`` "train"): the held-out half is never read.

``--skip-read`` (session 36) also drops every row an earlier reader or NeuS gold read: the
rows named (``neus_unnamed_rows._numbers``' forms, or a ``neusN`` file name) in any file of
``gold/*neus*/``, and in every section of docs/eval-compare.md whose heading says "reader's
pass" or "read whole".

Usage (from the checkout root):
    python scripts/reader_pass_rows.py DATA SALT [--skip 1 2 3] [--skip-read] [--train-only]
                                       [--take 8]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from neus_unnamed_rows import ROOT, _numbers
from summary_fresh_rows import section_numbers, summary_named

from newsprism.eval.clustering import neus_raw_part
from newsprism.eval.neus_raw import CRAWL

READ_HEADING = re.compile(r"reader's pass|read whole", re.I)


def read_named() -> set[int]:
    """Rows a NeuS gold or an earlier reader's pass named (the module docstring)."""
    named: set[int] = set()
    for path in sorted(ROOT.glob("gold/*neus*/**/*")):
        if path.is_file():
            named |= _numbers(path.read_text(encoding="utf-8", errors="replace"), path)
            named |= {int(m) for m in re.findall(r"neus(\d+)", path.name)}
    return named | section_numbers(ROOT / "docs" / "eval-compare.md", READ_HEADING)


def untagged_three(row: dict) -> bool:
    """Three reports, each with a body and no opinion/analysis/fact-check tag."""
    news = list(row["news"].values())
    return len(news) >= 3 and all(
        n.get("newBody") and str(n.get("opinionTag", "None")) == "None" for n in news)


def main() -> None:
    """Print the rows taken (in pick order), the rows the tag rule skipped, and the next few."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("salt")
    ap.add_argument("--skip", type=int, nargs="*", default=[])
    ap.add_argument("--take", type=int, default=8)
    ap.add_argument("--skip-read", action="store_true")
    ap.add_argument("--train-only", action="store_true")
    a = ap.parse_args()
    rows = [json.loads(x) for x in Path(a.data, CRAWL).read_text(encoding="utf-8").splitlines()]
    free = set(range(min(len(rows), 506))) - summary_named() - set(a.skip)
    if a.skip_read:
        free -= read_named()
    if a.train_only:
        free = {n for n in free if neus_raw_part(rows[n]["id"]) == "train"}
    order = sorted(free, key=lambda n: hashlib.sha1(f"{a.salt}:{n}".encode()).hexdigest())
    taken, skipped = [], []
    for n in order:
        if len(taken) == a.take:
            break
        (taken if untagged_three(rows[n]) else skipped).append(n)
    print("taken:", " ".join(map(str, taken)))
    print("skipped by the tag/three-report rule:", " ".join(map(str, skipped)))
    rest = [n for n in order if n not in taken and n not in skipped]
    print("next:", " ".join(map(str, rest[:6])))


if __name__ == "__main__":
    main()
