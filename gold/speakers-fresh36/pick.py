"""Pick this gold's articles from PolNeAR **train** by a SHA-1 order, favouring the
speaker kinds no speaker gold holds yet (session 36, issue 12).

Rule (written and committed before any article was read):

- candidates: gold/speakers-fresh35's (``pick.candidates``: train minus session 20's
  last 150 and the framing reading's every 6th, in SHA-1 order of the file name),
  minus any article a file under gold/, docs/, tests/, scripts/ or src/ names (so
  fresh35's own 19 are out too);
- an article is taken when it has 10 to 30 double quotation marks and at least
  ``MIN_KINDS`` of the cue kinds below, each counted by a regular expression on the
  raw text (never by newsprism's output);
- taken in SHA-1 order, at most ``PER_OUTLET`` (3) per outlet (the held-out stories are
  three outlets'; without the cap 9 of 20 were USA Today's), until ``WANT`` (20).

Cue kinds (the held-out kinds of docs/eval-quotes.md, "Session 36"):
``turns`` a transcript turn ("WALLACE: …", "Mr. X: …" at a paragraph's start);
``headline`` a quotation mark in the title line; ``group`` a group or institution
speaking ("the White House said", "the campaign said", "Republicans argued", "in a
statement"); ``according`` "according to"; ``tweet`` "tweeted" / "wrote on Twitter"
/ "in a tweet"; ``nested`` a single-mark quotation inside a double one; ``late`` a
paragraph that is all quotation and names its speaker only after 25 words; ``title``
"Mr." / "Mrs." / "Ms." or a title before a surname ("Sen.", "Gov.", "Rep.",
"Secretary") used twice or more.

    python gold/speakers-fresh36/pick.py ../shared/data
"""
import importlib.util
import re
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

LOW, HIGH, WANT, MIN_KINDS, PER_OUTLET = 10, 30, 20, 3, 3
_GROUP = (r"\b(?:White House|campaign|administration|committee|department|agency|"
          r"spokesman|spokeswoman|spokesperson|Republicans|Democrats|officials|aides)"
          r" (?:said|says|argued|added|noted|wrote|responded|countered)\b"
          r"|\bin a (?:written )?statement\b")
CUES = {
    "turns": re.compile(r"^(?:[A-Z][A-Z.' -]{2,30}|M[rs]s?\. [A-Z][a-z]+):", re.M),
    "according": re.compile(r"\baccording to\b", re.I),
    "tweet": re.compile(r"\btweeted\b|\bon Twitter\b|\bin a tweet\b", re.I),
    "group": re.compile(_GROUP),
    "nested": re.compile(r"[\"“][^\"“”]*[‘'][A-Za-z][^\"“”]*[’'][^A-Za-z][^\"“”]*[\"”]"),
}
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Sen|Gov|Rep)\. [A-Z][a-z]+|\bSecretary [A-Z][a-z]+")
_LATE = re.compile(r"^[\"“][^\n]{150,}?[\"”],? (?:\w+ ){0,4}(?:said|says|added|told)", re.M)


def kinds(text: str) -> set[str]:
    """The cue kinds whose expression matches the article's raw text."""
    found = {name for name, rx in CUES.items() if rx.search(text)}
    title = text.split("\n", 1)[0]
    if any(m in title for m in polnear_pick.MARKS):
        found.add("headline")
    if len(_TITLE.findall(text)) >= 2:
        found.add("title")
    if _LATE.search(text):
        found.add("late")
    return found


def pick(data: Path) -> list[tuple[str, int, list[str]]]:
    """(article stem, marks, cue kinds) of the chosen articles, in SHA-1 order."""
    out: list[tuple[str, int, list[str]]] = []
    per_outlet: dict[str, int] = {}
    for path in fresh35_pick.candidates(data):
        outlet = path.stem.split("_")[0]
        if per_outlet.get(outlet, 0) >= PER_OUTLET:
            continue
        text = path.read_text("utf-8")
        marks = sum(text.count(m) for m in polnear_pick.MARKS)
        if not LOW <= marks <= HIGH:
            continue
        found = kinds(text)
        if len(found) < MIN_KINDS or polnear_pick.named(path.stem, HERE.name):
            continue
        out.append((path.stem, marks, sorted(found)))
        per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
        if len(out) == WANT:
            break
    return out


if __name__ == "__main__":
    for stem, marks, found in pick(Path(sys.argv[1])):
        print(f"{marks:3} {stem} {','.join(found)}")
