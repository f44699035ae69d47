"""A speaker named by a title-case name the parse did not make a subject.

"Hotline On Call says the nature of the decision is a "closely guarded secret""
(HuffPost, BASIL 2010, gold/speakers-basil6): the blog's name is no entity, and the
parse makes "Hotline" an adverb and "On Call" a preposition, so the cue has no subject
and no named entity stands before it; the statement was dropped. A sentence that opens
with a run of two to five capitalised words and nothing else before its main speech
verb is a name speaking: a publication, a blog, a show. Not a heading (before a
colon), not when any word is an entity (a person or an organisation is found by the
subject rules; a date or a place opening the sentence is no speaker), not inside a
quotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.headings import in_heading
from newsprism.extract.quotes.speakers import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Article

__all__ = ["titled_speaker"]

MIN_WORDS, MAX_WORDS = 2, 5
_FINITE = frozenset({"VBZ", "VBD"})


def titled_speaker(art: Article, verb: Token) -> Speaker | None:
    """The speaker of a main speech verb whose whole subject side is a capitalised name
    the parse did not read (module docstring), or None."""
    if verb.dep_ != "ROOT" or verb.tag_ not in _FINITE:
        return None
    sent = art.sents[art.sent_of[verb.i]]
    run = [t for t in art.doc[sent.start : verb.i] if not t.is_space]
    if not MIN_WORDS <= len(run) <= MAX_WORDS or run[-1].i != verb.i - 1:
        return None
    if not all(t.is_alpha and t.is_title and not t.ent_type_ and art.qid[t.i] == -1
               for t in run) or not any(t.pos_ == "PROPN" for t in run):  # fmt: skip
        return None
    if in_heading(run[0]):
        return None
    s, e = run[0].idx, run[-1].idx + len(run[-1])
    text = art.text[s:e]
    return Speaker(surface=text, surface_start=s, surface_end=e, name=text, name_start=s,
                   name_end=e, resolved="name")  # fmt: skip
