"""A word that grades a side or a stance (session 33, i14-years,
extract/framing/intensifiers.py): an intensifying adjective on a noun of contention, its
adverb on a verb of taking sides, an epithet on a person or a group; the same words in
their plain uses are no flag. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, intensifiers
from newsprism.extract.framing.intensifiers import GRADED_CATEGORY, grades_a_side
from newsprism.extract.nlp import load_nlp


def _graded(text: str) -> list[str]:
    framing = frame_text(text, detector=False)
    return [s.text for s, kind in framing.spans() if kind == GRADED_CATEGORY]


@pytest.mark.parametrize(("text", "word"), [
    ("The zoning plan met fierce opposition from shop owners.", "fierce"),
    ("The novelist has long been a staunch defender of public libraries.", "staunch"),
    ("The merger set off a bitter dispute between the two ferry operators.", "bitter"),
    ("The beleaguered harbour officials closed the pier on Sunday.", "beleaguered"),
    ("The influential farm lobby wrote to every member of the committee.", "influential"),
    ("Shop owners vehemently opposed the new parking rules.", "vehemently"),
])  # fmt: skip
def test_a_word_that_grades_a_side_is_flagged(text: str, word: str) -> None:
    assert _graded(text) == [word]


@pytest.mark.parametrize("text", [
    "A fierce storm closed the ferry route for two days.",
    "The new engine is powerful enough to pull the barge.",
    "Bitter cold kept the market stalls shut until noon.",
    "The bridge was built by a prominent engineering firm.",
    "The harbour held a celebrated regatta on the first weekend of June.",
    "Sales rose fiercely in the spring.",
    # predicative: the frame measured is a modifier on its noun only
    "The fishing fleet was adamant in its rejection of the quota.",
])  # fmt: skip
def test_the_plain_uses_are_not(text: str) -> None:
    assert _graded(text) == []


def test_a_quoted_word_is_the_speakers_not_this_layers() -> None:
    text = "The mayor said the plan had met “fierce opposition” from shop owners."
    assert _graded(text) == []


def test_the_frame_is_read_off_the_parse() -> None:
    doc = load_nlp()("The powerful lobby wrote to the committee about the powerful engine.")
    words = [t.lower_ for t in doc if grades_a_side(t)]
    assert words == ["powerful"]


def test_the_rule_is_what_flags_the_word(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The zoning plan met fierce opposition from shop owners."
    monkeypatch.setattr(intensifiers, "INTENSE", frozenset())
    assert _graded(text) == []
