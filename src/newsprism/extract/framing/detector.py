"""The learned loaded-language detector: which words an expert would mark, in context.

A logistic regression over :mod:`~newsprism.extract.framing.features` (the static
embedding of the word and of its context, its role in the sentence, and lexicon hits),
trained by ``scripts/train_framing.py`` on expert-marked news sentences and articles.
It runs with numpy alone: a product of the standardised features with one weight
vector. The weights ship as ``data/models/framing-detector.npz``, described and
hash-checked by ``data/models/framing-detector.json`` (training data, scores, licence);
docs/framing.md says how the model was chosen and why it ships under its licence.

``NEWSPRISM_FRAMING_MODEL`` points to another model's JSON file (one built with
different data), names a shipped detector (``static``, ``minilm``, ``cascade``: the
static model choosing the sentences the MiniLM reads, :mod:`.cascade`; ``minilm-quotes``:
the MiniLM also scoring quoted words; ``minilm-topics``: that, without the own-voice
words the article repeats, the default; ``minilm-sentences``: that, with a lower word
threshold in a sentence the MiniLM reads as loaded, measured and not the default), or
is ``none``
to run the lexicon layers alone.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsprism.errors import NewsprismError
from newsprism.extract.framing.cascade import CascadeDetector, read_cascade
from newsprism.extract.framing.features import Marks, is_candidate, token_features
from newsprism.extract.framing.transformer import OnnxDetector

MODEL_FILE = "framing-detector.json"
# The shipped detectors by name, as paths under data/models/.
SHIPPED = {"static": (MODEL_FILE,), "minilm": ("framing-minilm", MODEL_FILE),
           "cascade": ("framing-cascade.json",),
           "minilm-quotes": ("framing-minilm", "framing-detector-quotes.json"),
           "minilm-topics": ("framing-minilm", "framing-detector-topics.json"),
           "minilm-sentences": ("framing-minilm", "framing-detector-sentences.json"),
           "minilm-nouns": ("framing-minilm", "framing-detector-nouns.json"),
           "minilm-voices": ("framing-minilm", "framing-detector-voices.json")}  # fmt: skip
# The detector used when NEWSPRISM_FRAMING_MODEL is unset: the MiniLM, read one sentence
# per run (docs/framing.md, "The MiniLM alone becomes the default"), also reading the
# words inside quotation marks, each flagged as its source's at its own threshold: on
# BASIL 2010-12, cross-validated by event, more lex spans at a higher share of flags
# near a bias span (docs/framing.md, "Quoted words", session 19); and not flagging an
# own-voice word the article repeats, its topic (session 20: on BASIL 2010-12, out of
# fold by event, fewer flags at no loss of lex spans; docs/framing.md, "Topic words").
# (minilm-sentences, session 26, was measured and not made the default: no held-out span
# gained; docs/eval-framing.md, "Session 26: recall"; nor minilm-nouns, session 28: held
# out 1 span for 27 flags at 0.19 touching; "Session 28: recall".)
# (minilm-voices, session 34: the outlet's own words from 0.35, chosen leave one BASIL
# year out, was measured and not made the default: of its added flags on NeuS read as a
# user, 11 of 43 right; docs/eval-framing.md, "Session 34: what carries across years".)
DEFAULT = "minilm-topics"
ENV_MODEL = "NEWSPRISM_FRAMING_MODEL"
JOIN_WORDS = frozenset({"-", "down", "up", "off", "out"})  # "tone down", "ripped off"
_lock = threading.Lock()


@dataclass(frozen=True)
class DetectorModel:
    """Standardisation and weights of the token classifier, and its decision threshold."""

    name: str
    coef: np.ndarray
    intercept: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float
    sentence_threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """P(loaded) for each row of ``features``."""
        if not len(features):
            return np.zeros(0, dtype=np.float32)
        z = ((features - self.mean) / self.scale) @ self.coef + self.intercept
        return (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))).astype(np.float32)


Detector = DetectorModel | OnnxDetector | CascadeDetector


def default_model_path() -> Path:
    """The packaged static model's description (``data/models/framing-detector.json``;
    the default detector is :data:`DEFAULT`, :func:`default_detector_path`)."""
    return Path(str(files("newsprism").joinpath("data", "models", MODEL_FILE)))


def shipped_path(name: str) -> Path:
    """The description file of the shipped detector ``name`` (a key of SHIPPED)."""
    return default_model_path().parent.joinpath(*SHIPPED[name])


def default_detector_path() -> Path:
    """The description file of the detector used when nothing else is configured."""
    return shipped_path(DEFAULT)


def _fail(path: Path, reason: str) -> NewsprismError:
    return NewsprismError(f"framing detector {path}: {reason}", code="E440")


def read_model(path: Path) -> Detector:
    """Load a model description and its weights, checking the weights' SHA-256.

    A description with ``"kind": "onnx"`` is the fine-tuned transformer
    (:mod:`~newsprism.extract.framing.transformer`), with ``"kind": "cascade"`` the
    static screen before it (:mod:`~newsprism.extract.framing.cascade`); any other the
    linear model.

    Raises:
        NewsprismError: E440 when a file is missing, malformed or its hash differs
            (E480 for the ONNX model's files).
    """
    try:
        meta = json.loads(path.read_text("utf-8"))
        if meta.get("kind") == "onnx":
            from newsprism.extract.framing.transformer import read_onnx_model

            return read_onnx_model(path, meta)
        if meta.get("kind") == "cascade":
            return read_cascade(path, meta, _cached)
        weights = path.parent / meta["weights_file"]
        data = weights.read_bytes()
    except (OSError, ValueError, KeyError) as exc:
        raise _fail(path, f"cannot read the model: {exc}") from exc
    if hashlib.sha256(data).hexdigest() != meta.get("weights_sha256"):
        raise _fail(path, f"{weights.name} does not match its sha256; retrain "
                    "(scripts/train_framing.py) or reinstall")  # fmt: skip
    with np.load(io.BytesIO(data)) as arrays:
        return DetectorModel(
            name=str(meta.get("name", path.stem)), coef=arrays["coef"].astype(np.float32),
            intercept=float(arrays["intercept"]), mean=arrays["mean"].astype(np.float32),
            scale=arrays["scale"].astype(np.float32), threshold=float(meta["threshold"]),
            sentence_threshold=float(meta.get("sentence_threshold", meta["threshold"])),
            meta=meta,
        )  # fmt: skip


@cache
def _cached(path: str) -> Detector:
    return read_model(Path(path))


def load_detector(path: str | Path | None = None) -> Detector | None:
    """The detector named by ``path``, ``$NEWSPRISM_FRAMING_MODEL`` or the packaged one;
    None when the variable says ``none``. ``static``, ``minilm``, ``cascade``,
    ``minilm-quotes``, ``minilm-topics``, ``minilm-sentences`` and ``minilm-nouns`` name the
    shipped detectors (the default is :data:`DEFAULT`: docs/framing.md says why)."""
    chosen = str(path) if path is not None else os.environ.get(ENV_MODEL, "")
    if chosen.lower() == "none":
        return None
    chosen = chosen or DEFAULT
    if chosen.lower() in SHIPPED:  # "static", "minilm", ...: a shipped one by name
        chosen = str(shipped_path(chosen.lower()))
    with _lock:
        return _cached(chosen)


def word_vectors(words: Sequence[str]) -> np.ndarray:
    from newsprism.embeddings import get_embedder

    return get_embedder("static").encode(list(words))


def score_tokens(
    doc: Doc, model: Detector, marks: Marks, cues: dict[str, float]
) -> list[tuple[Token, float]]:
    """Every candidate token of ``doc`` with its probability of being loaded (the ONNX
    model reads the words in context and needs neither ``marks`` nor ``cues``; it scores
    only the outlet's own words, outside ``marks.in_quote``)."""
    if isinstance(model, OnnxDetector):
        return model.score_doc(doc, marks)
    if isinstance(model, CascadeDetector):
        return model.score_doc(doc, marks, lambda d: score_tokens(d, model.screen, marks, cues))
    tokens = [t for t in doc if is_candidate(t)]
    if not tokens:
        return []
    probabilities = model.probabilities(token_features(doc, tokens, word_vectors, marks, cues))
    return list(zip(tokens, probabilities.tolist(), strict=True))


def flagged_phrases(
    scored: Sequence[tuple[Token, float]], threshold: float
) -> list[tuple[int, int, float]]:
    """Flagged tokens joined into phrases: ``(first token, end token, best score)``.

    Neighbouring flagged words are one choice ("inflammatory rhetoric" is one span);
    a particle or hyphen between them does not split it.
    """
    phrases: list[list[float]] = []
    for token, p in sorted(scored, key=lambda pair: pair[0].i):
        if p < threshold:
            continue
        if phrases:
            end = int(phrases[-1][1])
            between = token.doc[end : token.i]
            if all(t.lower_ in JOIN_WORDS for t in between):
                phrases[-1][1] = token.i + 1
                phrases[-1][2] = max(phrases[-1][2], p)
                continue
        phrases.append([token.i, token.i + 1, p])
    return [(int(a), int(b), float(p)) for a, b, p in phrases]
