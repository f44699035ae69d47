"""Pick NeuS raw rows for reading framing output as a user, by a rule fixed before reading.

1. Rows 0-505 of the NeuS-AllSides raw crawl that no file under gold/ docs/ tests/
   scripts/ names as a row of its own: ``rN``, ``neusN``, ``neus-raw:N``, ``"row": N``,
   "row(s) N, M and K" with fewer than five numbers, or the row's crawl id as a whole
   word. A list of five or more rows ("38 rows hold one (0 9 29 …)", "rows 0, 9, 29, …")
   is a diff's range, whose rows nobody read whole, and does not count; by the earlier
   pickers' stricter check (``gold/conflicts-neus/pick_rows.py``'s ``named_rows``) only
   five rows of 506 are free, too few.
2. Of those, rows with all three reports (left, center, right) first; if fewer than
   ``--take``, free rows with two reports fill the rest (nine free rows have three).
3. Ordered by the SHA-1 of "framing-read:<row>"; the first ``--take`` (10) are read whole.
   ``--others`` (20): the first rows of every row with three reports, same order, not
   among the ten (named or not): only their changed flags are read, old against new.

Usage: python scripts/framing_read_rows.py ../shared/data [--take 10 --others 20]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
from pathlib import Path

FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
ROWS = re.compile(r"\b[Rr]ows?\s+(\d{1,3}(?:(?:\s*,\s*|\s+and\s+|\s*/\s*)\d{1,3}\b)*)")


def tracked_files() -> list[str]:
    """Every tracked file under gold/ docs/ tests/ scripts/."""
    return subprocess.run(["git", "ls-files", "gold", "docs", "tests", "scripts"],
                          capture_output=True, text=True).stdout.split()


def named_singly(ids: dict[str, int], files: list[str] | None = None) -> set[int]:
    """Rows a file under gold/ docs/ tests/ scripts/ (or of ``files``) names as a row of its own."""
    files = tracked_files() if files is None else files
    named: set[int] = set()
    for f in files:
        try:
            text = Path(f).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        named |= {int(m) for m in re.findall(r"\b(?:r|neus|neus-raw:)(\d{1,3})\b", text)}
        named |= {int(m) for m in re.findall(r"\"row\"\s*:\s*(\d+)", text)}
        for m in ROWS.finditer(text):
            numbers = re.findall(r"\d{1,3}", m.group(1))
            if len(numbers) < 5:
                named |= {int(n) for n in numbers}
        named |= {ids[w] for w in re.findall(r"\b\d{4}\b", text) if w in ids}
    return named


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--take", type=int, default=10)
    parser.add_argument("--others", type=int, default=20)
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.data / FILE).read_text("utf-8").splitlines()]
    ids = {str(row["id"]): n for n, row in enumerate(rows)}
    three = [n for n, row in enumerate(rows) if len(row["news"]) == 3]
    order = sorted(three, key=lambda n: hashlib.sha1(f"framing-read:{n}".encode()).hexdigest())
    named = named_singly(ids)
    free = [n for n in order if n not in named]
    two = sorted((n for n, row in enumerate(rows) if len(row["news"]) == 2 and n not in named),
                 key=lambda n: hashlib.sha1(f"framing-read:{n}".encode()).hexdigest())
    take = (free + two)[:args.take]
    others = [n for n in order if n not in take][:args.others]
    print("free with three reports:", len([n for n in three if n not in named]))
    print("read:", sorted(take))
    print("others:", sorted(others))


if __name__ == "__main__":
    main()
