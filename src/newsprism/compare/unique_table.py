"""A unique fact's near sentences as arrays: the hedge and the sentences shown.

:func:`newsprism.compare.unique.recheck_unique` gives a fact that another outlet may
state a ``hedge`` and its first :data:`~newsprism.compare.unique.MAX_NEAR` near sentences.
Until session 27 every near sentence was described as JSON (``_OtherOutlets.describe``),
sorted and read by :func:`~newsprism.compare.unique.worth_checking` and
:func:`~newsprism.compare.unique.hedge_of`: 268,000 sentences at 50 articles (845 facts,
about 317 each) to show three per fact. The same decisions are read here off one array
per field, and only the sentences shown are described.

The rules are those two functions', field by field, on the values a row holds: a
row's ``probability`` and ``tfidf`` are rounded to 4 decimals, so a value within 1e-4
of a bar is compared as rounded (:func:`_as_shown`); the order is the one the sorted
rows had (the sentences worth checking first, session 25's TF-IDF among them, then the
likeliest same fact, then the closest in topic), stable in the near sentences' own
order (``np.lexsort``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from newsprism.compare.unique import (
    CHECK,
    CHECK_PROBABILITY,
    CHECK_WORDS,
    LEXICAL,
    OPPOSITE,
    PARTNER_TFIDF,
    SURE_PROBABILITY,
    TOPIC,
    VETOABLE,
    WHY,
)
from newsprism.models import Claim

if TYPE_CHECKING:
    from newsprism.compare.unique import _OtherOutlets

DECIMALS = 4  # what a row's probability and tfidf are rounded to (``describe``)


class NearTable:
    """One unique fact's near sentences (rows ``near`` of the story's claims), with
    what ``worth_checking`` reads of each: why it is near, its best same-fact
    probability, content words in common, the opposite and prospect flags, TF-IDF."""

    def __init__(self, others: _OtherOutlets, mine: Sequence[Claim], near: np.ndarray,
                 opposite: np.ndarray | None, prospect: np.ndarray | None,
                 said_opposite: np.ndarray | None = None) -> None:  # fmt: skip
        rows = [others.row[m.id] for m in mine]
        self.near = near
        # the arrays ``describe`` reads, over every claim of the story
        self.best, self.clash = others.fact_rows(mine, opposite)
        self.mood = others.any_pair(mine, prospect)
        self.modelled = others.probability is not None
        why = others.why[np.ix_(rows, near)].min(axis=0)
        self.lexical = why < len(LEXICAL)
        self.vetoable = np.isin(why, [WHY.index(t) for t in VETOABLE])
        # the probability as the row rounds it, where that can change a decision
        self.probability = _as_shown(_over(self.best, near), CHECK_PROBABILITY,
                                     SURE_PROBABILITY, 0.0)  # fmt: skip
        self.words = others.common[np.ix_(rows, near)].max(axis=0)
        self.opposite = _flags(self.clash, near)
        # the partners the hedge may call opposite (compare/denial_hedge.py, session 39)
        self.said = self.opposite if said_opposite is None else (
            self.opposite & _flags(others.any_pair(mine, said_opposite), near))
        self.prospect = _flags(self.mood, near)
        self.tfidf = None if others.tfidf is None else (
            others.best_tfidf(others.tfidf, mine)[near])
        self.order = [_over(m if m is None else m[rows].max(axis=0), near)
                      for m in (others.probability, others.scores)]  # fmt: skip

    def checked(self, modelled: bool) -> np.ndarray:
        """:func:`~newsprism.compare.unique.worth_checking` of each near sentence."""
        probability = self.probability
        worth = self.lexical | (probability >= CHECK_PROBABILITY)
        if not modelled:
            return worth
        # session 24: a same-fact veto rules a names or words hit at probability 0 out
        worth &= ~(self.vetoable & (probability <= 0.0) & ~self.prospect)
        if self.tfidf is not None:  # session 25: too few of the same rare words
            worth &= _as_shown(self.tfidf, PARTNER_TFIDF) >= PARTNER_TFIDF
        return worth & ((self.words >= CHECK_WORDS) | (probability >= SURE_PROBABILITY))

    @cached_property
    def rank(self) -> np.ndarray:
        """Each near sentence's rank in the order shown: 0 worth checking and not the
        opposite, 1 worth checking (before session 22's bars) but the opposite, 2 the
        rest."""
        opposite_near = self.opposite & self.checked(modelled=False)
        return np.where(~self.opposite & self.checked(self.modelled), 0,
                        np.where(opposite_near, 1, 2))  # fmt: skip

    def hedge(self) -> str:
        """:func:`~newsprism.compare.unique.hedge_of` of the near sentences."""
        loose = self.checked(modelled=False)
        if (self.rank == 0).any():
            return CHECK
        if (loose & ~self.opposite).any():
            return TOPIC
        return OPPOSITE if (self.said & loose).any() else TOPIC

    def shown(self, count: int) -> list[int]:
        """The rows of the first ``count`` near sentences in the order a report shows
        them: rank, then (rank 0) the closest in TF-IDF as the row rounds it, then the
        likeliest same fact, then the closest in topic; ties in the near order."""
        rank = self.rank
        closest = np.zeros(len(self.near))
        if self.tfidf is not None:
            checked = np.flatnonzero(rank == 0)
            closest[checked] = [-round(float(v), DECIMALS) for v in self.tfidf[checked]]
        # np.lexsort sorts by the last key first and is stable
        order = np.lexsort((-self.order[1], -self.order[0], closest, rank))
        return [int(self.near[k]) for k in order[:count]]


def _over(values: np.ndarray | None, near: np.ndarray) -> np.ndarray:
    """``values`` at the near rows, as floats; zeros for no values."""
    return np.zeros(len(near)) if values is None else np.asarray(values[near], dtype=float)


def _flags(values: np.ndarray | None, near: np.ndarray) -> np.ndarray:
    """A pair flag at the near rows; all false for no flags."""
    return np.zeros(len(near), dtype=bool) if values is None else values[near].astype(bool)


def _as_shown(values: np.ndarray, *bars: float) -> np.ndarray:
    """``values`` as a row's rounding (``round(v, 4)``) compares them with ``bars``: a
    value within 1e-4 of a bar is rounded as Python rounds it; the rest compare the same
    either way, and stay as they are."""
    values = np.array(values, dtype=float)
    close = np.zeros(len(values), dtype=bool)
    for bar in bars:
        # a bar is a 4-decimal value, and rounds to itself (most probabilities are 0.0)
        close |= (np.abs(values - bar) <= 10.0**-DECIMALS) & (values != bar)
    values[close] = [round(float(v), DECIMALS) for v in values[close]]
    return values
