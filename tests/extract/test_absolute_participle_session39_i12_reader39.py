"""A participle with its own subject says its own words, not the sentence around it
(session 39, i12-reader39): AP's "People went out of their homes, some shouting “Allahu
Akbar” or whistling from balconies." gave "People went out of their homes" to
"(unresolved: some)" as reported speech (NeuS raw row 417). Real parses."""

from __future__ import annotations

import pytest

from newsprism.extract.quotes import content
from tests.extract.quote_helpers import quotes_of

AP = ("At 2 a.m. local time, just as the cease-fire took effect, frenzy life returned to the "
      "streets of Gaza. People went out of their homes, some shouting “Allahu Akbar” or "
      "whistling from balconies. Many fired in the air, celebrating the truce.")


def test_the_sentence_around_an_absolute_participle_is_nobody_s_words() -> None:
    assert not [q for q in quotes_of(AP) if q.text.startswith("People went out")]


def test_a_finite_cue_set_off_by_commas_still_reports_the_sentence() -> None:
    texts = [q.text for q in quotes_of("The new tariffs on steel, the minister added, "
                                       "amount to a tax on builders.")]
    assert any("amount to a tax on builders" in t for t in texts)


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content, "ABSOLUTE_PARTICIPLE_RULE", False)
    assert [q for q in quotes_of(AP) if q.text.startswith("People went out")]
