"""Pick a BASIL 2010–12 triplet for a reader's pass, by a rule fixed before reading.

Why: session 39's brief asks for a triplet "not in any gold", and by now every 2010–12
triplet is in one. The nearest fair choice is a triplet that no gold of facts, conflicts
or quote spans names (``gold/compare-basil*``, ``gold/conflicts-*``,
``gold/quote-variants``), so only a speaker gold (one label per quote: who said it)
holds it, and that no earlier reader's pass section of docs/eval-compare.md names.
The candidates are ordered by sha1 of "SALT:UUID"; the first ``--take`` are printed,
with the speaker golds that hold each.

Usage (from the checkout root):
    python scripts/reader_pass_basil.py DATA SALT [--take 1] [--write OUT]

``--write OUT`` writes each taken triplet's three articles as ``newsprism ingest`` /
``compare`` inputs, ``OUT/<uuid>/<n>.json`` (title, the paragraphs joined by blank lines,
the outlet's name, the date, the link), as a user would feed them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
YEARS = ("2010", "2011", "2012")
FACT_GOLDS = ("compare-basil*", "conflicts-*", "quote-variants")
OUTLETS = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}
READ_HEADING = re.compile(r"^## .*(reader's pass|read whole)", re.I | re.M)


def triplets(data: Path) -> list[str]:
    """Every 2010–12 triplet uuid of the BASIL articles folder."""
    names = {p.name.rsplit("_", 1)[0] for y in YEARS
             for p in (data / "basil" / "articles" / y).glob("*.json")}
    return sorted(names)


def named_in(patterns: tuple[str, ...]) -> str:
    """The text of every file in the gold folders the patterns match."""
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for pat in patterns for d in ROOT.glob(f"gold/{pat}")
                     for p in d.rglob("*") if p.is_file()) + "\n".join(
        p.name for pat in patterns for d in ROOT.glob(f"gold/{pat}") for p in d.rglob("*"))


def read_sections() -> str:
    """The text of every reader's pass section of docs/eval-compare.md."""
    text = (ROOT / "docs" / "eval-compare.md").read_text(encoding="utf-8")
    parts = re.split(r"(?m)^(?=## )", text)
    return "\n".join(p for p in parts if READ_HEADING.match(p))


def write_triplet(data: Path, uuid: str, out: Path) -> None:
    """The triplet's articles as compare inputs, one JSON item per article."""
    where = out / uuid
    where.mkdir(parents=True, exist_ok=True)
    for path in sorted((data / "basil" / "articles").glob(f"*/{uuid}_*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(p) if isinstance(p, list) else str(p)
                      for p in raw.get("body-paragraphs", [])]
        item = {"title": raw.get("title"), "text": "\n\n".join(paragraphs),
                "source": OUTLETS.get(str(raw["source"]).lower(), raw["source"]),
                "date": raw.get("date"), "url": raw.get("url")}
        (where / f"{path.stem.rsplit('_', 1)[1]}.json").write_text(
            json.dumps(item, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    """Print the triplets taken, in pick order, with the speaker golds that hold them."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("salt")
    ap.add_argument("--take", type=int, default=1)
    ap.add_argument("--write", type=Path)
    a = ap.parse_args()
    facts, read = named_in(FACT_GOLDS), read_sections()
    free = [u for u in triplets(Path(a.data)) if u not in facts and u not in read]
    order = sorted(free, key=lambda u: hashlib.sha1(f"{a.salt}:{u}".encode()).hexdigest())
    print("candidates:", len(free))
    for u in order[: a.take]:
        held = sorted({p.parent.name for p in ROOT.glob("gold/*/*") if u in p.name})
        print("taken:", u, "held by:", " ".join(held) or "none")
        if a.write:
            write_triplet(Path(a.data), u, a.write)


if __name__ == "__main__":
    main()
