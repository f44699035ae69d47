"""A transcript's label shown as a name, and a site's line cut from a quotation's last
paragraphs (extract/quotes/transcript.label_speaker, site_lines.py; session 35). Real
parses, words unlike the gold's."""

from __future__ import annotations

import pytest

from newsprism.extract.quotes import site_lines, transcript
from newsprism.extract.quotes.marks import find_quotations
from newsprism.extract.quotes.site_lines import without_site_lines
from newsprism.extract.quotes.speaker_record import Speaker
from newsprism.extract.quotes.transcript import label_speaker
from tests.extract.quote_helpers import quotes_of

TRANSCRIPT = (
    "On the radio, Mayor Ines Duarte defended the budget.\n\n"
    "Excerpt:\n\n"
    '"HOLLOWAY: Mayor, will the libraries stay open on Sundays?\n\n'
    '"DUARTE: Every one of them. We found the money in the parking fund.\n\n'
    '"Follow Dan Ruiz on Twitter @danruiz."\n'
)


def _turn(starting: str, text: str = TRANSCRIPT):
    (hit,) = [q for q in quotes_of(text) if q.text.startswith(starting)]
    return hit


def test_a_label_named_nowhere_else_is_written_as_a_name() -> None:
    assert _turn("HOLLOWAY:").speaker == "Holloway"
    assert _turn("DUARTE:").speaker == "Ines Duarte"  # resolved: the person's name


def test_label_case() -> None:
    assert label_speaker(Speaker(name="O'ROURKE")).name == "O'Rourke"
    assert label_speaker(Speaker(name="DR. VANCE")).name == "Dr. Vance"
    assert label_speaker(Speaker(name="AOC")).name == "AOC"  # initials stay
    assert label_speaker(Speaker(name="Ines Duarte")).name == "Ines Duarte"
    assert label_speaker(Speaker()).name is None


def test_a_site_line_closing_the_marks_is_no_ones_words() -> None:
    last = _turn("DUARTE:")
    assert "parking fund" in last.text and "Twitter" not in last.text
    assert not any("Twitter" in q.text for q in quotes_of(TRANSCRIPT))


def test_a_speakers_own_last_paragraph_stays() -> None:
    text = ('"The pool will reopen in May," said Ines Duarte.\n\n'
            '"Follow the signs to the new entrance on Elm Street, and bring a towel."\n')
    quotations = find_quotations(text)
    assert without_site_lines(text, quotations) == quotations


def test_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcript, "LABEL_CASE_RULE", False)
    monkeypatch.setattr(site_lines, "SITE_LINES_RULE", False)
    assert _turn("HOLLOWAY:").speaker == "HOLLOWAY"
    assert "Twitter" in _turn("DUARTE:").text


def test_a_name_in_capitals_outside_a_transcript_stays() -> None:
    assert label_speaker(Speaker(name="NBCSN"), labelled=False).name == "NBCSN"
