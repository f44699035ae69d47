"""An "-s" speech word the tagger read as a verb that heads the sentence's subject.

"Worker demands for “a living wage” grew louder …": the parser may tag the plural noun
"demands" (also "claims", "calls", "warnings" are nouns) a present-tense verb with
"Worker" as its subject, and the speech lexicon then read a quote of "a living wage"
by a speaker "Worker". A scare-quoted phrase inside a noun phrase is no one's quote.

The word is a noun when the parse itself shows that it heads a subject:

- it is the subject of another verb (``nsubj``/``nsubjpass``: "Farmer demands for …
  have grown"), or
- a finite verb follows it with no subject of its own, attached to it, and nothing
  between them but its own noun phrase and quotation marks: no comma, no other verb,
  no "that" ("Worker demands for “…” grew louder").

A real verb keeps its reading: "Vance demands answers." has no verb after it; "Smith
claims the vote was rigged, and his allies agree" has a subject for each verb; the
inverted "“…!” the congressman demands." is :mod:`.noun_verb`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["subject_head_noun"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def subject_head_noun(token: Token) -> bool:
    """Whether ``token``, tagged an "-s" verb, heads the sentence's subject (module
    docstring)."""
    if token.tag_ != "VBZ" or not token.lower_.endswith("s") or token.i == 0:
        return False
    if token.dep_ in _SUBJECTS and token.head.i > token.i:
        return True  # "Farmer demands for … have grown"
    later = _subjectless_verb_after(token)
    return later is not None and _only_its_phrase(token, later)


def _subjectless_verb_after(token: Token) -> Token | None:
    """The first finite verb after ``token`` that the parse hangs on it with no subject
    of its own, or None."""
    for child in token.rights:
        own = [c for c in child.children if c.dep_ in _SUBJECTS or c.dep_ == "expl"]
        if child.tag_ in _FINITE and child.pos_ in ("VERB", "AUX") and not own:
            return child
    return None


def _only_its_phrase(token: Token, later: Token) -> bool:
    """Nothing between ``token`` and ``later`` but a noun phrase after it: no comma or
    colon, no verb, no clause marker."""
    between = token.doc[token.i + 1 : later.i]
    if not between or between[0].pos_ != "ADP":
        return False  # "demands for …", "claims of …": the noun's own complement
    for tok in between:
        if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.text in (",", ";", ":", "—", "–"):
            return False
        if tok.lower_ in ("that", "whether", "if"):
            return False
    return True
