"""An inverted cue whose subject the parse took from inside the quotation before it.

In “An announcement: Today I handed in my resignation …,” tweeted Italiano. (TheBlaze,
NeuS raw row 484, session 27) the parse makes the quotation's first noun
("announcement") the subject of "tweeted" and the name after the verb its object. The
quoted words are the content, never the speaker: when a speech verb's subject lies
inside a quotation that closes before the verb, the verb is the inverted cue of that
quotation and its speaker is the name right after it (:meth:`Subjects._inverted_subject`).
A quotation used as a name before its verb ("The “Squad” said …") has no comma, question
or exclamation mark closing it, so it stays the subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["subject_in_closed_quotation"]

_CLOSERS = (",", "?", "!")


def subject_in_closed_quotation(subject: Token, verb: Token, qid: list[int]) -> bool:
    """``subject`` is a word of a quotation that ends before ``verb`` with a comma, a
    question or an exclamation mark, nothing but punctuation between ("…,” tweeted"),
    and the verb itself is outside every quotation."""
    n = qid[subject.i]
    if n == -1 or qid[verb.i] != -1 or subject.i > verb.i:
        return False
    doc = verb.doc
    between = doc[subject.i + 1 : verb.i]
    last_word = max((t.i for t in between if qid[t.i] == n and not t.is_punct),
                    default=subject.i)  # fmt: skip
    tail = doc[last_word + 1 : verb.i]
    return all(t.is_punct or t.is_quote or t.is_space for t in tail) and \
        any(t.text in _CLOSERS for t in tail)  # fmt: skip
