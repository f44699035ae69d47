"""Pick NeuS raw rows no summary reader has read, by a rule fixed before reading.

Why: by session 32 every row is named by some compare-stage file
(``neus_unnamed_rows.py --compare-only`` finds none), but most were read for conflicts,
quotes or shared facts, not for the summary a user sees first. A row counts as read by a
summary reader when it is named (``neus_unnamed_rows._numbers``' forms) in a section of a
doc whose heading names a summary branch (``i12-summary…``) or the word "summary", in
``gold/summary-neus/``, or in a test file whose name holds "summary". Fit: two or more
reports with a body. Order: sha1 of "SALT:ROW"; taken: the first ``--take`` (12).

Usage (from the checkout root): python scripts/summary_fresh_rows.py DATA SALT [--take 12]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from neus_unnamed_rows import ROOT, _numbers

from newsprism.eval.neus_raw import CRAWL

HEADING = re.compile(r"^## .*$", re.M)
SUMMARY_HEADING = re.compile(r"summary", re.I)


def section_numbers(doc: Path, heading: re.Pattern[str]) -> set[int]:
    """Rows named in the ``## `` sections of ``doc`` whose heading line ``heading`` finds."""
    text = doc.read_text(encoding="utf-8")
    starts = [m.start() for m in HEADING.finditer(text)] + [len(text)]
    named: set[int] = set()
    for a, b in pairwise(starts):
        part = text[a:b]
        if heading.search(part.splitlines()[0]):
            named |= _numbers(part, doc)
    return named


def summary_named() -> set[int]:
    """Rows named where a summary reader wrote (the module docstring)."""
    named: set[int] = set()
    for doc in sorted((ROOT / "docs").glob("*.md")):
        named |= section_numbers(doc, SUMMARY_HEADING)
    files = [*(ROOT / "gold/summary-neus").rglob("*"), *(ROOT / "tests").rglob("*summary*")]
    for path in files:
        if path.is_file():
            named |= _numbers(path.read_text(encoding="utf-8", errors="replace"), path)
    return named


def main() -> None:
    """Print the rows taken and the next few."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("salt")
    ap.add_argument("--take", type=int, default=12)
    a = ap.parse_args()
    rows = [json.loads(x) for x in Path(a.data, CRAWL).read_text(encoding="utf-8").splitlines()]
    named = summary_named()
    ok = [i for i in range(min(len(rows), 506)) if i not in named
          and sum(bool(n["newBody"]) for n in rows[i]["news"].values()) >= 2]
    order = sorted(ok, key=lambda n: hashlib.sha1(f"{a.salt}:{n}".encode()).hexdigest())
    print(f"summary-named: {len(named)}; fit and free: {len(ok)}")
    print("taken:", " ".join(map(str, sorted(order[: a.take]))))
    print("next:", " ".join(map(str, order[a.take : a.take + 6])))


if __name__ == "__main__":
    main()
