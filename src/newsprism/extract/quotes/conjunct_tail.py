"""What a verb of speaking about a thing says ends where its next conjunct begins.

"The New Haven Register on July 20, 2006, described him as “a veteran of the Vietnam
War,” and on April 6, 2007, said that …" (NYT, BASIL 85475456): the parse hangs the
second conjunct's date ("on April 6, 2007") on "described", after the "and" that opens
"said …". :meth:`Worded.said_tokens` took every later child of the verb but the
conjunction itself, so the content ran on past the closing mark into the next conjunct
("him as “a veteran of the Vietnam War on April 6, 2007", session 26, gold/speakers-basil7).

A child of the verb that comes after the verb's own coordinating conjunction, when a
conjunct of the verb follows that conjunction, belongs to that conjunct: it is cut.
Without a conjunct after it ("as “reckless” and dangerous" is one phrase the parse hangs
on the object) nothing is cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["conjunct_start"]


def conjunct_start(verb: Token) -> int | None:
    """The index of the first coordinating conjunction hung on ``verb`` after it that a
    conjunct of ``verb`` follows ("described him as “…,” [and] on April 6 said …"), or
    None when the verb has no later conjunct."""
    conjs = [c.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    if not conjs:
        return None
    ccs = [c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < max(conjs)]
    return min(ccs) if ccs else None
