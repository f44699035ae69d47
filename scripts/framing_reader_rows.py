"""Pick NeuS raw rows no framing reading used, by a rule fixed before any row is read (session 36).

``framing_read_rows.py`` (session 31) excludes a row any file under gold/ docs/ tests/
scripts/ names; by session 36 that leaves no row with three reports, because other
issues' sessions named rows too. This picker asks the narrower question its brief asks:
which rows did a *framing* reading use? The framing docs (docs/eval-framing.md,
docs/framing.md) name them. A row is taken as used when either doc

1. names it as a row of its own, as ``framing_read_rows.named_singly`` reads names
   (``rN``, ``neusN``, ``neus-raw:N``, ``"row": N``, "rows N, M and K", the crawl id), or
2. lists it in any run of three or more numbers joined by commas (a diff's range such
   as "(6, 40, 109, 113, …)": those rows' flags were read old against new), so the
   rule over-excludes rather than lets a diffed row through.

Of the rows left, those with all three reports (left, centre, right) are ordered by
the SHA-1 of "framing-reader36:<row>" and the first ``--take`` (8) are read whole.

Usage: python scripts/framing_reader_rows.py ../shared/data [--take 8] [--salt framing-reader36]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

from framing_read_rows import FILE, named_singly

DOCS = ("docs/eval-framing.md", "docs/framing.md")
LIST = re.compile(r"\b\d{1,3}(?:\s*,\s*\d{1,3}\b){2,}")


def listed(files: tuple[str, ...] = DOCS) -> set[int]:
    """Every number inside a comma-joined run of three or more numbers in ``files``."""
    found: set[int] = set()
    for f in files:
        text = Path(f).read_text(encoding="utf-8")
        for m in LIST.finditer(text):
            found |= {int(n) for n in re.findall(r"\d{1,3}", m.group(0))}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--take", type=int, default=8)
    parser.add_argument("--salt", default="framing-reader36",
                        help="the hash's prefix: a later reading's own order (session 37:"
                        " framing-thresh37)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.data / FILE).read_text("utf-8").splitlines()]
    ids = {str(row["id"]): n for n, row in enumerate(rows)}
    used = named_singly(ids, list(DOCS)) | listed()
    three = [n for n, row in enumerate(rows) if len(row["news"]) == 3 and n not in used]
    order = sorted(three, key=lambda n: hashlib.sha1(f"{args.salt}:{n}".encode()).hexdigest())
    print("free with three reports:", len(three))
    print("read:", order[:args.take])


if __name__ == "__main__":
    main()
