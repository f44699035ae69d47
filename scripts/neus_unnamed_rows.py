"""List NeuS-AllSides raw-crawl rows that no file of the project names, to draw a fresh sample.

A reading of real output is only a fresh check if nobody has read those stories before
(and tuned a rule on them). A row counts as *named* when any file under docs/, gold/,
tests/ or scripts/ holds one of:

- ``neus<N>`` (an input folder or file), ``r<N>`` (a doc's short form), ``"row": N`` or
  ``row=N``;
- ``row N`` / ``rows N, N and N`` (a list after the word; a number next to a dash is part
  of a range such as "rows 0–505" and does not count);
- ``| N |`` or ``| *N* |`` as the first cell of a table line in docs/ (over-cautious: a
  count in a first cell names a row too);
- any integer 0–505 standing alone in a test or script file that mentions NeuS;
- the row's crawl ``id``, its AllSides link, or any of its reports' links or titles.

``--compare-only`` counts only what the compare stage has read: every test and script, and
every doc and gold except other stages' (``OTHER``: framing, quotes, clustering, speaker,
entity, label and noise golds), whose readers read quotes, entities or framing, not shared
facts. By session 31 every row but two is named somewhere, so a fresh compare sample
needs it.

Rows with fewer than two reports that have a body are left out (nothing can be shared).
``--odd`` keeps odd rows only. ``--take K`` spreads K picks evenly over what is left:
the picks are the rows at positions ``round(i * n / K)``, i = 0 … K-1.

Usage: python scripts/neus_unnamed_rows.py ../shared/data [--odd] [--compare-only] [--take 25]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from newsprism.eval.neus_raw import CRAWL

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("docs", "gold", "tests", "scripts")
LAST = 505
FORMS = (re.compile(r"neus(\d{1,3})(?!\d)", re.I), re.compile(r"\br(\d{1,3})\b"),
         re.compile(r"\"row\":\s*(\d{1,3})\b"), re.compile(r"\brow=(\d{1,3})\b"))
AFTER_ROW = re.compile(r"\brows?:?\s+((?:\*?\d{1,3}\*?(?:,\s*|\s+and\s+|\s+|\s*&\s*)?)+)", re.I)
NUMBER = re.compile(r"(?<![\d.–-])(\d{1,3})(?![\d.–-])")
OTHER = re.compile(r"^(docs/(eval-)?(framing|quotes|clustering)[^/]*"
                   r"|gold/(speakers|entities|labels|neus-raw-noise|quote-variants)[^/]*/.*)$")
FIRST_CELL = re.compile(r"^\|\s*\*?(\d{1,3})\*?\s*\|", re.M)


def _files(compare_only: bool = False) -> list[Path]:
    """Every text file under the four folders (binary files are skipped when read),
    less other stages' docs and golds when ``compare_only``."""
    return [p for f in FOLDERS for p in sorted((ROOT / f).rglob("*")) if p.is_file()
            and not (compare_only and OTHER.match(str(p.relative_to(ROOT))))]


def _numbers(text: str, path: Path) -> set[int]:
    """Row numbers the text names in one of the forms above."""
    found = {int(m.group(1)) for form in FORMS for m in form.finditer(text)}
    for m in AFTER_ROW.finditer(text):
        found |= {int(n) for n in NUMBER.findall(m.group(1))}
    if path.parts[len(ROOT.parts)] == "docs":
        found |= {int(n) for n in FIRST_CELL.findall(text)}
    elif path.parts[len(ROOT.parts)] in ("tests", "scripts") and "neus" in text.lower():
        found |= {int(n) for n in NUMBER.findall(text)}
    return {n for n in found if n <= LAST}


def named_rows(rows: list[dict], compare_only: bool = False) -> set[int]:
    """Rows some project file names by number, id, link or title."""
    named: set[int] = set()
    marks = [(i, [str(r["link"]), *(n["newsLink"] for n in r["news"].values()),
                  *(n["newsTitle"] for n in r["news"].values() if len(n["newsTitle"]) > 20)])
             for i, r in enumerate(rows)]
    ids = {str(r["id"]): i for i, r in enumerate(rows)}
    for path in _files(compare_only):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        named |= _numbers(text, path)
        named |= {ids[w] for w in re.findall(r"\b\d{3,5}\b", text) if w in ids}
        named |= {i for i, keys in marks if any(k and k in text for k in keys)}
    return named


def main() -> None:
    """Print the unnamed rows, or an even pick of them."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("--odd", action="store_true")
    ap.add_argument("--compare-only", action="store_true")
    ap.add_argument("--take", type=int, default=0)
    a = ap.parse_args()
    lines = Path(a.data, CRAWL).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines]
    named = named_rows(rows, a.compare_only)
    free = [i for i in range(len(rows)) if i not in named and (i % 2 or not a.odd)
            and sum(bool(n["newBody"]) for n in rows[i]["news"].values()) >= 2]
    print(f"{len(named)} of {len(rows)} rows named; {len(free)} left: {' '.join(map(str, free))}")
    if a.take and len(free) >= a.take:
        n = len(free)
        print("pick:", " ".join(str(free[round(i * n / a.take)]) for i in range(a.take)))


if __name__ == "__main__":
    main()
