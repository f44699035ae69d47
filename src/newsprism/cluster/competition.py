"""The competition as a learned input of the join probability (session 36, issue 13).

Session 35 moved the join threshold with a count of competitors by a rule: the odds a
join needs multiplied by ``k / 3`` (``cluster.density``), one slope picked by grid for
every kind of comparison. It helped neus-raw and broke BASIL's held-out dense day. Here
the competition is an input of a second logistic stage instead, fitted on the same
teacher-forced training pairs as the first (``scripts/clusterer_competition.py``), so
that the fit, not a grid, decides how much each measure of competition weighs:

    logit(p) = score · z + live · ln(L) + contested · ln(k) + margin · m + bias

- ``z``: the first stage's logit (the model's ``weights`` and ``bias``), unchanged;
- ``L``: the live set's size when the article arrives (the stories it could join);
- ``k``: its candidates whose first-stage probability reaches ``floor`` (at least 1):
  the stories it could be confused with (session 35's contested count);
- ``m``: ``z`` minus the best rival's logit, a rival under ``floor`` read as at the
  floor: how far this story stands out from the next one.

Only dated comparisons scored by the logistic take this stage (``applies``): the undated
scorer is version 1's, carried, and a tree scorer has its own logit. A model without
``competition`` (every one before it) is not read here, and its probabilities are
``ClusterModel.probability``'s, bit for bit. The inputs come from the candidates'
first-stage logits, which the clusterer computes anyway: at most ``candidates`` (10)
plus the band-sharing stories per article, whatever the store holds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsprism.cluster.model import ClusterModel

# The fields of ``ClusterModel.competition``, in the order of the stage's inputs.
INPUTS = ("score", "live", "contested", "margin")


def applies(model: ClusterModel, x: Sequence[float]) -> bool:
    """Whether the competition stage scores a comparison with features ``x``."""
    return bool(model.competition) and model.trees is None and not model.scores_undated(x)


def first_logit(model: ClusterModel, x: Sequence[float]) -> float:
    """The first stage's logit of a dated comparison (the model's own weights)."""
    return model.bias + sum(w * v for w, v in zip(model.weights, x, strict=True))


def stage_inputs(logits: Sequence[float], live_count: int, floor: float,
                 ) -> list[tuple[float, float, float, float]]:  # fmt: skip
    """``(z, ln L, ln k, margin)`` for each candidate of one article, from the first-stage
    logits of all its candidates the stage applies to (``INPUTS``' order)."""
    floor_logit = math.log(floor / (1.0 - floor))
    contested = max(sum(1 for z in logits if z >= floor_logit - 1e-12), 1)
    ln_live, ln_k = math.log(max(live_count, 1)), math.log(contested)
    # The best and second best logit, so each candidate's best rival is one look-up.
    ranked = sorted(logits, reverse=True)
    best = ranked[0] if ranked else floor_logit
    second = ranked[1] if len(ranked) > 1 else floor_logit
    rows = []
    for z in logits:
        rival = second if z == best else best
        rows.append((z, ln_live, ln_k, z - max(rival, floor_logit)))
    return rows


def stage_logit(model: ClusterModel, row: Sequence[float]) -> float:
    """The second stage's logit for one row of ``stage_inputs``."""
    c = model.competition
    return c["bias"] + sum(c[name] * v for name, v in zip(INPUTS, row, strict=True))


def probabilities(model: ClusterModel, xs: Sequence[Sequence[float]], live_count: int,
                  ) -> list[float]:  # fmt: skip
    """The join probability of each candidate ``xs`` of one article: the competition
    stage's where it applies, ``ClusterModel.probability`` elsewhere (and everywhere for a
    model without the stage)."""
    if not model.competition:
        return [model.probability(x) for x in xs]
    staged = [i for i, x in enumerate(xs) if applies(model, x)]
    out = [model.probability(x) for x in xs]  # the staged ones are overwritten below
    rows = stage_inputs([first_logit(model, xs[i]) for i in staged], live_count,
                        model.competition["floor"])  # fmt: skip
    for i, row in zip(staged, rows, strict=True):
        out[i] = 1.0 / (1.0 + math.exp(-stage_logit(model, row)))
    return out
