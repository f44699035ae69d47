"""Lexicon evidence beside the transformer's score: a small calibrated combination.

The fine-tuned MiniLM (:mod:`.transformer`) reads a word in context; the bias lexicons
say which words people have found loaded anywhere: MPQA's strongly subjective clues
(Wilson, Wiebe & Hoffmann 2005), Recasens et al.'s bias-inducing lemmas (ACL 2013) and
Spinde et al.'s news bias words (2021), plus this project's own lexicon layers (a cited
term, a hedge, an attribution verb). Flagging every lexicon word (a bare union) floods
the output: MPQA alone flags 1,426 words of the 2013–2014 BASIL articles with 16 % of
them near a bias span. Here the lists are features instead: a logistic regression over
the transformer's logit and the lexicon hits, fitted on the held-apart slice of the
training years by ``scripts/fit_framing_evidence.py``, gives the word's probability.

The word lists ship in ``data/framing_evidence.json`` (with their sources and
licences); the weights sit in the ONNX model's description (``evidence``), so the
combination is hash-free data beside a hash-checked model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import numpy as np
from spacy.tokens import Token

EVIDENCE_FILE = "framing_evidence.json"
LISTS = ("mpqa_strong", "mpqa_weak", "recasens", "spinde")
MARKS = ("term", "hedge", "attribution")
FEATURES = ("logit", *LISTS, *MARKS)


@cache
def evidence_lists() -> dict[str, frozenset[str]]:
    """The packaged word lists by name (lower-cased words and lemmas)."""
    data = json.loads(files("newsprism").joinpath("data", EVIDENCE_FILE).read_text("utf-8"))
    return {name: frozenset(data["lists"][name]) for name in LISTS}


def evidence_features(
    tokens: Sequence[Token], probabilities: Sequence[float], marks: Any
) -> np.ndarray:
    """One row per token: the transformer's logit, then 0/1 per list and per mark."""
    lists = evidence_lists()
    p = np.clip(np.asarray(probabilities, np.float64), 1e-6, 1 - 1e-6)
    rows = np.zeros((len(tokens), len(FEATURES)), np.float32)
    rows[:, 0] = np.log(p / (1 - p))
    for n, t in enumerate(tokens):
        lower, lemma = t.lower_, t.lemma_.lower()
        for k, name in enumerate(LISTS, 1):
            rows[n, k] = lower in lists[name] or lemma in lists[name]
        for k, kind in enumerate(MARKS, 1 + len(LISTS)):
            rows[n, k] = t.i in (getattr(marks, kind, None) or ())
    return rows


@dataclass(frozen=True)
class Evidence:
    """Weights of the combination (over :data:`FEATURES`) and the word threshold."""

    coef: np.ndarray
    intercept: float
    threshold: float

    @classmethod
    def from_meta(cls, meta: dict[str, Any] | None) -> Evidence | None:
        """The combination a model description holds under ``evidence``, or None."""
        if not meta:
            return None
        if list(meta.get("features", [])) != list(FEATURES):
            raise ValueError(f"evidence features {meta.get('features')} are not {FEATURES}")
        return cls(np.asarray(meta["coef"], np.float32), float(meta["intercept"]),
                   float(meta["threshold"]))  # fmt: skip

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """P(loaded) of each row of :func:`evidence_features`."""
        if not len(rows):
            return np.zeros(0, np.float32)
        z = rows @ self.coef + self.intercept
        return (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))).astype(np.float32)
