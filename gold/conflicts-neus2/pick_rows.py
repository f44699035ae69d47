"""Pick the rows of gold/conflicts-neus2 by a rule fixed before any row was read.

By session 31 only two rows of 0-505 were named by no file under gold/ docs/ tests/
scripts/ (gold/conflicts-neus/pick_rows.py's test), too few for a gold. So the test
is narrowed to what would make a row seen *as a conflict story*:

1. Rows 0-505 of the NeuS-AllSides raw crawl that no file under gold/ or tests/ and
   no Python file under src/ or scripts/ names (gold/conflicts-neus/pick_rows.py's
   patterns), and that no paragraph of a file under docs/ naming the word "conflict"
   names (a doc that lists a row among others read for speakers, framing or shared
   facts does not count; a doc paragraph about conflicts does).
2. Of those, rows where at least two reports each carry, in their body, a digit and a
   weekday or month name (gold/conflicts-neus's filter, unchanged).
3. Ordered by the SHA-1 of "conflicts-neus2:<row>"; the first 20 are taken (14 were
   read first; they held one conflict story, so the next 6 in the same order were
   added, before any newsprism output was seen on any of the 20).

Usage: python gold/conflicts-neus2/pick_rows.py ../shared/data   (from the project root)
"""
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "conflicts-neus"))
from pick_rows import FILE, dated  # the first gold's filter, reused

TAKE = 20
PICKED_ON = "5c824cc2"  # main when the rows were picked (session 31)


def rows_in(text: str) -> set[int]:
    """Rows 0-505 a text names (gold/conflicts-neus/pick_rows.py's patterns)."""
    named = {int(m) for m in re.findall(r"\b(?:r|neus|neus-raw:)(\d{1,3})\b", text)}
    for m in re.finditer(r"\b[Rr]ows?\s+(\d{1,3}(?:(?:\s*,\s*|\s+and\s+|\s*/\s*)\d{1,3}\b)*)",
                         text):
        named |= {int(n) for n in re.findall(r"\d{1,3}", m.group(1))}
    named |= {int(m) for m in re.findall(r"\"row\"\s*:\s*(\d+)", text)}
    named |= {int(m) - 5607 for m in re.findall(r"\b(5[6-9]\d\d|6[01]\d\d)\b", text)}
    return named


def named_rows(commit: str = PICKED_ON) -> set[int]:
    """Rows named by gold/, tests/, Python under src/ and scripts/, or a docs/
    paragraph that says "conflict", in the tree of ``commit`` (the main the rows were
    picked on: this gold and the doc section about it name its rows too)."""
    files = subprocess.run(["git", "ls-tree", "-r", "--name-only", commit,
                            "gold", "docs", "tests", "scripts", "src"],
                           capture_output=True, text=True, check=True).stdout.split()
    named: set[int] = set()
    for f in files:
        if f.startswith(("src/", "scripts/")) and not f.endswith(".py"):
            continue
        shown = subprocess.run(["git", "show", f"{commit}:{f}"], capture_output=True)
        try:
            text = shown.stdout.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if f.startswith("docs/"):
            for para in re.split(r"\n\s*\n", text):
                if "conflict" in para.lower():
                    named |= rows_in(para)
        else:
            named |= rows_in(text)
    return named


def main(data: str) -> None:
    lines = Path(data, FILE).read_text(encoding="utf-8").splitlines()
    named = named_rows()
    free = [n for n in range(506) if n not in named]
    fit = [n for n in free
           if sum(dated(news) for news in json.loads(lines[n])["news"].values()) >= 2]
    order = sorted(fit, key=lambda n: hashlib.sha1(f"conflicts-neus2:{n}".encode()).hexdigest())
    print("free:", len(free), "fit:", len(fit))
    print("taken:", sorted(order[:TAKE]))
    print("next:", order[TAKE:TAKE + 6])


if __name__ == "__main__":
    main(sys.argv[1])
