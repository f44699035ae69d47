"""A modal of what may be so now, not of what will happen ("could belong", "may well be").

The mood veto (compare/pairs.py ``prospect_pairs``) sets a statement read as done
against one read as a prospect: "will vote" is not "voted". :func:`stance.stance` reads
every modal auxiliary as a prospect, so an epistemic modal, a hedge on a present state
("The key vote for a Wal-Mart victory could belong to Justice Anthony Kennedy, who said
he was troubled by …", Fox, BASIL 2058ec60; "it may well be appropriate", BASIL
8dc7ccfe), was set against the other outlets' plain statement of the same fact (session
26, "where recall is lost": 4 gold pairs of compare-basil-train vetoed by a modal read
as a prospect).

Read as ``possible`` (which the veto sets against neither side) only when the modal is
"may", "might" or "could" and either an adverb of likelihood stands with it ("may well
be", "could possibly", "might perhaps") or the verb names a state that has no
future of its own to happen ("belong", "seem", "appear", "exist", "lie", "mean" …).
"could be" stays a prospect ("could be delayed", "could be close": an outcome to come).
"""

from __future__ import annotations

from typing import Any

__all__ = ["epistemic"]

_MODALS = frozenset({"may", "might", "could"})
_LIKELIHOOD = frozenset({"well", "possibly", "perhaps", "conceivably", "plausibly"})
# not "remain", "own", "know": "may remain in the country" (a permission), "who could own
# a gun" (an ability) are no hedge (read on NeuS raw claims, session 27)
_STATES = frozenset({"belong", "seem", "appear", "exist", "lie", "rest", "consist", "depend",
                     "mean"})  # fmt: skip


def epistemic(verb: Any) -> bool:
    """True when ``verb``'s modal auxiliary hedges a present state (module docstring)."""
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _LIKELIHOOD for c in children):
        return True
    return verb.lemma_.lower() in _STATES
