"""The cascade detector: the static model picks the sentences the MiniLM reads.

The fine-tuned MiniLM (:mod:`.transformer`) is the better detector of loaded words, but
it reads every sentence where the outlet speaks, which costs more than a second of CPU
per 10-article story; the static linear model (:mod:`.detector`) scores every word for
almost nothing. Most sentences hold no word the MiniLM would flag, and the static model
can tell many of them: a sentence none of whose words reaches a low static score (the
``gate``) is not read. Inside a sentence that is read, the MiniLM's word scores decide,
at the MiniLM's own threshold, exactly as without the cascade; a word of a sentence not
read scores 0. The sentence head works the same way: a sentence the gate passes gets the
MiniLM's sentence probability, the others 0.

The gate is chosen on training data only (BABE's training part, BASIL 2010–2012) by
``scripts/choose_cascade_gate.py``: the highest gate that keeps at least 95 % of the
MiniLM's word flags on each source and of its biased-sentence decisions there, so that it
reads as few sentences as possible (0.04: about half the sentences of a news article).
The description ``data/models/framing-cascade.json`` names the two models (``screen``,
``reader``) and holds the gate and that measurement; docs/framing.md has the decision
and the figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsprism.errors import NewsprismError
from newsprism.extract.framing.features import Marks
from newsprism.extract.framing.transformer import OnnxDetector


@dataclass
class CascadeDetector:
    """A cheap screen (the static linear model) in front of a contextual reader."""

    name: str
    screen: Any  # detector.DetectorModel (not imported: detector.py imports this module)
    reader: OnnxDetector
    gate: float
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def threshold(self) -> float:
        """The word threshold is the reader's: its scores decide."""
        return self.reader.threshold

    @property
    def sentence_threshold(self) -> float:
        return self.reader.sentence_threshold

    @property
    def cache(self) -> Any:
        """The reader's sentence cache (the benchmark clears it for "new articles")."""
        return self.reader.cache

    def passed(self, scored: list[tuple[Token, float]], skip: frozenset[int]) -> set[int]:
        """Start tokens of the sentences holding a word outside ``skip`` (quotations)
        whose static score reaches the gate."""
        return {sentence_start(t) for t, p in scored if p >= self.gate and t.i not in skip}

    def score_doc(
        self, doc: Doc, marks: Marks, static_scores: Callable[[Doc], list[tuple[Token, float]]]
    ) -> list[tuple[Token, float]]:
        """Every candidate token the reader would score, with the reader's P(loaded)
        in the sentences the gate passes and 0 elsewhere.

        ``static_scores`` is the screen's scoring of the Doc (detector.score_tokens with
        the static model), passed in so that this module needs no features code."""
        screened = static_scores(doc)
        read = self.passed(screened, marks.in_quote)
        if not read:
            return [(t, 0.0) for t, _ in screened if t.i not in marks.in_quote]
        wanted = {t.i for t, _ in screened if sentence_start(t) in read}
        scored = dict((t.i, p) for t, p in self.reader.score_doc(doc, marks, only=wanted))
        return [(t, scored.get(t.i, 0.0)) for t, _ in screened if t.i not in marks.in_quote]

    def sentence_probability(self, text: str, best_static: float) -> float:
        """P(biased) of one sentence: the reader's sentence head when the sentence's best
        static word score reaches the gate, else 0 (the sentence is not read)."""
        if best_static < self.gate:
            return 0.0
        return self.reader.sentence_probabilities([text])[0]


def read_cascade(
    path: Path, meta: dict[str, Any], load: Callable[[str], Any]
) -> CascadeDetector:
    """The cascade that ``meta`` (read from ``path``) describes; ``load`` loads a model
    description by path (the detector module's cache, so that the screen and reader
    are the same objects as the shipped ``static`` and ``minilm``).

    Raises:
        NewsprismError: E440 when a part is missing or of the wrong kind (E480 from the
            reader's own files).
    """
    try:
        screen = load(str(path.parent / meta["screen"]))
        reader = load(str(path.parent / meta["reader"]))
        gate = float(meta["gate"])
    except (KeyError, TypeError, ValueError) as exc:
        raise NewsprismError(f"framing detector {path}: malformed cascade: {exc}",
                             code="E440") from exc  # fmt: skip
    if not isinstance(reader, OnnxDetector) or not hasattr(screen, "coef"):
        raise NewsprismError(f"framing detector {path}: the cascade needs a static screen "
                             "and an ONNX reader", code="E440")  # fmt: skip
    return CascadeDetector(str(meta.get("name", path.stem)), screen, reader, gate, meta)


def sentence_start(token: Token) -> int:
    """The first token of ``token``'s sentence (0 in a Doc without sentences)."""
    return token.sent.start if token.doc.has_annotation("SENT_START") else 0


def best_static(scored: list[tuple[Token, float]]) -> float:
    """The best static word score of a scored sentence (0 with no candidate word)."""
    return float(np.max([p for _, p in scored])) if scored else 0.0
