"""Which wide stories session 30's conflict readings can reach, read from the text alone
(no parse), so that only those stories need running old against new.

Each test is a superset of what its rule needs before it can list anything:

- ``former``: a past title before a name (``former_titles._PAST_BEFORE``) or after one
  (``titles.title_after`` with "former" / "ex-" and a body) in one article, and a
  current title with a body after the same surname in another (compare/former_titles.py);
- ``counted``: a number at most two words before a noun that ``count_nouns.counted_as``
  folds, in two articles (compare/count_nouns.py);
- ``own words``: a capitalised name after "in" / "at" or before an occasion noun in one
  article, no country or US state (``places.is_container``: never a place of the rule),
  named in another only inside quotations or in sentences copied from the first
  (``own_words.own_words``; compare/places.py's guard).

Usage: ``python scripts/wide_conflict_inputs.py ../shared/data WIDE 0 506`` then
``python scripts/conflict_reach.py WIDE``; one line per story and reading.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

from newsprism.compare.count_nouns import _ONE_THING
from newsprism.compare.former_titles import _PAST_BEFORE
from newsprism.compare.own_words import own_words
from newsprism.compare.places import EVENT_NOUNS, is_container
from newsprism.compare.titles import PAST, title_after

_WORD = re.compile(r"\b[A-Z][\w'’-]+")
_RUN = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"twenty|thirty|forty|fifty|hundred|several|dozens?|hundreds)")  # fmt: skip
_NOUNS = sorted({*_ONE_THING, *_ONE_THING.values()})
_COUNTED = re.compile(rf"\b{_NUMBER}[\s-]+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(_NOUNS)})s?\b",
                      re.IGNORECASE)  # fmt: skip
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b|"
                    rf"\b([A-Z][a-z]+)\s+(?:{'|'.join(sorted(EVENT_NOUNS))})\b")  # fmt: skip


def _titles(text: str) -> tuple[set[str], set[str]]:
    """(surnames given a past title, surnames given a current title with a body)."""
    past, now = set(), set()
    for m in _WORD.finditer(text):
        run = _RUN.match(text, m.start())
        if run and _PAST_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
            past.add(run.group().split()[-1])
        title = title_after(text, m.end())
        if title and title.body:
            (past if title.mods & PAST else now if not title.mods else set()).add(m.group())
    return past, now


def reach(texts: list[str]) -> Iterator[str]:
    """The readings that can fire on one story's article texts."""
    titles = [_titles(t) for t in texts]
    if any(i != j and p & n for i, (p, _) in enumerate(titles)
           for j, (_, n) in enumerate(titles)):  # fmt: skip
        yield "former"
    if sum(bool(_COUNTED.search(t)) for t in texts) >= 2:
        yield "counted"
    for i, x in enumerate(texts):
        for j, y in enumerate(texts):
            for m in _PLACE.finditer(x) if i != j else ():
                name = m.group(1) or m.group(2)
                town = re.escape(name)
                if not is_container(name) and (re.search(rf"(?<!\w){town}(?!\w)", y)
                        and not re.search(rf"(?<!\w){town}(?!\w)", own_words(y, x))):
                    yield "own words"
                    return


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wide", type=Path, help="a folder of wide_conflict_inputs.py")
    args = parser.parse_args(argv)
    for folder in sorted(d for part in ("basil", "neus") for d in (args.wide / part).iterdir()):
        texts = [json.loads(p.read_text()).get("text", "") for p in sorted(folder.glob("*.json"))]
        for reading in dict.fromkeys(reach(texts)) if len(texts) >= 2 else ():
            print(f"{folder.parent.name}/{folder.name}\t{reading}")


if __name__ == "__main__":
    main()
