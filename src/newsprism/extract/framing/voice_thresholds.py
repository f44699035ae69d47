"""A word in a named source's reported speech keeps its own threshold (``reported_threshold``).

Session 34 (issue 14; docs/eval-framing.md, "Session 34: what carries across years")
chose the detector's three word thresholds leave one BASIL year out
(``scripts/framing_voice_sweep.py``): every fold lowered the outlet's own-voice
threshold (0.50 → 0.35); the folds did not agree on the quoted one (0.50, 0.50, 0.65:
kept at 0.65) nor on the one for a named source's reported speech (0.40, 0.55, 0.40:
kept at 0.50). That detector ships as ``minilm-voices``, measured and not the default
(its added flags, read on NeuS, were mostly plain words). A reported-speech flag is known only
after the phrase is formed and its owner found (:mod:`.reported`), while the model's
``threshold`` is applied word by word before that; so a detector that lowers its own-voice
threshold names the reported-speech one apart and this rule drops, afterwards, a
reported-speech phrase whose best word is under it. A detector without the value is
unchanged: its reported speech shares the own-voice threshold, as before.
"""

from __future__ import annotations

from typing import Any

from newsprism.extract.framing.results import Span


def reported_threshold(model: Any) -> float | None:
    """The detector's word threshold for a named source's reported speech, if it has one."""
    value = (getattr(model, "meta", None) or {}).get("reported_threshold")
    return float(value) if value is not None else None


def below_reported(model: Any, span: Span, score: float) -> bool:
    """Whether a flag in a named source's reported speech (not quoted, with a speaker)
    scores under the detector's reported-speech threshold."""
    floor = reported_threshold(model)
    return floor is not None and not span.in_quote and bool(span.speaker) and score < floor
