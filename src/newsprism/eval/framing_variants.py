"""The shipped framing detectors, scored side by side by ``eval framing``.

newsprism ships six learned detectors of loaded words: the linear model over the
static embedding and features (``data/models/framing-detector.json``), the fine-tuned
MiniLM run with onnxruntime (``data/models/framing-minilm/framing-detector.json``),
the cascade of the two (``data/models/framing-cascade.json``: the linear model picks
the sentences the MiniLM reads), the MiniLM also scoring quoted words
(``data/models/framing-minilm/framing-detector-quotes.json``, the default in session
19), that without the outlet's own topic nouns (``framing-detector-topics.json``,
the default since session 20) and that with a lower word threshold in a sentence the
MiniLM's sentence head reads as loaded (``framing-detector-sentences.json``, session 26,
measured and not the default).
Two more rows per run are those two MiniLM detectors with the set-phrase rule of session 35
(:data:`WITH_PHRASES`), built from them and measured, not shipped as descriptions.
The configured one (``NEWSPRISM_FRAMING_MODEL`` or the default) fills the evaluation's
main rows; every shipped one also gets its own rows, with its label in brackets, on
the same splits, so that the choice between them is made on the same numbers.
"""

from __future__ import annotations

from dataclasses import replace
from importlib.resources import files
from pathlib import Path

from newsprism.eval.framing_counted import COUNTED_LAYERS, COUNTED_SYSTEM
from newsprism.extract.framing.detector import SHIPPED, Detector, load_detector

VARIANTS = {label: ("data", "models", *parts) for label, parts in SHIPPED.items()}
# Session 35 (docs/eval-framing.md, "Session 35: fixed expressions and named concepts"):
# a shipped detector with the set-phrase rule of extract/framing/fixed_phrases.py, as
# chosen on BASIL 2010-2012; measured beside its base, not shipped as a description
# (so it follows the base's model files whatever they become).
PHRASE_RULE = {"tests": ["news"], "strong": True}
WITH_PHRASES = {"minilm-topics+phrases": "minilm-topics",
                "minilm-voices+phrases": "minilm-voices"}  # fmt: skip


def variant_path(label: str) -> Path:
    """The description file of the shipped detector ``label`` (a key of VARIANTS)."""
    return Path(str(files("newsprism").joinpath(*VARIANTS[label])))


def shipped_detectors() -> dict[str, Detector]:
    """Every shipped detector whose files are installed, by label, loaded once."""
    found: dict[str, Detector] = {}
    for label in VARIANTS:
        path = variant_path(label)
        if path.is_file():
            model = load_detector(path)
            if model is not None:
                found[label] = model
    for label, base in WITH_PHRASES.items():
        if base in found:  # the base's read sentences are shared: no second model run
            meta = getattr(found[base], "meta", None) or {}
            found[label] = replace(found[base], meta={**meta, "phrases": PHRASE_RULE})
    return found


def variant_systems(labels: list[str], layers: frozenset[str]) -> list[tuple[str, frozenset]]:
    """BASIL system rows per detector: its loaded words alone, with the lexicon layers,
    and with the layers eval framing counts as flags (:mod:`.framing_counted`)."""
    rows = []
    for label in labels:
        rows.append((f"learned detector (loaded words) [{label}]", frozenset({f"loaded:{label}"})))
        rows.append((f"default (lexicon layers + detector) [{label}]",
                     layers | {f"loaded:{label}"}))  # fmt: skip
        rows.append((f"{COUNTED_SYSTEM} [{label}]",
                     (COUNTED_LAYERS - {"loaded"}) | {f"loaded:{label}"}))  # fmt: skip
    return rows
