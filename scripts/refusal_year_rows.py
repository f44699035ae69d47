"""NeuS raw rows where two session-27 kinds can act, by a text scan fixed before any
output is read (session 27, i12-fixes34; docs/eval-compare.md "Session 27: a refusal on
both sides, a relative year"):

- ``refusal``: two or more reports of the row carry a verb of refusing or denying
  (declin-, refus-, reject-, deny/denied/denies): the only rows where a denial can meet
  a refusal of another outlet (``pairs._denials``, ``stance.refusing``);
- ``decline``: a report carries "declin-" or "disput-" (the refusing verbs that were not
  already negative words, ``pairs.NEGATIVE``), the other rows where the rule can act;
- ``year``: a report says "last / this / next year" and a report names a year;
- ``since``: two reports name one "since <month> <year>" bound, a relative year read
  with the row's date ("since August last year" in a 2021 report is August 2020).

    python scripts/refusal_year_rows.py ../shared/data refusal
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

CRAWL = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
_REFUSAL = re.compile(r"\b(declin|refus|reject|den(y|ied|ies))\w*\b", re.I)
_DECLINE = re.compile(r"\b(declin|disput)\w*\b", re.I)
_RELATIVE = re.compile(r"\b(last|this|next) year\b", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_MONTH = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec")
_SINCE = re.compile(rf"\bsince\s+({_MONTH})\.?,?\s+(\d{{4}}|last\s+year|this\s+year)", re.I)


def _since(body: str, year: int) -> set[tuple[str, int]]:
    """The "since <month> <year>" bounds of a report, a relative year read with ``year``."""
    found = set()
    for m in _SINCE.finditer(body):
        said = re.sub(r"\s+", " ", m.group(2).lower())
        found.add((m.group(1)[:3].lower(),
                   {"last year": year - 1, "this year": year}.get(said) or int(said)))
    return found


def rows(data: Path, kind: str) -> list[int]:
    """The row numbers where ``kind`` can act."""
    out = []
    for i, line in enumerate((data / CRAWL).open(encoding="utf-8")):
        row = json.loads(line)
        bodies = [" ".join(n["newBody"]) for n in row["news"].values() if n.get("newBody")]
        if len(bodies) < 2:
            continue
        if kind == "refusal":
            hit = sum(bool(_REFUSAL.search(b)) for b in bodies) >= 2
        elif kind == "decline":
            hit = any(_DECLINE.search(b) for b in bodies)
        elif kind == "year":
            hit = any(_RELATIVE.search(b) for b in bodies) and any(_YEAR.search(b) for b in bodies)
        else:
            bounds = [_since(b, int(row["date"][:4])) for b in bodies]
            hit = any(sum(x in b for b in bounds) >= 2 for x in set().union(*bounds))
        if hit:
            out.append(i)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("kind", choices=("refusal", "decline", "year", "since"))
    args = parser.parse_args()
    print(" ".join(map(str, rows(args.data, args.kind))))


if __name__ == "__main__":
    main()
