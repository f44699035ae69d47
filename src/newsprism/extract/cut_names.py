"""A name the crawl cut: the last words before a report's closing ellipsis (issue 12,
session 30).

Crawled leads and feed excerpts stop mid-sentence with "..." ("the senators are
referring to the John Lewis..."; "the Club..." for the Club for Growth). A name that runs
straight into that ellipsis may be the first words of a longer one (the John Lewis
Voting Rights Advancement Act, a bill, not the late congressman), and nothing in the
report says which. Such a mention is dropped, unless the story names the same thing
elsewhere (where it is read whole), when its form says it is a piece: it ends on a word
that opens longer names ("Ursula von...", "in El...", "leads North..."), it is an
organisation (the words after "U.S. Central..." or "the Air Defense..." are lost), or it
is a person's name used after "the" as a modifier ("the John Lewis..."). A person with a
title in front ("European Council President Charles Michel...") and a place ("the
annexation of Crimea...") are read as whole. A name followed by a comma or a full stop before the
ellipsis ("He also put Jeffrey Zients,...") was written whole and is kept.
"""

from __future__ import annotations

import re

from newsprism.extract.titles import fold
from newsprism.models import Mention

_CUT_AFTER = re.compile(r"^(?:\.\.\.|…)\s*$")
# words that open a longer name: particles and place prefixes ("von der Leyen", "El Paso");
# a compass word ("leads North...": North America, North Carolina, North Korea) names no
# place alone at the cut (session 35)
_OPENERS = frozenset("von van de der den del della di da du la le el al bin ibn st saint "
                     "san santa los las new fort port mount north south east west "
                     "northern southern eastern western central".split())


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'-]+", fold(name)) if len(w) > 2}


def _piece(m: Mention, text: str) -> bool:
    """Whether the form of a mention at the cut says the name went on (module docstring)."""
    words = m.text.lower().replace(".", "").split()
    if not words or words[-1] in _OPENERS:
        return True
    if m.label in ("GPE", "LOC"):
        return False
    if m.label == "PERSON":
        return text[max(0, m.start - 4) : m.start].lower() == "the "
    return True


def drop_names_at_cut(mentions_by_article: dict[str, list[Mention]],
                      texts: dict[str, str]) -> None:
    """Drop a mention that ends the report on its ellipsis, reads as a piece
    (``_piece``) and shares no word with another mention of the story (a surname, an
    organisation's head): the only evidence of it is a name the crawl cut."""
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        cut = [m for m in mentions if _CUT_AFTER.match(text[m.end :]) and _piece(m, text)]
        for m in cut:
            words = _words(m.text)
            others = (o for ms in mentions_by_article.values() for o in ms if o is not m)
            if not any(words & _words(o.text) for o in others):
                mentions.remove(m)
