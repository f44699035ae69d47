"""NeuS raw-crawl rows where a duration conflict (compare/durations.py) could be read:
the rows to run old and new code on and diff (session 34, i12-conflicts14).

A row is listed when it is none of the conflict golds' rows (gold/conflicts-neus*/
neus<N>.json) and at least two of its reports each hold, in their body, a number
(digits, or a word number "one" … "twenty", "thirty" … "ninety") followed by a unit of
time ("six hours", "12-year", "30 days"). The duration rule reads nothing else, so a
row without two such reports cannot change. The rule was fixed before any row's output
was read; every row it lists is run (``--take K`` keeps the first K in SHA-1 order of
``"i12-conflicts14:<row>"`` when a budget is needed).

Usage: python scripts/duration_rows.py ../shared/data [--take K]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

from newsprism.eval.neus_raw import CRAWL

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
         "seventy eighty ninety").split()  # fmt: skip
DURATION = re.compile(r"\b(?:\d[\d,.]*|" + "|".join(WORDS) + r")[\s-]+"
                      r"(?:second|minute|hour|day|week|month|year|decade)s?\b", re.I)


def gold_rows() -> set[int]:
    """The rows of the three NeuS conflict golds."""
    return {int(p.stem[4:]) for p in ROOT.glob("gold/conflicts-neus*/neus*.json")}


def duration_rows(data: Path) -> list[int]:
    """Rows 0–505, no conflict gold's, with two reports holding a duration phrase."""
    crawl = [json.loads(line) for line in (data / CRAWL).open(encoding="utf-8")]
    skip = gold_rows()
    out = []
    for r, row in enumerate(crawl[:506]):
        bodies = [" ".join(n.get("newBody") or []) for n in row["news"].values()]
        if r not in skip and sum(bool(DURATION.search(b)) for b in bodies) >= 2:
            out.append(r)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--take", type=int, default=0)
    args = parser.parse_args()
    rows = duration_rows(args.data)
    if args.take:
        rows = sorted(sorted(rows, key=lambda r: hashlib.sha1(
            f"i12-conflicts14:{r}".encode()).hexdigest())[: args.take])  # fmt: skip
    print(len(rows), "rows:", " ".join(map(str, rows)))


if __name__ == "__main__":
    main()
