"""How a quote's speaker reads in every report: the name, and the article's own words
when the speaker was found through an office, a document or a title."""

from __future__ import annotations

import pytest

from newsprism.report._shared import as_written, quote_speaker_labels


def _quote(speaker: str, written: str, resolved: str = "organisation") -> dict[str, str]:
    return {"speaker": speaker, "speaker_as_written": written, "speaker_resolved": resolved}


@pytest.mark.parametrize(
    ("speaker", "written", "shown"),
    [
        # the name itself, however written: nothing to add
        ("White House", "the White House", None),
        ("Benjamin Netanyahu", "Netanyahu", None),
        ("Beto O'Rourke", "O'Rourke", None),
        # the name's office holds the name and is not the person (session 19's reading:
        # "Prime Minister Benjamin Netanyahu’s office said" was shown as his own words)
        ("Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu’s office",
         "Prime Minister Benjamin Netanyahu’s office"),
        ("Donald Trump", "Trump's campaign", "Trump's campaign"),
    ],
)
def test_the_words_are_shown_unless_they_are_the_name(speaker: str, written: str,
                                                      shown: str | None) -> None:  # fmt: skip
    assert as_written(_quote(speaker, written)) == shown


def test_a_name_found_by_name_shows_no_words() -> None:
    quote = _quote("Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu’s office", "name")
    assert quote_speaker_labels([quote]) == ["Benjamin Netanyahu"]
    quote["speaker_resolved"] = "organisation"
    assert quote_speaker_labels([quote]) == [
        "Benjamin Netanyahu (as “Prime Minister Benjamin Netanyahu’s office”)"]
