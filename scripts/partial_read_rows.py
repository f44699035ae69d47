"""Pick NeuS raw rows for reading partial quotes and "who is heard where", by a fixed rule.

Rows with all three reports (left, center, right) in which at least two reports hold a
closed quotation (a pair of straight or curly double quotes): partial quotes and
voices heard on one side need quotations in two outlets to be worth reading. Ordered
by the SHA-1 of "partial-read:<row>"; the first ``--take`` (4) are read whole. The
rule looks at the reports' text only, never at newsprism's output.

Usage: python scripts/partial_read_rows.py ../shared/data [--take 4]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

from newsprism.eval.neus_raw import CRAWL

QUOTED = re.compile(r"[\"“][^\"“”]{1,300}[\"”]")


def quoting_reports(row: dict) -> int:
    """How many of the row's reports hold a closed quotation."""
    return sum(1 for news in row["news"].values()
               if QUOTED.search("\n\n".join(news.get("newBody") or [])))  # fmt: skip


def pick(data: Path, take: int) -> list[int]:
    """The first ``take`` rows by the rule above."""
    lines = Path(data, CRAWL).read_text(encoding="utf-8").splitlines()
    fit = [i for i, line in enumerate(lines)
           if len((row := json.loads(line))["news"]) == 3 and quoting_reports(row) >= 2]
    fit.sort(key=lambda i: hashlib.sha1(f"partial-read:{i}".encode()).hexdigest())
    return fit[:take]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--take", type=int, default=4)
    args = parser.parse_args()
    print(*pick(args.data, args.take))
