"""A detector's own-voice threshold (0.35) with the reported-speech one kept apart
(session 34: the shipped ``minilm-voices``, measured and not the default;
``extract/framing/voice_thresholds.py``)."""

from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace

from newsprism.eval.framing_variants import variant_path
from newsprism.extract.framing import frame_doc
from newsprism.extract.framing.detector import default_detector_path, load_detector, shipped_path
from newsprism.extract.framing.results import Span
from newsprism.extract.framing.voice_thresholds import below_reported, reported_threshold
from newsprism.extract.nlp import load_nlp

OWN = "The board pushed through a hasty and lopsided deal on Friday."
REPORTED = "The mayor said the new budget was a careless gamble with the town's savings."


def _loaded(text: str, model) -> dict[str, tuple[float, str | None]]:
    return {w.span.text: (w.score, w.span.speaker)
            for w in frame_doc(load_nlp()(text), model=model).loaded}  # fmt: skip


def test_the_description_moves_only_the_own_voice_threshold() -> None:
    # measured and not the default (its added flags read mostly wrong on NeuS)
    assert default_detector_path() == shipped_path("minilm-topics")
    voices = json.loads(variant_path("minilm-voices").read_text("utf-8"))
    topics = json.loads(variant_path("minilm-topics").read_text("utf-8"))
    assert voices["files"] == topics["files"]  # the same model
    assert voices["threshold"] < topics["threshold"]
    assert voices["reported_threshold"] == topics["threshold"]
    assert voices["quote_threshold"] == topics["quote_threshold"]
    assert voices["topic_min_count"] == topics["topic_min_count"]


def test_an_own_voice_word_under_the_old_threshold_is_flagged() -> None:
    voices, topics = load_detector("minilm-voices"), load_detector("minilm-topics")
    new, old = _loaded(OWN, voices), _loaded(OWN, topics)
    added = {w: s for w, (s, who) in new.items() if w not in old and who is None}
    assert added, new  # "hasty" scores between the two thresholds
    assert all(voices.threshold <= s < topics.threshold for s in added.values())
    for word in old:  # what the old threshold flagged is still flagged
        assert any(word in kept for kept in new), (word, new)


def test_reported_speech_keeps_its_own_threshold() -> None:
    voices = load_detector("minilm-voices")
    flags = _loaded(REPORTED, voices)
    ((score, who),) = [v for v in flags.values() if v[1]]  # the mayor's word
    assert who == "The mayor" and score >= reported_threshold(voices)
    stricter = replace(voices, meta={**voices.meta, "reported_threshold": score + 0.01})
    assert not any(who for _, who in _loaded(REPORTED, stricter).values())
    # the outlet's own words are not judged by the reported-speech threshold
    assert _loaded(OWN, stricter) == _loaded(OWN, voices)


def test_below_reported_reads_the_span_and_the_description() -> None:
    model = SimpleNamespace(meta={"reported_threshold": 0.5})
    theirs = Span(0, 5, "lousy", speaker="The coach")
    assert below_reported(model, theirs, 0.4)
    assert not below_reported(model, theirs, 0.5)
    assert not below_reported(model, Span(0, 5, "lousy"), 0.4)  # the outlet's own
    assert not below_reported(model, Span(0, 5, "lousy", in_quote=True, speaker="X"), 0.4)
    assert not below_reported(SimpleNamespace(meta={}), theirs, 0.1)  # no value: unchanged
    assert reported_threshold(SimpleNamespace()) is None
