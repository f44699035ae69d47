"""The NeuS raw rows whose compare output session 29's two rules (i12-fixes38) can change.

    python scripts/name_number_stop_rows.py ../shared/data

- the name-number anchor rule (compare/name_numbers.py) only takes numbers out of the
  anchor link's sets, so it can change a row only where a report writes a number on to
  a capitalised word ("COVID-19", "F-35"): one report is enough, the number leaves one
  side of a pair (a first version asked for two, and missed row 298);
- the refused-stop rule (compare/stance.py ``refuses_a_stop``) is read only for a verb
  of refusing with a stopping word under it, so it can change a row only where one
  report writes both.

Prints the count of each and the union of rows, title and body read as the runs read
them: every other row's output is identical by construction. Session 29 ran all rows
0-505 anyway (docs/eval-compare.md, "Session 29: a false shared fact and a false
'opposite' veto").
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CRAWL = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
NAME_NUMBER = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*-?\d")
REFUSING = re.compile(r"\b(den(y|ied|ies|ying)|refus\w*|reject\w*|declin\w*|disput\w*)\b", re.I)
STOPPING = re.compile(
    r"\b(stop|block|freez|froze|halt|suspend|paus|delay|postpon|overturn|enjoin|bar|"
    r"prevent|dismiss|cancel|revok|rescind|invalidat|void|stay|injunction|suspension|"
    r"moratorium)\w*", re.I)  # fmt: skip


def main() -> None:
    data = Path(sys.argv[1])
    crawl = [json.loads(line) for line in (data / CRAWL).open(encoding="utf-8")]
    named, stops = [], []
    for r, row in enumerate(crawl[:506]):
        reports = [n for n in row["news"].values() if n.get("newBody")]
        if len(reports) < 2:
            continue
        texts = [n["newsTitle"] + "\n" + "\n".join(n["newBody"]) for n in reports]
        if any(NAME_NUMBER.search(t) for t in texts):
            named.append(r)
        if any(REFUSING.search(t) and STOPPING.search(t) for t in texts):
            stops.append(r)
    print(len(named), len(stops), len(set(named) | set(stops)))
    print(" ".join(map(str, sorted(set(named) | set(stops)))))


if __name__ == "__main__":
    main()
