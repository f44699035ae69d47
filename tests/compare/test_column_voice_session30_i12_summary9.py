"""A column's one-outlet sentence with nothing to check is no summary line (session 30,
compare/column_voice.py; NeuS raw row 278, the New York Post column's "Before the
opening ceremony, before even the torch is lit, it's not going to be OK." was its
summary's second line). A column's sentence that names, dates or quotes something stays,
and so does a news report's plain sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.compare import column_voice
from newsprism.compare.column_voice import column_voice as voice_test
from newsprism.models import Claim
from tests.compare.story_helpers import summary_of

VOICE = "When the last speech is over and the cameras leave, nothing much will change."
FACT = "The county board voted 6-3 on Monday to close two rural libraries in Marlow."


def _claim(text: str, article: str = "a") -> Claim:
    return Claim(id=f"{article}:c1", article_id=article, sentence_index=0, text=text,
                 start=0, end=len(text))


@pytest.mark.parametrize("text", [
    VOICE,
    "Sooner or later, the bill for all of this comes due.",
    "It is hard to imagine a worse way to run a school system.",
])
def test_a_columns_sentence_with_nothing_to_check_is_its_voice(text: str) -> None:
    assert voice_test(lambda claim: True)(_claim(text))


@pytest.mark.parametrize("text", [
    FACT,  # a figure, a weekday, a place
    "Last spring, nearly every district in Ohio reported fewer teachers.",  # a time, a place
    "“We are not closing anything,” the board's chair said.",  # someone's words
    "Governor Alvarez has promised a different approach.",  # a named person
])
def test_a_columns_sentence_that_names_dates_or_quotes_stays(text: str) -> None:
    assert not voice_test(lambda claim: True)(_claim(text))


@pytest.mark.parametrize("text", [
    "Springfield's council is a monument to wasted money.",  # a linking verb
    "Marlow's budget office should answer for every cent.",  # a modal of judgement
    "We owe Governor Alvarez an apology over the Hollis branch.",  # the writer
    "This sorry budget has hurt Marlow for years.",  # "this" points back
])
def test_a_columns_judgement_with_a_name_is_its_voice(text: str) -> None:
    """A name alone does not make a column's sentence a fact: its main verb states no
    act, or its subject is the writer or the argument before."""
    assert column_voice.writers_voice(text)


@pytest.mark.parametrize("text", [
    "Marlow will open a new branch library in June.",  # an announced act
    "He voted against the plan twice.",  # a person the column names, an act
    "The Hollis branch closed on Friday after 90 years.",  # a dated act
    "Mayor Ruiz told the board the city cannot pay.",  # someone's words
])
def test_a_columns_reported_act_stays(text: str) -> None:
    assert not column_voice.writers_voice(text)


def test_a_reports_sentence_is_never_read_as_a_columns_voice() -> None:
    assert not voice_test(lambda claim: False)(_claim(VOICE))


def _summary(tmp_path: Path, source: str) -> list[str]:
    """Two reports of one vote; the second (``source``) opens on a sentence that states
    nothing checkable, then a dated fact of its own."""
    items = {
        "left": ("County board votes to close libraries", FACT + "\n\nThe vote followed "
                 "a budget shortfall of $2 million, the board's chair said.", "Daily Ledger",
                 "https://ledger.example/news/libraries"),
        "right": ("Closing libraries", VOICE + "\n\n" + FACT + "\n\nThe library in Hollis "
                  "opened in 1931 and lends about 40,000 books a year.", source,
                  "https://courier.example/2021/05/10/libraries"),
    }
    return summary_of(tmp_path, items)


def test_through_the_pipeline_a_columns_voice_is_left_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A column (the outlet named "… (Opinion)"): its uncheckable sentence is out and its
    dated fact is its line; with the rule off the sentence is back."""
    lines = _summary(tmp_path, "Weekly Courier (Opinion)")
    assert VOICE not in lines
    assert any("1931" in line for line in lines)
    monkeypatch.setattr(column_voice, "COLUMN_VOICE_RULE", False)
    assert VOICE in _summary(tmp_path, "Weekly Courier (Opinion)")


def test_through_the_pipeline_a_reports_plain_sentence_stays(tmp_path: Path) -> None:
    """The same text from a news report: its plain sentence is left in (no loaded word)."""
    assert VOICE in _summary(tmp_path, "Weekly Courier")
