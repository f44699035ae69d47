"""A person's name the tagger took for an organisation or a work (issue 12, session 39).

The tagger reads "Raven-Symone" as an ORG: the name is no person mention, so "she
added" after her quotes found no antecedent, and her words stayed unresolved
(gold/speakers-fresh38, FNC-1 body 441). A reader knows the name is a person's because
the article refers to her **by its last word alone, as the subject of a verb of speech**
("Symone wrote"): newspapers shorten a person to the surname and an organisation to its
first word ("Goldman said", never "Sachs said").

So an entity the tagger labelled ORG, PRODUCT or WORK_OF_ART is re-read as a person when

- its words (split at spaces and hyphens: "Raven-Symone" is Raven and Symone) are two or
  three capitalised alphabetic words, none of them a word that ends a body's or a
  place's name ("committee", "park"), and it is not a known organisation;
- its last word stands alone elsewhere in the article as the subject of a verb of speech,
  with no article before it and inside no longer name ("Symone wrote");
- no person the article names already has that surname ("Lockheed Martin" stays a
  company when "Jenny Martin" is quoted as "Martin said");
- the word is no common noun of the article ("police officers") and is part of no other
  longer name ("Apple" of "Apple Watch", "Police" of "The Tallahassee Police
  Department"): read on FNC-1 bodies, "Beats Electronics Apple" (a tagger's run-on)
  and "Tallahassee Police" were made people by "Apple … commented", "Police said".

The given name is the first word and the surname the last, so the bare "Symone" and any
"she" that resolves to it are the full name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span, Token

__all__ = ["mistyped_names"]

_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
_SPLIT = re.compile(r"[\s\-‐–]+")
_SUBJECTS = ("nsubj",)


def _name_words(ent: Span) -> list[str] | None:
    """The words of an entity that reads as a personal name, or None."""
    words = [w for w in _SPLIT.split(ent.text.strip()) if w]
    if not 2 <= len(words) <= 3:
        return None
    if not all(w.isalpha() and w.istitle() for w in words):
        return None  # "Ben & Jerry's", "the Times", "IBM"
    return words


def _speaks_alone(doc: Doc, surname: str, ent: Span, speech_forms: Collection[str]) -> bool:
    """``surname`` stands alone somewhere outside ``ent`` as the subject of a speech verb."""
    for tok in doc:
        if tok.text != surname or ent.start <= tok.i < ent.end or tok.pos_ != "PROPN":
            continue
        if tok.dep_ not in _SUBJECTS or tok.head.lower_ not in speech_forms:
            continue
        if any(c.dep_ in ("det", "compound") for c in tok.children):
            continue  # "the Symone group said", "Raven Symone said" (another name)
        if tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            continue
        if tok.ent_type_ and len(_entity_of(doc, tok)) > 1:
            continue  # part of a longer name
        return True
    return False


def _other_use(doc: Doc, ents: list[Span], word: str, ent: Span) -> bool:
    """``word`` is a common noun of the article ("police" in "police officers") or part
    of another, longer name ("Apple Watch", "The Tallahassee Police Department"): a
    company's or a body's word, not a surname (FNC-1 bodies 1591 and 863)."""
    if any(t.text == word.lower() for t in doc):
        return True
    return any(len(e) > 1 and e.text != ent.text and word in _SPLIT.split(e.text)
               for e in ents)  # fmt: skip


def _entity_of(doc: Doc, tok: Token) -> Span:
    """The entity ``tok`` is part of (one token when the tagger made none)."""
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return doc[tok.i : tok.i + 1]


def mistyped_names(doc: Doc, ents: list[Span], covered: set[int], *,
                   speech_forms: Collection[str], stop_words: Collection[str],
                   organisations: Collection[str], surnames: Collection[str],
                   ) -> list[tuple[int, int, str, str]]:  # fmt: skip
    """(start token, end token, given name, surname key) of each entity re-read as a
    person's name (see the module docstring). ``surnames`` are those of the persons
    already found; ``stop_words`` end a body's or a place's name."""
    out = []
    for ent in ents:
        if ent.label_ not in _LABELS or covered & set(range(ent.start, ent.end)):
            continue
        words = _name_words(ent)
        if words is None or ent.text.lower() in organisations:
            continue
        if any(w.lower() in stop_words for w in words) or words[-1].lower() in surnames:
            continue
        if _other_use(doc, ents, words[-1], ent):
            continue
        if _speaks_alone(doc, words[-1], ent, speech_forms):
            out.append((ent.start, ent.end, words[0], words[-1].lower()))
    return out
