"""Surnames the tagger calls a person once and something else later.

The small spaCy model labels one name differently from mention to mention: in a
HuffPost article on Mo Cowan, 2 of his 14 bare "Cowan" are PERSON and 12 are ORG, and
with no full name tagged PERSON the people list used to know only those 2, so every
"he" after "Cowan said …" could reach only Deval Patrick. A bare surname tagged PERSON
is taken as a person's name for its later mentions, whatever their label (the entity
merge of a story does the same across articles, ``extract/entities.py``).

A lone word tagged PERSON once is weaker evidence than a full name, and the same idea
tried in session 15 without limits made "Chelsea", "Burma", "Carrier" and "Kazakh"
people. So the word must not be a given name ("Bernie" alone is a first name, not a
surname), no mention of it in the article may be a place ("in Chelsea", "at
Carrier"), and a mention that only modifies a noun ("the Kazakh population") is not
re-typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["bare_surnames", "is_modifier", "nicknamed"]

# prepositions of place: "in Burma", "at Carrier" say the word names a place or a firm
_PLACE_PREPOSITIONS = frozenset({"in", "at", "inside", "near", "across", "throughout"})


class _Mention(Protocol):
    token: int
    given: str | None
    suffix: str | None
    surname: str


def bare_surnames(doc: Doc, found: list[_Mention],
                  given: set[str] | dict[str, str]) -> dict[str, int]:  # fmt: skip
    """Surname -> the token of its first mention tagged PERSON alone, for the words that
    may stand for a person everywhere after it (see the module docstring); ``given``:
    the given names (``people.load_given_names``)."""
    first: dict[str, int] = {}
    for p in found:
        if p.given is None and p.suffix is None and doc[p.token].ent_type_ == "PERSON":
            first.setdefault(p.surname, p.token)
    places = {t.lower_ for t in doc if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS}
    return {w: i for w, i in first.items() if w not in given and w not in places}


def is_modifier(tok: Token) -> bool:
    """The word modifies a common noun ("the Kazakh economy", "Carrier products") or is
    set in quotation marks (the ''Leave'' campaign: a slogan, not a name)."""
    quoted = tok.i > 0 and tok.doc[tok.i - 1].is_quote
    return quoted or (tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN")


def nicknamed(doc: Doc, given: set[str] | dict[str, str]) -> list[tuple[int, int]]:
    """Token spans of full names with a nickname in quotation marks ('William "Mo"
    Cowan', 'George "Jay" Keyworth'): a known given name, one or two capitalised words
    in quotation marks, then a capitalised proper noun. The tagger often splits them
    (PERSON "William", WORK_OF_ART 'Mo" Cowan'), which left the article with no full
    name for the surname and the person with no gender."""
    spans = []
    for tok in doc:
        if tok.lower_ not in given or not tok.is_title or tok.pos_ != "PROPN":
            continue
        i = tok.i + 1
        if i >= len(doc) or not doc[i].is_quote:
            continue
        close = next((k for k in range(i + 2, min(i + 4, len(doc))) if doc[k].is_quote), None)
        if close is None or close + 1 >= len(doc):
            continue
        inner, last = doc[i + 1 : close], doc[close + 1]
        if all(t.is_title for t in inner) and last.is_title and last.pos_ == "PROPN":
            spans.append((tok.i, close + 2))
    return spans
