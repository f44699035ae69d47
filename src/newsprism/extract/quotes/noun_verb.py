"""A speech verb the tagger read as a plural noun, known for a verb by its subject.

"“Who are you!” the seven-term congressman demands.": after a "!" or "?" the parser
may tag the present-tense verb "demands" a plural noun (and the sentence's root), so
no cue was found and the quotation was lost (gold/speakers-basil11, BASIL 6b541575).
A noun has no subject: a word of the speech lexicon in its "-s" form that the parse
gives an ``nsubj`` child of its own is a verb. The subject must be a noun phrase or a
name standing right before it ("the congressman demands", "Vance asks"), right after
a closing mark, and nothing after the verb but punctuation, as in the inverted cue
"“…,” X says." So a real plural noun ("the union's demands", "worker demands for …")
stays a noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["verb_tagged_noun"]


def verb_tagged_noun(token: Token) -> bool:
    """Whether ``token`` is an "-s" verb the tagger took for a noun (module docstring)."""
    if token.pos_ != "NOUN" or not token.lower_.endswith("s") or token.i == 0:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i != token.i - 1 or \
            subjects[0].pos_ not in ("NOUN", "PROPN"):  # fmt: skip
        return False
    if any(c.dep_ != "punct" for c in token.rights):
        return False  # "worker demands for …": a noun phrase goes on
    before = token.doc[max(subjects[0].left_edge.i - 2, 0) : subjects[0].left_edge.i]
    return any(t.is_quote for t in before)  # right after the quotation it closes
