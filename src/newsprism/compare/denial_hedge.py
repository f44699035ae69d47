"""Which partners the "opposite" hedge may name: the polarity veto's, not a denial's alone
(session 39, i12-reader39).

A unique fact with no near sentence but one the same-fact vetoes call opposite is kept
"possibly shared" (:mod:`newsprism.compare.opposite_near`), and its hedge said the other
outlet's "closest sentence negates or cancels what this one states, or the reverse".
Two vetoes make a pair opposite (:func:`newsprism.compare.pair_vetoes.opposite_pairs`):
the polarity clash, which needs a word one sentence negates or cancels to be stated as
so in the other, and the denial clash, which needs only that one sentence denies and
the other has no negation at all. The second is right as a veto (a denial and a plain
statement are not one fact) but says nothing about what the plain sentence states, so
it cannot back the hedge's words: the seeds' Al Jazeera "he would not send any
delegation to Washington after it abstained …" was shown beside "Following Monday's
UNSC vote on Gaza, which the US declined to veto, the United Nations Security Council
requested an immediate ceasefire …", which negates nothing of it (docs/eval-compare.md,
sessions 38 and 39).

Rule: a pair found by the vetoes still keeps the fact from "unique" (another outlet's
sentence on the same words may state it), keeps its place in the order shown and its
``"opposite": true``, but the hedge names the fact's partners as the opposite only when
the polarity clash holds for one of them; else it reads as the same topic. (A first
version also took the denial's partners out of the near sentences' order and checks:
on the BASIL dev golds two partners the gold holds gave way to vetoed ones, so the order
is left as it was.) Switch: :data:`DENIAL_HEDGE_RULE`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from newsprism.compare.pair_vetoes import opposite_pairs, polarity_pairs

if TYPE_CHECKING:
    from newsprism.compare.pairs import UnitProfile

DENIAL_HEDGE_RULE = True  # off: a denial's partner is "the opposite" too


def hedge_opposites(units: Sequence[UnitProfile]) -> tuple[np.ndarray, np.ndarray]:
    """The pairs that keep a fact from "unique" (both vetoes) and the pairs the hedge may
    call opposite (the polarity clash alone; both when the rule is off)."""
    found = opposite_pairs(units)
    return found, (polarity_pairs(units) if DENIAL_HEDGE_RULE else found)
