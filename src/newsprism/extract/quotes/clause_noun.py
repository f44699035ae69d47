"""A plural "noun" that heads a clause: "because that testing results in more
abortions, as well as contending that …" (BASIL 2012 HuffPost, gold/speakers-basil8).

The tagger read the verb "results" as a plural noun, the subject of the participle
cue "contending", and any bare plural may speak ("observers cautioned"), so the
speaker was "that testing results in more abortions". A noun phrase has no
subordinator: a "mark" child ("because", "that", "if") says the word is a clause's
verb, so it is neither a cue's subject (:mod:`subjects`: the participle then shares
the subject of the clause it continues, "Santorum … said …, as well as contending")
nor a speaking plural (:mod:`speakers`) (session 28).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["verb_read_as_noun"]


def verb_read_as_noun(head: Token) -> bool:
    """Whether a noun head carries a subordinator, as only a clause's verb does."""
    return any(child.dep_ == "mark" for child in head.children)
