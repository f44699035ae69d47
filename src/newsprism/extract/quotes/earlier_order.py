"""The order in which the mentions of an earlier sentence are offered to a pronoun: the
named sayer of a sentence that reports speech first (session 39,
gold/speakers-fresh39).

:meth:`.coref.Antecedents.candidates` offers an earlier sentence's subjects left to
right, so a subject set inside the words a sentence reports came before the one who
says them: "Trump's accusation that Obama and Clinton created the so-called Islamic
State … had imperiled the lives of US troops, Biden said. “…,” he said." gave the
next "he" to Obama, the subject of a clause inside what Biden said, not to Biden (an
AFP report of 2016; every quote of his after that went to Obama). The subjects inside
a report are its content; the one who speaks it is the sentence's topic, as Hobbs'
breadth-first search of an earlier sentence would propose him first.

Only that case is changed: the sentence's root is a speech verb whose own subject is a
name (not a pronoun the search resolved: a chain of resolved pronouns is left as it
was), and that name comes first. A first version put every sentence's subjects
shallowest first; read over a third of PolNeAR train it changed four quotes and made
two wrong (a "he" after "He would like … ideas Sanders championed" went to Sanders
through a chain of earlier pronouns), so it was narrowed to this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsprism.extract.quotes.people import Person

__all__ = ["earlier_order"]

_SUBJECT = ("nsubj", "nsubjpass")


def _named_sayer(sent: Span, speech: Callable[[Token], str | None]) -> int | None:
    """The token of the name that is the subject of ``sent``'s root, when the root is a
    speech verb."""
    root = sent.root
    if speech(root) is None:
        return None
    subject = next((c for c in root.children if c.dep_ in _SUBJECT), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    return subject.i


def earlier_order(sent: Span, found: Iterable[Person],
                  speech: Callable[[Token], str | None]) -> list[Person]:
    """``found`` (mentions of the earlier sentence ``sent``) in the order a pronoun
    takes them: subjects first, then left to right; a named sayer before all."""
    sayer = _named_sayer(sent, speech)
    return sorted(found, key=lambda p: (p.token != sayer or not p.subject,
                                        not p.subject, p.token))
