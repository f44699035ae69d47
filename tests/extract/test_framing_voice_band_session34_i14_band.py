"""The own-voice band (0.35–0.50) kept only where a rule says the word judges
(session 34, branch i14-band; ``extract/framing/voice_band.py``)."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from newsprism.extract.framing import frame_doc
from newsprism.extract.framing.detector import load_detector
from newsprism.extract.framing.voice_band import band_rule, keeps, neighbourhood, with_band
from newsprism.extract.nlp import load_nlp

OWN = "The board pushed through a hasty and lopsided deal on Friday."


def _own(text: str, model) -> dict[str, float]:
    """The outlet's own loaded words (no speaker, not quoted) with their scores."""
    return {w.span.text: w.score for w in frame_doc(load_nlp()(text), model=model).loaded
            if not w.span.speaker and not w.span.in_quote}  # fmt: skip


def _with_band(rule: dict):
    voices = load_detector("minilm-voices")
    return replace(voices, meta={**voices.meta, "band": {"top": 0.5, **rule}})


def test_keeps_reads_the_lists_the_head_and_the_neighbourhood() -> None:
    mpqa = {"lists": ["mpqa_strong"]}
    assert keeps(mpqa, "shoddy", "shoddy", 0.0)  # a strong subjective clue
    assert keeps(mpqa, "fiascos", "fiasco", 0.0)  # by its lemma
    assert not keeps(mpqa, "thursday", "thursday", 0.99)  # no list has it
    assert keeps({"head": 0.6}, "thursday", "thursday", 0.7)
    assert not keeps({"head": 0.6}, "shoddy", "shoddy", 0.5)
    both = {"lists": ["mpqa_strong"], "head": 0.6, "combine": "all"}
    assert keeps(both, "shoddy", "shoddy", 0.7)
    assert not keeps(both, "shoddy", "shoddy", 0.5)
    assert not keeps(both, "thursday", "thursday", 0.7)
    near = {"neighbours": {"k": 10, "min": 0.5}}
    assert keeps(near, "x", "x", 0.0, share=0.6)
    assert not keeps(near, "x", "x", 0.0, share=0.4)
    assert not keeps({}, "shoddy", "shoddy", 1.0)  # a rule with no test keeps nothing


def test_an_evaluative_word_has_an_evaluative_neighbourhood() -> None:
    judging, plain = neighbourhood(["horrible", "kitchen"], 10)
    assert judging > plain
    assert plain <= 0.1


def test_with_band_raises_only_own_voice_words_that_fail() -> None:
    doc = load_nlp()("A shoddy plan was filed on Thursday.")
    model = SimpleNamespace(meta={"band": {"top": 0.5, "lists": ["mpqa_strong"]}},
                            heads={})  # fmt: skip
    low = lambda _i: 0.35  # noqa: E731
    voice = with_band(doc, model, frozenset(), low)
    by_word = {t.text: voice(t.i) for t in doc}
    assert by_word["shoddy"] == 0.35 and by_word["Thursday"] == 0.5
    quoted = with_band(doc, model, frozenset(t.i for t in doc), low)
    assert quoted(doc[5].i) == 0.35  # a quoted word keeps its own threshold
    plain = SimpleNamespace(meta={})
    assert with_band(doc, plain, frozenset(), low) is low and band_rule(plain) is None


def test_the_band_rule_filters_minilm_voices_added_words() -> None:
    voices, topics = load_detector("minilm-voices"), load_detector("minilm-topics")
    old, new = _own(OWN, topics), _own(OWN, voices)
    added = [w for w in new if w not in old]
    assert added, new  # a word scored between 0.35 and 0.50
    keep_all = _own(OWN, _with_band({"head": 0.0}))
    assert keep_all == new  # every band word passes: minilm-voices
    keep_none = _own(OWN, _with_band({"head": 1.01}))
    assert keep_none == old  # none passes: the default's own-voice flags
    assert _own(OWN, _with_band({"lists": ["mpqa_strong"]})) == new  # MPQA lists "hasty"
    assert _own(OWN, _with_band({"lists": ["recasens"]})) == old  # Recasens does not
