"""Session 37 (i12-reader37): quote words the crawl cut inside a noun phrase, before its
noun, are no quote (docs/eval-compare.md, "Session 37: a reader's pass"). Through the
real parse and quote extractor; words unlike the row's."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import cut_head, extract_quotes

LEAD = "The harbour reopened on Monday after a week of storms.\n\n"


def _quotes(text: str) -> list[str]:
    return [q.text for q in extract_quotes(load_nlp()(text))]


@pytest.mark.parametrize("cut", [
    "Harbour master Ana Ruiz says the town has no easy...",
    "Harbour master Ana Ruiz says the storm would wreck the...",
])
def test_words_cut_before_their_noun_are_no_quote(cut: str) -> None:
    assert not any("Ruiz" in q or "town" in q or "storm" in q for q in _quotes(LEAD + cut))


def test_switch_off_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cut_head, "CUT_HEAD_RULE", False)
    assert any("the town has no easy" in q
               for q in _quotes(LEAD + "Harbour master Ana Ruiz says the town has no easy..."))


@pytest.mark.parametrize("text, words", [
    ("Harbour master Ana Ruiz says the quay is safe...", "the quay is safe"),
    ("Harbour master Ana Ruiz says the town will reopen the quay, which shelters the...",
     "the town will reopen the quay"),
    ("Harbour master Ana Ruiz says the town has no easy options, and the boats wait.",
     "the town has no easy options"),
])
def test_a_predicate_adjective_or_a_whole_phrase_stays(text: str, words: str) -> None:
    assert any(words in q for q in _quotes(LEAD + text))
