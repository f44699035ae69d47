"""The same-fact decision: do two sentences of different articles state one fact?

A logistic model over the pair features of :mod:`newsprism.compare.pairs`, trained and
calibrated on human-labelled pairs (MSRP news paraphrases, STS news headlines, and the
sentence pairs of the BASIL 2010–2012 compare gold; ``scripts/train_same_fact.py``
rebuilds it, docs/models.md gives the data, licences and figures). Its weights, the
decision threshold and the measured scores live in ``data/models/same-fact.json``.

Rules stand over the model (``vetoes``): a statement and a prospect of it are not one
fact ("the House voted" / "the Senate is expected to vote": ``mood_mismatch``), nor is a
statement and its denial ("he authorized the payments" / "he denied that he
authorized them": ``denial_mismatch``), nor two people's quotations ("Freedom means
freedom for everyone", Mary Cheney / her father: ``speaker_clash``). Three rules link
(``links``): two sentences that share a number no other sentence of their articles
states ("The final tally was 97-1" / "… in a 97-1 vote": ``anchor_number``), two that
print one passage of 8 words word for word (``shared_passage``), and two with a clause
each that states one event: one subject entity, one predicate (no verb of saying),
one stance, one argument (``event_link``, :mod:`newsprism.compare.events`); and, since
session 22, two that quote one run of words no other sentence of their articles prints,
their speakers agreeing (``shared_quote``, :mod:`newsprism.compare.shared_quote`); and,
since session 25, two that name one event by one noun dated by one day in both
(``event_day``, :mod:`newsprism.compare.event_day`). Measured on the
BASIL 2010–2012 pairs, the prospect and denial vetoes cost no recall at the operating
point, the speaker veto one pair, and the links add no false pair (docs/models.md,
docs/eval-compare.md).

The threshold is set for precision first: a fact-checker takes a "shared" at its word,
so a pair is the same fact only when the calibrated probability is at least
:attr:`SameFactModel.threshold`. Groups are then built by complete link
(:func:`complete_link_groups`): every member of a fact is same-fact with every other
member of another article, so "Blinken warned Gallant" and "Netanyahu cancelled the
trip" never share a fact because each matched a third sentence.
"""

from __future__ import annotations

import importlib.resources
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import NewsprismError

# (sentence in a fact, that fact, the second fact offered to it) -> keep the second
SecondCheck = Callable[[int, Sequence[int], Sequence[int]], bool]

MODEL_FILE = ("data", "models", "same-fact.json")
# A candidate model file read instead of the packaged one (measuring a rebuild with
# ``newsprism eval compare`` before it replaces the shipped file)
MODEL_ENV = "NEWSPRISM_SAME_FACT_MODEL"


@dataclass(frozen=True)
class SameFactModel:
    """Logistic weights over named terms (a feature, or a product ``a*b`` of two)."""

    terms: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    meta: Mapping[str, Any]
    vetoes: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    # vetoes that hold only under the threshold: a pair the model alone calls one fact
    # keeps its probability, any other is set to 0 (so the unique check reads it as main
    # did): ``denial_mismatch`` where the other sentence has a negation of its own
    soft_vetoes: tuple[str, ...] = ()

    def logits(self, features: Mapping[str, np.ndarray]) -> np.ndarray:
        """The log-odds of every pair."""
        first = next(iter(features.values()))
        total = np.full(first.shape, self.bias, dtype=np.float32)
        for term, weight in zip(self.terms, self.weights, strict=True):
            total += np.float32(weight) * term_values(features, term)
        return total

    def raw_probabilities(self, features: Mapping[str, np.ndarray]) -> np.ndarray:
        """The model's P(same fact) of every pair, before any link or veto."""
        return (1.0 / (1.0 + np.exp(-self.logits(features)))).astype(np.float32)

    def probabilities(self, features: Mapping[str, np.ndarray],
                      raw: np.ndarray | None = None) -> np.ndarray:  # fmt: skip
        """P(same fact) of every pair: at least the threshold where a link feature is set,
        0 where a veto feature is set (vetoes win), and 0 where a soft veto is set and
        the probability is under the threshold. ``raw``: :meth:`raw_probabilities` of
        the same features, when the caller has them (it is not changed)."""
        probability = raw.copy() if raw is not None else self.raw_probabilities(features)
        for name in self.links:
            hit = features[name] > 0
            probability[hit] = np.maximum(probability[hit], np.float32(self.threshold))
        for name in self.soft_vetoes:
            probability[(features[name] > 0) & (probability < np.float32(self.threshold))] = 0.0
        for name in self.vetoes:
            probability[features[name] > 0] = 0.0
        return probability

    def reads(self, feature: str) -> bool:
        """Whether a term of the model reads ``feature`` (alone or in a product): a
        feature no term reads is never computed (``minilm_cosine``)."""
        return any(feature in term.split("*") for term in self.terms)

    def uses(self, feature: str) -> bool:
        """Whether :meth:`probabilities` reads ``feature``: a term reads it, or it is a
        link, a veto or a soft veto of the model."""
        return self.reads(feature) or feature in (*self.links, *self.vetoes, *self.soft_vetoes)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SameFactModel:
        return cls(tuple(data["terms"]), tuple(float(w) for w in data["weights"]),
                   float(data["bias"]), float(data["threshold"]), data.get("meta", {}),
                   tuple(data.get("vetoes", ())), tuple(data.get("links", ())),
                   tuple(data.get("soft_vetoes", ())))  # fmt: skip


def term_values(features: Mapping[str, np.ndarray], term: str) -> np.ndarray:
    """One model term: a feature, or the product ``a*b`` of two, as float32 (the feature
    itself when it is float32 already: the callers only read it). Multiplying by a
    matrix of ones first, as this did, changed no bit and cost two passes over 2,138²
    pairs per term, 36 terms (session 27)."""
    first, *rest = term.split("*")
    value = np.asarray(features[first], dtype=np.float32)
    for name in rest:
        value = value * features[name]
    return value


@lru_cache(maxsize=1)
def load_same_fact_model() -> SameFactModel:
    """The packaged model, or the file :data:`MODEL_ENV` names (loaded once per process).

    Raises:
        NewsprismError: E450 when the model file is missing or malformed.
    """
    override = os.environ.get(MODEL_ENV)
    resource = (Path(override) if override
                else importlib.resources.files("newsprism").joinpath(*MODEL_FILE))  # fmt: skip
    try:
        return SameFactModel.from_dict(json.loads(resource.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NewsprismError(
            f"{resource}: the same-fact model is missing or malformed ({exc}); reinstall "
            "newsprism, or rebuild it with scripts/train_same_fact.py",
            code="E450",
        ) from exc


def complete_link_groups(
    probability: np.ndarray, threshold: float, article: Sequence[str],
    keep_second: SecondCheck | None = None,
) -> list[list[int]]:
    """Groups of units in which every two units are same-fact.

    Candidate links (pairs of different articles at or above ``threshold``) are taken
    strongest first; two groups merge only when every pair between them, of different
    articles or of one, is at or above ``threshold`` (complete link). Two sentences of
    one article join one fact only when they state it both (a lede and its restatement);
    otherwise a sentence of another outlet that holds two statements ("After Netanyahu
    canceled the trip, Blinken stressed …") would chain the two sentences that each
    state one of them.

    A sentence that states two facts ("The Senate approved the bill in a 97-1 vote") is
    one fact's member, and the other fact's too when a sentence left alone after the
    first pass ("The final tally was 97-1.") is same-fact with it:
    :func:`_second_memberships`. ``keep_second`` (compare/second_parts.py) says
    whether that sentence states the second fact in a part of its own; without it, it
    always does.

    Returns:
        Groups in order of their first unit; every unit is in one group, and a unit in
        a group of several may also be in one second group.
    """
    n = len(article)
    owner = np.array(article)
    allowed = probability >= threshold
    linked = allowed & (owner[:, None] != owner[None, :])
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    rows, cols = np.nonzero(np.triu(linked, k=1))
    order = np.argsort(-probability[rows, cols], kind="stable")
    for i, j in zip(rows[order], cols[order], strict=True):
        a, b = group_of[i], group_of[j]
        if a == b or not allowed[np.ix_(members[a], members[b])].all():
            continue
        keep, gone = min(a, b), max(a, b)
        for unit in members[gone]:
            group_of[unit] = keep
        members[keep].extend(members.pop(gone))
    groups = [sorted(m) for m in members.values()]
    groups = _second_memberships(groups, probability, allowed, linked, keep_second)
    return sorted(groups, key=lambda m: m[0])


def _second_memberships(groups: list[list[int]], probability: np.ndarray, allowed: np.ndarray,
                        linked: np.ndarray, keep: SecondCheck | None = None,
                        ) -> list[list[int]]:  # fmt: skip
    """A unit left alone joins its strongest link that is already in a fact, as a new
    fact of the two (or of more, when complete link allows it)."""
    alone = {g[0] for g in groups if len(g) == 1}
    in_fact = np.zeros(len(probability), dtype=bool)
    in_fact[[u for g in groups if len(g) > 1 for u in g]] = True
    extra: list[list[int]] = []
    for i in sorted(alone):
        partners = np.nonzero(linked[i] & in_fact)[0]
        if not len(partners):
            continue
        j = int(partners[np.argmax(probability[i, partners])])
        home = next((g for g in extra if j in g and allowed[i, g].all()), None)
        if home is None:
            extra.append([j, i])
        else:
            home.append(i)
    if keep is not None:
        extra = [e for e in extra if keep(e[0], next(g for g in groups if e[0] in g), e)]
    singles = [g for g in groups if not (len(g) == 1 and any(g[0] in e for e in extra))]
    return singles + [sorted(e) for e in extra]
