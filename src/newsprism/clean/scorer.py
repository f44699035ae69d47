"""The fallback for lines no rule covers: a small logistic scorer over line features.

Rules name what they know; the scorer catches the rest of the debris (menus, labels,
pasted fragments) from the shape of the line alone. Its weights are data
(``data/line_scorer.json``), learned by ``python -m newsprism.clean.train_scorer``
from gold with/without segments (see docs/cleaning.md), so a retrain needs no code.
A line is removed only above the threshold stored with the weights, and the
removal is recorded as ``scored-boilerplate``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

REASON = "scored-boilerplate"

_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "that",
        "this",
        "with",
        "as",
        "at",
        "by",
        "from",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "not",
        "will",
        "would",
        "said",
        "says",
        "who",
        "which",
        "what",
        "when",
        "where",
        "after",
        "before",
        "over",
        "than",
        "also",
        "more",
        "about",
        "into",
        "there",
        "de",
        "la",
        "le",
        "les",
        "et",
        "des",
        "un",
        "une",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "von",
        "zu",
        "el",
        "los",
        "las",
        "y",
        "en",
        "que",
        "del",
        "por",
        "في",
        "من",
        "على",
        "إلى",
        "عن",
        "أن",
        "التي",
        "الذي",
        "مع",
        "هذا",
        "هذه",
        "كان",
        "قال",
    ]
)
_SEPARATORS = re.compile(r"[|•·»«›‹>/]")
_URL = re.compile(r"https?://|www\.|\.(com|net|org|ws)\b", re.I)
_TERMINAL = re.compile(r"""[.!?…؟。！？]["'”’»)\]]*$""")

FEATURES = (
    "bias",
    "ends_sentence",
    "log_words",
    "one_to_three_words",
    "capitalised_ratio",
    "stopword_ratio",
    "digit_ratio",
    "has_url",
    "separator_count",
    "all_caps",
    "at_edge",
    "has_comma",
)


def line_features(line: str, *, position: int, total: int) -> list[float]:
    """Features of one stripped line, in the order of ``FEATURES``."""
    words = line.split()
    n = max(len(words), 1)
    alpha_words = [w for w in words if w[:1].isalpha()]
    caps = sum(1 for w in alpha_words if w[:1].isupper())
    chars = max(len(line), 1)
    edge = total > 0 and (position < 2 or position >= total - 3)
    return [
        1.0,
        1.0 if _TERMINAL.search(line) else 0.0,
        math.log1p(len(words)),
        1.0 if len(words) <= 3 else 0.0,
        caps / max(len(alpha_words), 1),
        sum(1 for w in words if w.lower().strip(".,:;!?\"'") in _STOPWORDS) / n,
        sum(ch.isdigit() for ch in line) / chars,
        1.0 if _URL.search(line) else 0.0,
        float(min(len(_SEPARATORS.findall(line)), 5)),
        1.0 if line.isupper() and len(line) > 3 else 0.0,
        1.0 if edge else 0.0,
        1.0 if "," in line else 0.0,
    ]


@dataclass(frozen=True)
class LineScorer:
    """Logistic weights over ``FEATURES``; ``max_words`` bounds which lines it may judge."""

    weights: tuple[float, ...]
    threshold: float
    max_words: int
    version: str

    def probability(self, line: str, *, position: int = 0, total: int = 0) -> float:
        """Probability that the line is boilerplate."""
        x = line_features(line, position=position, total=total)
        z = sum(w * f for w, f in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def reason(self, line: str, *, position: int = 0, total: int = 0) -> str | None:
        """``scored-boilerplate`` when the line should go, else None."""
        if len(line.split()) > self.max_words:
            return None
        p = self.probability(line, position=position, total=total)
        return REASON if p >= self.threshold else None


def scorer_from_dict(data: dict) -> LineScorer:
    names = tuple(data["features"])
    if names != FEATURES:
        raise ValueError(f"line scorer features {names} do not match this code's {FEATURES}")
    return LineScorer(
        weights=tuple(float(w) for w in data["weights"]),
        threshold=float(data["threshold"]),
        max_words=int(data["max_words"]),
        version=str(data.get("version", "0")),
    )


@lru_cache(maxsize=4)
def load_scorer(path: Path | None = None) -> LineScorer:
    """The packaged scorer weights, or a retrained file."""
    if path is None:
        text = resources.files("newsprism").joinpath("data/line_scorer.json").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return scorer_from_dict(json.loads(text))


def fit_logistic(
    rows: Sequence[Sequence[float]],
    labels: Sequence[int],
    *,
    epochs: int = 300,
    learning_rate: float = 0.5,
    l2: float = 1e-3,
) -> list[float]:
    """Plain batch gradient descent for logistic regression (few features, no numpy needed)."""
    k = len(rows[0])
    w = [0.0] * k
    n = len(rows)
    positives = max(sum(labels), 1)
    negatives = max(n - sum(labels), 1)
    # Class weights so that the rare class (boilerplate lines) is not ignored.
    cw = {1: n / (2 * positives), 0: n / (2 * negatives)}
    for _ in range(epochs):
        grad = [0.0] * k
        for x, y in zip(rows, labels, strict=True):
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            g = (p - y) * cw[y]
            for j in range(k):
                grad[j] += g * x[j]
        for j in range(k):
            w[j] -= learning_rate * (grad[j] / n + l2 * w[j])
    return w
