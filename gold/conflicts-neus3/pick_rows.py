"""Pick the rows of gold/conflicts-neus3 by a rule fixed before any row was read.

Session 31 and 32 found that rows picked at random hold few disagreements (two golds, 34
rows, 2 disagreements). This rule picks for *candidate* disagreements, by the text alone:

1. Rows 0-505 of the NeuS-AllSides raw crawl not named as a conflict story in the tree
   of main 6b4ef1ee (gold/conflicts-neus2/pick_rows.py's test, unchanged: no file under
   gold/ or tests/, no Python file under src/ or scripts/, no docs/ paragraph saying
   "conflict" names the row).
2. Of those, rows where two reports each carry one of:
   - a number (digits, or a number word two to twenty) before the same next word
     (lower case, a final "s" dropped), the numbers differing ("12 people" / "15 people");
   - a weekday, the two reports' weekday sets differing (each names one the other does
     not).
3. Ordered by the SHA-1 of "conflicts-neus3:<row>"; the first 14 are taken.

The filter only says where to look: every pair of statements in the taken rows is read
and judged, and most candidates are expected to be non-conflicts (two counts of two
things, two acts on two days).

Usage: python gold/conflicts-neus3/pick_rows.py ../shared/data   (from the project root)
"""
import hashlib
import importlib.util
import json
import re
import sys
from itertools import combinations
from pathlib import Path


def _load(gold: str):  # type: ignore[no-untyped-def]
    """Another gold's pick_rows.py, loaded by path (every gold's script has that name)."""
    here = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(f"pick_{gold}", here / gold / "pick_rows.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


named_rows = _load("conflicts-neus2").named_rows  # conflicts-neus2's test, reused

FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
TAKE = 14
PICKED_ON = "6b4ef1ee"  # main when the rows were picked (session 33)
WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty").split()
NUMBER = re.compile(r"\b(\d[\d,.]*|" + "|".join(WORDS) + r")\s+([a-z]+)", re.I)
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def counts(body: str) -> dict[str, set[str]]:
    """Next word -> the numbers written before it."""
    out: dict[str, set[str]] = {}
    for m in NUMBER.finditer(body):
        word = m.group(2).lower()
        word = word[:-1] if word.endswith("s") and len(word) > 3 else word
        out.setdefault(word, set()).add(m.group(1).lower().rstrip(".,"))
    return out


def candidate(a: str, b: str) -> bool:
    """Two reports' bodies hold a number or weekday the other differs in."""
    ca, cb = counts(a), counts(b)
    if any(ca[w] != cb[w] for w in ca.keys() & cb.keys()):
        return True
    da, db = set(WEEKDAY.findall(a)), set(WEEKDAY.findall(b))
    return bool(da and db and da - db and db - da)


def main(data: str) -> None:
    lines = Path(data, FILE).read_text(encoding="utf-8").splitlines()
    named = named_rows(PICKED_ON)
    free = [n for n in range(506) if n not in named]
    fit = []
    for n in free:
        bodies = [" ".join(v.get("newBody") or []) for v in json.loads(lines[n])["news"].values()]
        if any(candidate(a, b) for a, b in combinations([b for b in bodies if b], 2)):
            fit.append(n)
    order = sorted(fit, key=lambda n: hashlib.sha1(f"conflicts-neus3:{n}".encode()).hexdigest())
    print("free:", len(free), "fit:", len(fit))
    print("taken:", sorted(order[:TAKE]))
    print("next:", order[TAKE:TAKE + 6])


if __name__ == "__main__":
    main(sys.argv[1])
