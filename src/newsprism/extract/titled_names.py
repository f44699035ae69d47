"""A titled person whose surname is also a place keeps the surname.

"said Rep. Steve Israel, D-N.Y." (BASIL, 2011): the tagger reads "Steve" as a PERSON
and "Israel" as a country (GPE), so the speaker was shown as "Israel", an
organisation, and the entity list held a country nobody wrote of. A person's title
("Rep.", "Sen.", "Gov.", "Mayor") right before a given name that the tagger calls a
person, and right after it, written in the same run, one capitalised word it calls a
place, is one person's full name: the entity is re-made a PERSON over both words.

Only with a title before it: "told Steve Israel would act" has none and stays as it
is; only a one-word place ("Steve New York" is no name); only a one-word given name
(the tagger's "John Paul" before a place is not read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Span

from newsprism.extract.titles import TITLE_ABBREVIATIONS, one_word_roles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["titled_place_surnames"]

_PLACES = frozenset({"GPE", "LOC"})


def _titled(doc: Doc, given: Span) -> bool:
    """A title stands right before the given name ("Rep.", "Senator")."""
    if given.start == 0:
        return False
    title = doc[given.start - 1]
    return title.text in TITLE_ABBREVIATIONS or title.lower_ in one_word_roles()


def _surname(doc: Doc, given: Span, place: Span) -> bool:
    """``place`` is one capitalised word right after the one-word ``given`` name."""
    word: Token = place[0]
    return len(given) == 1 and len(place) == 1 and place.start == given.end and \
        given[0].is_alpha and given[0].is_title and word.is_alpha and word.is_title and \
        given[0].whitespace_ == " " and word.pos_ == "PROPN"  # fmt: skip


@Language.component("newsprism_titled_names")
def titled_place_surnames(doc: Doc) -> Doc:
    """Join "Rep. Steve" (PERSON) and "Israel" (GPE) into one PERSON (module docstring)."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        given = ents[-1] if ents else None
        if given is not None and given.label_ == "PERSON" and ent.label_ in _PLACES and \
                _surname(doc, given, ent) and _titled(doc, given):  # fmt: skip
            ents[-1] = Span(doc, given.start, ent.end, label="PERSON")
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents
    return doc
