"""Countries as their nationality words name them, read once from ``data/demonyms.toml``.

"The Palestinian president" names one person only when read with its nationality: the
office noun alone fits every president of the article ("Egyptian President Abdel
Fattah al-Sisi" as well as Mahmoud Abbas). The quote extractor's role reader
(extract/quotes/rolequal.py) reads nationalities here, as it reads states in
extract/states.py. Issue 12, session 37.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

__all__ = ["nation_names", "nations_in"]

_WIDEST = 3  # "united arab emirates"


@cache
def nation_names() -> dict[str, str]:
    """Nationality words and country names, lower case as written -> country
    ("palestinian" -> "palestine", "u.s." -> "united states")."""
    raw = files("newsprism").joinpath("data", "demonyms.toml").read_text("utf-8")
    table = tomllib.loads(raw)["nations"]
    return {word: country for country, words in table.items() for word in words}


def nations_in(words: list[str]) -> set[str]:
    """Countries named by one to three consecutive lower-case words ("israeli",
    "south korean", "united arab emirates")."""
    names = nation_names()
    found = set()
    for n in range(len(words)):
        for width in range(1, _WIDEST + 1):
            part = words[n : n + width]
            if len(part) == width and " ".join(part) in names:
                found.add(names[" ".join(part)])
    return found
