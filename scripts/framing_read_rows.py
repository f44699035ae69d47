"""Pick NeuS raw rows for reading framing output as a user, by a rule fixed before reading.

1. Rows 0-505 of the NeuS-AllSides raw crawl that no file under gold/ docs/ tests/
   scripts/ names: ``gold/conflicts-neus/pick_rows.py``'s ``named_rows`` (``rN``,
   ``neusN``, "row(s) N, M and K", ``"row": N``, a crawl id), widened here to what
   earlier framing readings also wrote: a ``--neus-rows`` list, a bold ``**N**``, and
   any parenthesised or bracketed list of three or more numbers (over-excluding is safe).
2. Of those, rows whose every report (three sides) has three paragraphs or more, so a
   framing reading has wording to judge on every side.
3. Ordered by the SHA-1 of "framing-read:<row>"; the first ``--take`` (10) are read whole,
   the next ``--others`` (20) are only diffed old against new.

Usage: python scripts/framing_read_rows.py ../shared/data [--take 10 --others 20]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gold" / "conflicts-neus"))
from pick_rows import FILE, named_rows

LIST = re.compile(r"[(\[]\s*(\d{1,3}(?:\s*,\s*\d{1,3}){2,})\s*[)\]]")


def widened_named() -> set[int]:
    """``named_rows`` plus the list forms earlier framing sections used."""
    named = named_rows()
    files = subprocess.run(["git", "ls-files", "gold", "docs", "tests", "scripts"],
                           capture_output=True, text=True).stdout.split()
    for f in files:
        try:
            text = Path(f).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for m in re.finditer(r"--neus-rows\s+([\d,…. ]+)", text):
            named |= {int(n) for n in re.findall(r"\d{1,3}", m.group(1))}
        named |= {int(n) for n in re.findall(r"\*\*(\d{1,3})\*\*", text)}
        for m in LIST.finditer(text):
            named |= {int(n) for n in re.findall(r"\d{1,3}", m.group(1))}
    return named


def full(row: dict) -> bool:
    """Three reports, each of three paragraphs or more."""
    news = row["news"]
    return len(news) == 3 and all(len(n.get("newBody") or []) >= 3 for n in news.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--take", type=int, default=10)
    parser.add_argument("--others", type=int, default=20)
    args = parser.parse_args()
    lines = (args.data / FILE).read_text(encoding="utf-8").splitlines()
    named = widened_named()
    fit = [n for n in range(506) if n not in named and full(json.loads(lines[n]))]
    order = sorted(fit, key=lambda n: hashlib.sha1(f"framing-read:{n}".encode()).hexdigest())
    print("free and full:", len(fit))
    print("read:", sorted(order[:args.take]))
    print("others:", sorted(order[args.take:args.take + args.others]))


if __name__ == "__main__":
    main()
