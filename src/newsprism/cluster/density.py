"""A join threshold that follows the competition (session 35, docs/eval-clustering.md).

Session 35 read, on neus-raw's training part, the articles that founded a story although
a candidate was live: at a best probability of 0.05–0.20 that candidate was the
article's own event 55 of 84 times on real dates but 30 of 110 on the dense day. A
probability is calibrated on the mix of streams the scorer was trained on; the odds that
the best candidate is the article's event also depend on how many other events compete
for it. A fixed threshold is too strict where few compete and too loose where many do.

So the threshold moves with a count of competitors ``k``, as a prior-odds correction on
the log-odds scale: ``logit(t) = logit(base) + density_slope * ln(k / density_pivot)``,
kept within [``MIN_THRESHOLD``, ``MAX_THRESHOLD``]. At ``k = density_pivot`` it is the
model's threshold; with fewer competitors it is lower, with more it is higher,
continuous in between. ``k`` is either the live set's size (``density_floor`` 0) or,
with ``density_floor`` > 0, the number of the article's candidates (its nearest live
stories, at most ``model.candidates``) whose probability reaches ``density_floor``: the
stories it could be confused with, not every story of the day. A real feed of hundreds
of live stories then still reads an article of an uncontested topic as uncontested.

The rule reads only dated comparisons, where both sides have names, in a language the
model was trained on (``cluster.sparse.eligible``, the same conditions as the sparse
stream's threshold and for the same reasons). ``density_slope`` 0 (every model before
it): not read. The count comes from the candidates' probabilities, which the clusterer
computes anyway: no cost that grows with the store.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from newsprism.cluster import sparse
from newsprism.cluster.model import ClusterModel

MIN_THRESHOLD = 0.05  # never join below this, however alone the article is
MAX_THRESHOLD = 0.5  # never ask more than this, however crowded the day


def competitors(model: ClusterModel, probabilities: Iterable[float], live_count: int) -> int:
    """The count ``k`` the threshold follows: the live set's size, or the candidates at
    or above ``density_floor`` (at least 1, so that the log is defined)."""
    if model.density_floor <= 0:
        return max(live_count, 1)
    return max(sum(1 for p in probabilities if p >= model.density_floor), 1)


def adjust(model: ClusterModel, base: float, x: Sequence[float], language: str | None,
           k: int) -> float:  # fmt: skip
    """``base`` (the threshold the other rules give) moved by the competition ``k``."""
    if model.density_slope == 0 or not sparse.eligible(model, x, language):
        return base
    if not 0.0 < base < 1.0:
        return base
    shift = model.density_slope * math.log(k / model.density_pivot)
    t = 1.0 / (1.0 + math.exp(-(math.log(base / (1.0 - base)) + shift)))
    return min(max(t, MIN_THRESHOLD), max(MAX_THRESHOLD, base))
