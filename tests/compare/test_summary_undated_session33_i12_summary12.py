"""A story with no dated act gets a news report's lead that states a done act (session
33, compare/summary_undated.py; NeuS r51, r305: stories told without a day showed an
empty summary). A column's lead, a view, a condition, a prospect or a lead with no
named subject is never that line; a dated act still comes first; a month's
abbreviation dates a sentence."""

from __future__ import annotations

import pytest

from newsprism.compare import summary_undated
from newsprism.compare.summary_undated import states_act
from tests.compare.test_summary_fallback_session32_i12_summary11 import _summary

UNDATED = "The harbour authority of Port Ellery reopened the north pier to fishing boats."
THESIS = "Port towns deserve a harbour policy that finally puts fishermen first."
OTHER = "Harbour pilots at Port Ellery now train for twice as long as a decade ago."


def _texts(lines: list[dict]) -> list[str]:
    return [line["text"] for line in lines]


def test_a_news_reports_undated_act_is_the_line() -> None:
    lines = _summary({"a": [THESIS], "b": [UNDATED, OTHER]}, columns=("a",))
    assert _texts(lines) == [UNDATED]
    assert lines[0]["article_ids"] == ["b"]


def test_a_columns_undated_act_is_not() -> None:
    assert _summary({"a": [THESIS], "b": [UNDATED]}, columns=("a", "b")) == []


def test_only_a_lead_is_tried_undated() -> None:
    """A later sentence without a day is as often background as the event."""
    assert _summary({"a": [THESIS], "b": [OTHER, UNDATED]}, columns=("a",)) == []


def test_a_dated_act_comes_before_an_undated_lead() -> None:
    dated = "Dock workers in Sallow Bay walked out on Tuesday over a pay freeze."
    lines = _summary({"a": [UNDATED], "b": [THESIS, dated]}, columns=())
    assert _texts(lines) == [dated]


@pytest.mark.parametrize("text", [
    "Port towns deserve a harbour policy that finally puts fishermen first.",
    "The harbour authority is struggling with a knot of old leases.",
    "If the harbour authority reopened the north pier, the boats would return.",
    "The harbour authority will reopen the north pier to fishing boats.",
    "It reopened the north pier to fishing boats.",
    "The north pier is open to fishing boats again.",
    "The harbour master was long seen as the town's last honest official.",
])
def test_no_done_act(text: str) -> None:
    assert not states_act(text)


def test_a_done_act() -> None:
    assert states_act(UNDATED)
    assert states_act("The storm over the pier has cost the harbour authority its chief.")


def test_a_months_abbreviation_dates_a_sentence() -> None:
    """"on Aug. 4" is a date as "on August 4" is: the dated act is taken first."""
    dated = "Dock workers in Sallow Bay walked out on Aug. 4 over a pay freeze."
    assert _texts(_summary({"a": [UNDATED], "b": [THESIS, dated]})) == [dated]


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_undated, "UNDATED_RULE", False)
    assert _summary({"a": [THESIS], "b": [UNDATED]}, columns=("a",)) == []


@pytest.mark.parametrize(("text", "speaks"), [
    ("The harbour fire of Aug. 4 changed our town like nothing before it.", True),
    ("We watched the north pier burn on Aug. 4.", True),
    ("On Aug. 4, a US patrol boat towed the trawler into Port Ellery.", False),
    ("\"We watched it burn,\" the harbour master said on Aug. 4.", False),
])
def test_the_writers_own_first_person(text: str, speaks: bool) -> None:
    assert summary_undated.writer_speaks(text) is speaks


def test_a_columns_dated_act_in_the_writers_voice_is_no_line() -> None:
    view = "The harbour fire on Aug. 4 changed our town like nothing before it."
    assert _summary({"a": [THESIS, view]}, columns=("a",)) == []
