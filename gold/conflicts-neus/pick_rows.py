"""Pick the rows of gold/conflicts-neus by the rule fixed before any row was read.

1. Rows 0-505 of the NeuS-AllSides raw crawl that no file under gold/ docs/ tests/
   scripts/ names (gold/speakers-neus5/free_rows.py's check, unchanged, over 0-505;
   a range such as "rows 0-505" does not count as naming a row).
2. Of those, rows where at least two reports each carry, in their body, a number
   (a digit) and a day or a date word (a weekday or a month name): the kinds of
   statement a conflict of number or date needs on both sides.
3. Ordered by the SHA-1 of "conflicts-neus:<row>"; the first 14 are taken.

Usage: python gold/conflicts-neus/pick_rows.py ../shared/data
"""
import hashlib
import json
import re
import subprocess
import sys

FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                  r"February|March|April|May|June|July|August|September|October|"
                  r"November|December)\b")
TAKE = 14


def named_rows() -> set[int]:
    """Rows 0-505 a file under gold/ docs/ tests/ scripts/ names (free_rows.py's patterns)."""
    files = subprocess.run(["git", "ls-files", "gold", "docs", "tests", "scripts"],
                           capture_output=True, text=True).stdout.split()
    named: set[int] = set()
    for f in files:
        try:
            t = open(f, encoding="utf-8").read()
        except Exception:
            continue
        named |= {int(m) for m in re.findall(r"\b(?:r|neus|neus-raw:)(\d{1,3})\b", t)}
        for m in re.finditer(r"\b[Rr]ows?\s+(\d{1,3}(?:(?:\s*,\s*|\s+and\s+|\s*/\s*)\d{1,3}\b)*)", t):
            named |= {int(n) for n in re.findall(r"\d{1,3}", m.group(1))}
        named |= {int(m) for m in re.findall(r"\"row\"\s*:\s*(\d+)", t)}
        named |= {int(m) - 5607 for m in re.findall(r"\b(5[6-9]\d\d|6[01]\d\d)\b", t)}
    return named


def dated(news: dict) -> bool:
    body = " ".join(news.get("newBody") or [])
    return bool(re.search(r"\d", body)) and bool(DATE.search(body))


def main(data: str) -> None:
    lines = open(f"{data}/{FILE}", encoding="utf-8").read().splitlines()
    named = named_rows()
    free = [n for n in range(506) if n not in named]
    fit = [n for n in free
           if sum(dated(news) for news in json.loads(lines[n])["news"].values()) >= 2]
    order = sorted(fit, key=lambda n: hashlib.sha1(f"conflicts-neus:{n}".encode()).hexdigest())
    print("free:", len(free), "fit:", len(fit))
    print("taken:", sorted(order[:TAKE]))
    print("next:", order[TAKE:TAKE + 6])


if __name__ == "__main__":
    main(sys.argv[1])
