"""A verb of showing or saying that is only expected: no one's words yet.

"Demographers also expect the data to show that the country's white population is
declining …" (Reuters, NeuS r182, read in session 30) was a quote whose speaker is "the
data". Session 29 gives "the report shows that …" to the report on purpose: a document
that shows something has said it. A thing that is only *expected to* show something has
said nothing yet, and neither has a person who "is expected to announce" it: what
follows is a forecast, someone else's at most, so no
statement is taken from it (as :func:`~newsprism.extract.quotes.content.failed` does not
take "failed to show that …").

The cue counts as forecast when it is the infinitive complement of a verb of expecting
("expect X to show", "is expected to say", "anticipate … to find"). Not counted: the
expecting verb's own clause ("officials expect that …" is the officials' belief, and
stays theirs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["forecast"]

# verbs whose infinitive complement is what is foreseen, not what happened
_EXPECTING = frozenset({"expect", "anticipate", "predict", "forecast", "project"})


def forecast(verb: Token) -> bool:
    """Whether the cue ``verb`` is only foreseen: "to show/say/find" under a verb of
    expecting ("expect the data to show that …", "is expected to announce that …")."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "expect that the data show …": no infinitive, the clause is theirs
    return verb.head.lemma_.lower() in _EXPECTING
