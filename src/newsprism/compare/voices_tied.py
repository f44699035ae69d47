"""One person, one voice: a description an article ties to a name it quotes counts as
that name (session 35, i12-open35).

``voices_heard`` keys a voice by its entity and its words, so an article that quotes a
person once through a description and once by name shows two voices: the Los Angeles
Times' "… according to the county's health officer, Dr. Muntu Davis. Some exceptions
will apply, Davis said" gave "the county's health officer ×1" and "Muntu Davis ×1"
(NeuS raw row 254); "the country's interim prime minister" and "Claude Joseph" (row 281,
read in session 27); the readers of session 34 found the kind again on row 385 ("a top
Chinese health official" … "The official, George Gao"). A reader of "whose voices each
outlet quotes" counts people, and one person counted twice is a false count.

Rule: in one article, a described voice (no entity, written as a description:
:func:`newsprism.compare.labels_voices.is_description`) is the named voice of the same
article when the article sets the two side by side as an apposition — the
description's head noun, a comma, then a name ending in the named voice's last name
("the county's health officer, Dr. Muntu Davis"), or that name, a comma, then a phrase
of :data:`MAX_BETWEEN` words or fewer ending in the head noun ("Muntu Davis, the
county's health officer"). A description tied so to two different named voices is tied
to none. A name the article does not quote is not made a voice (the description stays
as written), so nothing is counted that the quotes do not hold.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsprism.compare.labels_voices import is_description
from newsprism.models import Article, Quote

VOICES_TIED_RULE = True  # off: a description and a name are two voices, as before
MAX_BETWEEN = 8  # words of the description set after the name ("X, the … officer")
# a title a writer may put before the name in the apposition
_TITLE = r"(?:(?:Dr|Sen|Rep|Gov|Gen|Mr|Mrs|Ms|Lt|Col|Sgt|Adm|Capt|Prof|Rev|Judge|President)\.?\s+)?"
_NAME_WORD = r"[A-Z][\w.'’-]*"


def _head(description: str) -> str:
    return description.split()[-1].strip(".,;:'’\"()")


def ties(text: str, description: str, name: str) -> bool:
    """Whether ``text`` writes ``description``'s head noun and ``name`` (by its last word)
    as an apposition, either order."""
    head, last = re.escape(_head(description)), re.escape(name.split()[-1])
    before = rf"\b{head},\s+{_TITLE}(?:{_NAME_WORD}\s+){{0,3}}{last}\b(?![\w-])"
    after = rf"\b{last},\s+(?:[\w.'’-]+\s+){{0,{MAX_BETWEEN - 1}}}{head}\b(?=[,.;)])"
    return bool(re.search(before, text) or re.search(after, text))


def tied_voices(articles: Sequence[Article], quotes: Sequence[Quote],
                speaker_of: dict[tuple[str, str], str],
                ) -> dict[tuple[str, str], tuple[str, str]]:  # fmt: skip
    """{(article id, described speaker): (entity id, named speaker)} for each described
    voice an article ties to one named voice it quotes (module doc). ``speaker_of``: the
    speaker a quote's written speaker counts as (``first_mentions``)."""
    if not VOICES_TIED_RULE:
        return {}
    text = {a.id: getattr(a, "text", "") for a in articles}  # a bare record has none
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)
    described: dict[str, set[str]] = defaultdict(set)
    for q in quotes:
        if not q.speaker:
            continue
        if q.speaker_entity_id:
            named[q.article_id].add((q.speaker_entity_id, q.speaker))
        elif is_description(q.speaker):
            described[q.article_id].add(speaker_of.get((q.article_id, q.speaker), q.speaker))
    out = {}
    for article, descriptions in described.items():
        for description in descriptions:
            found = {n for n in named[article] if ties(text.get(article, ""), description, n[1])}
            if len(found) == 1:
                out[(article, description)] = found.pop()
    return out
