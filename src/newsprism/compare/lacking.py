"""A statement whose predicate is "being without" something: a negation with no "not".

The ``denial_clash`` veto (:func:`newsprism.compare.pair_vetoes._denials`) sets a
sentence whose predicate is negated against one "with no negation at all". It read only
"not"-like words, so "8.5% of gas stations in North Carolina … didn't have gasoline"
(CNN) was set against "nearly 8 percent of Virginia gas stations, more than 6 percent of
North Carolina gas stations … were without fuel" (The Hill), and the report said The
Hill's sentence was "negated or cancelled" by CNN's (NeuS raw row 446, read in session
38): the two state the same lack. A copula-like predicate that takes "without" as its
own complement ("were without fuel", "remain without power", "went without food") says
"did not have" as "not" does, so the veto counts it as a negation; "passed the bill
without a vote" still states the passing (the verb is no copula) and stays un-negated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["LACKING_RULE", "lacks"]

LACKING_RULE = True  # off: only "not"-like words make the other side negated, as before
# predicates that say no more than "be" / "have" with "without": being in a state
_BEING = frozenset("be remain stay go sit".split())


def lacks(predicates: Sequence[Any]) -> bool:
    """Whether a main predicate is a copula-like verb with its own "without"
    complement after it ("were without fuel"): the statement is a lack, a negation with
    no "not". A fronted "Without it, …" or "And without putting a date on it … the thing
    is" qualifies the clause and negates nothing of it (NeuS r372).
    ``predicates``: the statement's verbs (``statement_parts._main_predicates``)."""
    if not LACKING_RULE:
        return False
    return any(verb.lemma_.lower() in _BEING and any(
        c.dep_ == "prep" and c.lower_ == "without" and c.i > verb.i
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in verb.children) for verb in predicates)
