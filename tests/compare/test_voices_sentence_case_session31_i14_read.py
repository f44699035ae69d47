"""compare/voices_sentence_case.py (session 31, i14-read): a described voice that opens
its sentence ("Several nurses", "Nurses working in the ward") is read in lower case, its
head noun ending before a participle after a plural, so two outlets' descriptions of one
kind of voice are not each "heard only". The real ``voices_heard``; quotes as compare
passes them, in words written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsprism.compare import labels_voices
from newsprism.compare.labels import voices_heard
from newsprism.compare.labels_voices import description_head
from newsprism.compare.voices_sentence_case import participle_after_plural, sentence_case

ARTICLES = [SimpleNamespace(id="a"), SimpleNamespace(id="b"), SimpleNamespace(id="c")]


def _q(article: str, speaker: str, entity: str | None = None):
    return SimpleNamespace(article_id=article, speaker=speaker, speaker_entity_id=entity,
                           speaker_as_written=speaker, text="…")  # fmt: skip


def _only(quotes: list) -> dict[str, str | None]:
    return {r["speaker"]: r["only"] for r in voices_heard(ARTICLES, quotes)}


@pytest.mark.parametrize(("speaker", "head"), [
    ("Several nurses", "nurse"),
    ("Nurses working in the ward", "nurse"),
    ("Dozens of striking nurses", "nurse"),
    ("the hospital's nurses", "nurse"),
    ("the longest serving trustee", "trustee"),  # a participle before the noun
    ("Hospital Workers United", None),  # a name: later words capitalised
    ("NHS managers", None),  # an acronym first: modified_head's case, not this one
    ("Nurses", None),  # one word: may be a name
])
def test_the_head_noun_of_a_voice(speaker: str, head: str | None) -> None:
    assert description_head(speaker) == head


def test_sentence_case_and_participle() -> None:
    assert sentence_case("Several nurses") == "several nurses"
    assert sentence_case("Ward Sister Jones") is None
    assert participle_after_plural("involved", "nurses")
    assert not participle_after_plural("elected", "top")
    assert not participle_after_plural("involved", "class")


def test_two_descriptions_of_one_kind_are_not_heard_only() -> None:
    quotes = [_q("a", "Several nurses"), _q("b", "Nurses working in the ward"),
              _q("c", "the ward's manager")]
    only = _only(quotes)
    assert only["Several nurses"] is None
    assert only["Nurses working in the ward"] is None
    assert only["the ward's manager"] == "c"


def test_without_the_rule_both_were_heard_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels_voices, "sentence_case", lambda speaker: None)
    monkeypatch.setattr(labels_voices, "participle_after_plural", lambda word, prev: False)
    only = _only([_q("a", "Several nurses"), _q("b", "Nurses working in the ward")])
    assert only == {"Several nurses": "a", "Nurses working in the ward": "b"}


def test_a_named_voice_is_untouched() -> None:
    only = _only([_q("a", "Mary Smith", "E1"), _q("b", "Several nurses")])
    assert only == {"Mary Smith": "a", "Several nurses": "b"}
