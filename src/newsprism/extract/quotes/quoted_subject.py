"""A cue's subject inside the quotation, when the cue has a subject of its own outside it.

In “One thing is that …, many of them criminals, many of them from jails, …,” Trump
told the host. (Newsmax, NeuS raw row 478, session 34) the parse gives "told" two
subjects: a noun of the long quotation ("criminals") and "Trump", after the closing mark
and right before the verb. The first subject was taken, so a quotation was given to
"many of them criminals". The quoted words are what is said, never who says it: when a
speech verb outside every quotation has one subject inside a quotation and another
outside any, before the verb, the outside one speaks. With no subject outside the marks
nothing changes (“The ‘Squad’ said …”, or the inverted “…,” tweeted X of
:mod:`.inverted_after`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

__all__ = ["quoted_beside_own"]

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def quoted_beside_own(subject: Token, verb: Token, qid: Sequence[int]) -> bool:
    """Whether ``subject`` (a subject child of ``verb``) is a word of a quotation while
    ``verb`` stands outside every quotation and has another subject child outside every
    quotation, after the quoted one and before the verb: then ``subject`` is the
    quotation's word, not the speaker (``qid``: per token, its quotation or -1)."""
    if subject.dep_ not in SUBJECT_DEPS or qid[subject.i] == -1 or qid[verb.i] != -1:
        return False
    return any(other.dep_ in SUBJECT_DEPS and qid[other.i] == -1
               and subject.i < other.i < verb.i for other in verb.children)  # fmt: skip
