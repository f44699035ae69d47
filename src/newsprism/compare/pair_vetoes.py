"""The same-fact vetoes read from what two sentences state: one negates or cancels what
the other states, one denies it, one states as a prospect what the other states as done,
or their quoted words differ.

Its own step because these matrices say that two sentences are *not* one fact, whatever
their wording shares: the same-fact features read them
(:func:`newsprism.compare.pairs.pair_features`) and the unique facts' hedges read two of
them alone (:func:`opposite_pairs`, :func:`prospect_pairs`). Moved out of
:mod:`newsprism.compare.pairs` (session 34), which imports every name back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from newsprism.compare.pair_sets import _both, _set_features, _shared
from newsprism.compare.quoted_words import quote_runs, statements_differ

if TYPE_CHECKING:  # pairs.py imports this module for its vetoes
    from newsprism.compare.pairs import UnitProfile


def _polarity_clash(units: Sequence[UnitProfile]) -> np.ndarray:
    """One sentence negates or cancels what the other states: a noun governed by a
    negated or cancelling verb in one is among what the other states as so
    (:func:`_stated_lemmas`; "agreed to send a delegation" / "canceled the delegation's
    trip"). Both sentences are read alike, inside quotation marks or not: a negation a
    speaker's quoted words carry negates as one outside them does."""
    negated = [u.negated_objects for u in units]
    stated = [(u.lemmas if u.stated is None else u.stated) - u.negated_objects for u in units]
    vocabulary = {w: k for k, w in enumerate({w for ws in negated + stated for w in ws})}

    def matrix(sets: Sequence[set[str]]) -> sparse.csr_matrix:
        rows = [r for r, ws in enumerate(sets) for _ in ws]
        cols = [vocabulary[w] for ws in sets for w in ws]
        data = np.ones(len(rows), dtype=np.float32)
        return sparse.csr_matrix((data, (rows, cols)), shape=(len(sets), max(len(vocabulary), 1)))

    clash = (matrix(negated) @ matrix(stated).T).toarray() > 0
    ends = np.array([u.ends for u in units])  # two endings are no opposites: ending_acts.py
    return (clash | clash.T) & ~(ends[:, None] & ends[None, :])


def _quote_words_differ(units: Sequence[UnitProfile]) -> np.ndarray:
    """``quote_words_differ`` (compare/quoted_words.py ``statements_differ``)."""
    shared, overlap, _ = _set_features([quote_runs(u.quoted) for u in units])
    voices = _shared([u.voices for u in units])
    verbs = _shared([u.predicates for u in units])
    return statements_differ(
        _both([u.quoted is not None for u in units]), shared, overlap, voices > 0,
        (verbs == 0) & _both([bool(u.predicates) for u in units]),
        np.array([u.article_id for u in units]))


def prospect_pairs(units: Sequence[UnitProfile]) -> np.ndarray:
    """Pairs of which one states as done what the other states as a prospect (the mood veto).
    A commitment ("agreed to probe") is set against neither (:data:`.stance.COMMITTING`),
    nor a hedge on a present state ("could belong", session 27: :mod:`.epistemic`)."""
    mood = np.array([u.mood for u in units])
    stated = (mood != "none") & (mood != "committed") & (mood != "possible")
    return (mood[:, None] != mood[None, :]) & stated[:, None] & stated[None, :]


def opposite_pairs(units: Sequence[UnitProfile]) -> np.ndarray:
    """Pairs stating opposite things (the ``polarity_clash`` and ``denial_clash`` vetoes), so
    a hedge never offers "They're killing people" for "Facebook isn't killing people"."""
    if not units:
        return np.zeros((0, 0), dtype=bool)
    return _polarity_clash(units) | _denials(units)[1]


def polarity_pairs(units: Sequence[UnitProfile]) -> np.ndarray:
    """Pairs of which one negates or cancels a word the other states as so (the
    ``polarity_clash`` veto alone): the opposites whose words back the unique hedge's
    "negates or cancels" (compare/denial_hedge.py)."""
    if not units:
        return np.zeros((0, 0), dtype=bool)
    return _polarity_clash(units)


def _denials(units: Sequence[UnitProfile]) -> tuple[np.ndarray, np.ndarray]:
    """``denial_mismatch`` (one side denies, the other not) and the veto ``denial_clash``:
    a denial against a sentence with no negation at all, a quoted one included (“Oh, not a
    theology …,” he said; docs/eval-compare.md "Session 20: recall by rule on 17 stories"),
    nor one that refuses too ("I've decided to decline the offer" / "declined the offer":
    session 27, :func:`.stance.refusing`)."""
    denied = np.array([u.denied for u in units])
    mismatch = denied[:, None] != denied[None, :]
    # ``negated`` is its unquoted part; "were without fuel" is a negation too (lacking.py)
    negated = np.array([u.negative or u.refuses or u.lacks for u in units])
    other_negated = np.where(denied[:, None], negated[None, :], negated[:, None])
    return mismatch, mismatch & ~other_negated
