"""Pick this gold's articles: long US political articles of BASIL's outlets' kind from
PolNeAR train, by a SHA-1 order, favouring many quotation marks (session 39, issue 12).

Why not BASIL 2010–12, as the brief first asked: no BASIL 2010–12 article is free. Every
one of its 30 triplets is in a speaker or compare gold (gold/*/ name them all), and the
quoted spans no gold touches number 24 in all of 2010–12 (gold/speakers-basil11's
``untouched.py`` counter with every gold counted: 7, 6, 5, 2, 1 … per triplet), the
leftovers of articles newsprism was tuned on. The held-out stories are NYT, Fox and
HuffPost political articles; PolNeAR train holds 120 NYT and 120 HuffPost political
articles of 2015–16, and the nearest stand-in for Fox is a right-leaning outlet
(Breitbart, Western Journal).

Rule (written and committed before any article was read):

- candidates: gold/speakers-fresh35's (``candidates``: train minus session 20's last 150
  and the framing reading's every 6th), minus any article a file under gold/, docs/,
  tests/, scripts/ or src/ names (so fresh35's and fresh36's are out);
- order: the SHA-1 hex digest of ``"polnear-39:<file stem>"`` (a new order);
- outlets: ``nyt``, ``huff-post``, and the right group ``breitbart`` / ``west-journal``;
  at most ``PER_GROUP`` (4) per group;
- an article is taken when it has ``LOW``–``HIGH`` (16–40) double quotation marks
  (many: the held-out articles are long and quote a lot) and at least ``MIN_WORDS``
  (500) words;
- until ``WANT`` (12).

Amended before any article was read (the first run took 8, no NYT one): PolNeAR's NYT
text writes every quotation mark as two apostrophes (``''``), which ``MARKS`` does not
count, so ``''`` now counts as one double mark (``MARKS_39``). Nothing else changed.

    python gold/speakers-fresh39/pick.py ../shared/data
"""
import hashlib
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    """A sibling gold's script as a module (gold scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fresh35_pick = _load("fresh35_pick", HERE.parent / "speakers-fresh35" / "pick.py")
polnear_pick = fresh35_pick.polnear_pick

LOW, HIGH, MIN_WORDS, PER_GROUP, WANT = 16, 40, 500, 4, 12
MARKS_39 = (*polnear_pick.MARKS, "''")
GROUPS = {"nyt": "nyt", "huff-post": "huff-post", "breitbart": "right", "west-journal": "right"}


def _sha(stem: str) -> str:
    return hashlib.sha1(f"polnear-39:{stem}".encode()).hexdigest()


def pick(data: Path) -> list[tuple[str, int, int]]:
    """(article stem, marks, words) of the chosen articles, in SHA-1 order."""
    out: list[tuple[str, int, int]] = []
    per: dict[str, int] = {}
    for path in sorted(fresh35_pick.candidates(data), key=lambda p: _sha(p.stem)):
        group = GROUPS.get(path.stem.split("_")[0])
        if group is None or per.get(group, 0) >= PER_GROUP:
            continue
        text = path.read_text("utf-8")
        marks = sum(text.count(m) for m in MARKS_39)
        words = len(text.split())
        if not LOW <= marks <= HIGH or words < MIN_WORDS:
            continue
        if polnear_pick.named(path.stem, HERE.name):
            continue
        out.append((path.stem, marks, words))
        per[group] = per.get(group, 0) + 1
        if len(out) == WANT:
            break
    return out


if __name__ == "__main__":
    for stem, marks, words in pick(Path(sys.argv[1])):
        print(f"{marks:3} {words:5} {stem}")
