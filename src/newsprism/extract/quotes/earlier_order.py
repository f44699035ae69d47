"""The order in which the mentions of an earlier sentence are offered to a pronoun
(session 39, gold/speakers-fresh39).

:meth:`.coref.Antecedents.candidates` offered an earlier sentence's subjects left to
right, so a subject set deep inside a clause came before the sentence's own:
"Trump's accusation that Obama and Clinton created the so-called Islamic State … had
imperiled the lives of US troops, Biden said. “…,” he said." gave the next "he" to
Obama, the subject of a relative clause three heads down, not to Biden, who says the
sentence (an AFP report of 2016; its quotes after that went to Obama). Hobbs' search of
an earlier sentence is breadth first: the main clause's subject is proposed before the
subjects of the clauses under it, and left to right only among those at one depth.
Non-subjects still come after every subject, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from newsprism.extract.quotes.people import Person

__all__ = ["earlier_order"]


def _depth(doc: Doc, i: int, sent: Span) -> int:
    """Head steps from token ``i`` up to its sentence's root."""
    token, steps = doc[i], 0
    while token.head.i != token.i and sent.start <= token.head.i < sent.end:
        token, steps = token.head, steps + 1
    return steps


def earlier_order(doc: Doc, sent: Span, found: Iterable[Person]) -> list[Person]:
    """``found`` (mentions of the earlier sentence ``sent``) in Hobbs' order: subjects
    shallowest first, then left to right; the other mentions after, left to right."""
    return sorted(found, key=lambda p: (not p.subject,
                                        _depth(doc, p.token, sent) if p.subject else 0,
                                        p.token))
