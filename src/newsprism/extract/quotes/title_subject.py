"""A cue's subject that the parse took from a quoted title after the verb (session 31).

In "“He's absolutely right …,” Flynn, a top Trump surrogate, said Thursday morning on
Fox News’s “Fox and Friends.”" (Politico, PolNeAR dev) the parse makes "Fox" of the
programme's title the subject of "said" and hangs "Flynn" on a word of the quotation
before it, so the quote went to Fox News. Words in quotation marks that open after the
verb are a title, a term or the next quotation, never the verb's speaker (English puts
an inverted speaker right after the verb, "said Flynn", unquoted). The speaker is then
the one noun phrase set off between the closing mark and the verb
(:meth:`Subjects._hung_into_quotation`), or no one: unresolved rather than a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["subject_in_later_quotation"]


def subject_in_later_quotation(subject: Token, verb: Token, qid: Sequence[int]) -> bool:
    """``subject`` is a word of a quotation after ``verb``, which is itself outside every
    quotation ("said … on “Fox and Friends”", or the second part of “A,” he said, “B.”)."""
    return qid[subject.i] != -1 and qid[verb.i] == -1 and subject.i > verb.i
