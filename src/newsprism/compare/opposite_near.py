"""A "unique" fact whose only close partners the polarity veto zeroed is no one outlet's alone.

The unique check (:mod:`newsprism.compare.unique`) counts a sentence of another outlet
that is merely on the topic (aligner score :data:`~newsprism.compare.unique.NEAR_SCORE`)
only when the same-fact model gives some sentence of the other outlets a chance
(:data:`~newsprism.compare.unique.NEAR_PROBABILITY`): in a focused story every sentence
is on the topic. But the model's probability is zero by construction where a veto reads
the pair as opposite (:func:`newsprism.compare.pairs.opposite_pairs`: a cancelling verb's
object stated in the other sentence), and that veto fires on two accounts of one undoing
told with two verbs: Vox's "On Friday, a federal judge in Texas blocked an Obama-era
program protecting … immigrants … from deportation" beside the WSJ's "A federal judge in
Texas on Friday invalidated an Obama-era initiative that provided deportation
protections …" ("blocked" is a cancelling verb, "invalidated" is not; NeuS raw row 248,
read in sessions 33 and 34). Vox's lead was shown as the one thing only Vox reported.

Rule: a unique fact with no near sentence gets as near the other outlets' sentences that
the veto reads as its opposite and that are close in every other way the check reads: on
the topic (score :data:`~newsprism.compare.unique.NEAR_SCORE`), :data:`OPPOSITE_WORDS`
content words in common and the TF-IDF cosine of a partner worth showing
(:data:`~newsprism.compare.unique.PARTNER_TFIDF`). The fact is then "possibly shared":
another outlet states it or its opposite, and either way "only this outlet" would be
false. Nothing is joined, and no conflict is drawn: the veto still keeps the pair apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsprism.compare.unique import _OtherOutlets
    from newsprism.models import Claim

__all__ = ["OPPOSITE_NEAR_RULE", "opposite_near"]

OPPOSITE_NEAR_RULE = True  # off: a fact with no near sentence stays unique, as before
# content words in common: the bar of a sentence worth checking (unique.CHECK_WORDS) and
# more, since the model cannot vouch for the pair
OPPOSITE_WORDS = 6


def opposite_near(others: _OtherOutlets, mine: Sequence[Claim],
                  opposite: np.ndarray | None) -> np.ndarray:  # fmt: skip
    """The rows of the other outlets' claims that the polarity veto reads as the
    opposite of one of ``mine`` (a unique fact's claims) and that are on the topic,
    share :data:`OPPOSITE_WORDS` content words and pass the partner TF-IDF bar."""
    from newsprism.compare.unique import NEAR_SCORE, PARTNER_TFIDF

    if not OPPOSITE_NEAR_RULE or opposite is None or others.scores is None:
        return np.zeros(0, dtype=np.int64)
    rows = [others.row[m.id] for m in mine]
    other = ~np.isin(others.article, [m.article_id for m in mine])
    close = (opposite[rows] & (others.scores[rows] >= NEAR_SCORE)
             & (others.common[rows] >= OPPOSITE_WORDS)).any(axis=0)  # fmt: skip
    if others.tfidf is not None:
        close &= others.best_tfidf(others.tfidf, mine) >= PARTNER_TFIDF
    return np.flatnonzero(close & other)
