"""Verbs of speech in a sense that is no speech: "contends with", "answers for".

"As Vice President Kamala Harris contends with intense scrutiny over …, members of her
staff are experiencing low morale" (NeuS raw row 294): "contend with" is to cope with,
not to argue, yet the lexicon's "contend" made the clause after it her words. A few verbs
of speech take, right after them, a preposition that gives them another sense: one
copes ("contend with"), is held to account ("answer for", "answer to"), quarrels
("argue with") or makes something larger ("add to the pressure"). Such a verb reports
nothing when it has no clause of its own for what was said (a ``ccomp``: "argued with
aides that the plan would fail" still reports), and when its sentence holds no quotation
("“…,” she contended with a laugh" is a cue, the preposition its manner), and when
it does not end in a colon ("CNN's reporter adds to the picture:" opens her words, NeuS
raw row 219).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

__all__ = ["OTHER_SENSES", "other_sense"]

# lemma of a verb of speech -> the prepositions that, right after it, make it no speech
OTHER_SENSES: dict[str, frozenset[str]] = {
    "contend": frozenset({"with"}),
    "answer": frozenset({"for", "to"}),
    "argue": frozenset({"with"}),
    "add": frozenset({"to"}),
}


def other_sense(token: Token, qid: Sequence[int]) -> bool:
    """Whether the speech verb ``token`` is used in a sense that reports no speech
    (``qid``: the quotation each token of the document is in, -1 for none)."""
    preps = OTHER_SENSES.get(token.lemma_.lower())
    if not preps or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    if after.lower_ not in preps or after.head.i != token.i or after.dep_ != "prep":
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return False
    if token.sent.text.rstrip().endswith(":"):
        return False  # "adds to the picture:" opens the words that follow
    return all(qid[t.i] == -1 for t in token.sent)
