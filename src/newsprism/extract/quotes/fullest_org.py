"""A one-word organisation speaker stands for the article's longer name that starts with it
("NBC further notes" after "Trump told NBC News" is NBC News), as a surname stands for a
person's full name. Moved out of :mod:`speakers` (session 29) to keep that module small."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsprism.extract.quotes.headline_case import in_headline_case

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsprism.extract.quotes.people import People

__all__ = ["fullest_org"]


def fullest_org(org: tuple[str, int, int], people: People, ents: Sequence[Span],
                qid: Sequence[int]) -> tuple[str, int, int]:  # fmt: skip
    """(name, start, end) of the shortest longer organisation name outside quotations that
    starts with the one-word ``org``; ``org`` itself when there is none, when it has more
    than one word, or when it is a person's surname ("Trump" tagged as an organisation is
    not Trump University)."""
    text = org[0]
    if " " in text or any(p.surname == text.lower() for p in people.persons):
        return org
    longer = []
    for ent in ents:
        if ent.label_ == "ORG" and qid[ent.start] == -1 and not in_headline_case(ent):
            s, e, full = people.clean_name(ent)
            words = full.split()
            if len(words) > 1 and words[0] == text and "/" not in full and \
                    all(w[:1].isupper() for w in words):  # fmt: skip
                longer.append((len(full), s, e, full))
    if not longer:
        return org
    _, s, e, full = min(longer)
    return full, s, e
