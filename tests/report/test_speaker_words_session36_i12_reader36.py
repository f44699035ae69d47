"""A speaker found through an organisation the article's words only modify: the words
are shown beside the name (session 36 reader's pass, NeuS row 152: "The White House
coronavirus czar had told NPR …" read "White House", as if the body had said it)."""

from __future__ import annotations

import pytest

from newsprism.report._shared import as_written, quote_speaker_labels


def _quote(speaker: str, written: str, resolved: str = "organisation") -> dict[str, str]:
    return {"speaker": speaker, "speaker_as_written": written, "speaker_resolved": resolved}


@pytest.mark.parametrize(
    ("speaker", "written", "shown"),
    [
        # a person or people the name modifies: the reader sees who spoke
        ("White House", "The White House coronavirus czar", "the White House coronavirus czar"),
        ("Pentagon", "a Pentagon official", "a Pentagon official"),
        ("White House", "White House officials", "White House officials"),
        # the name itself, or the name after a title: nothing to add
        ("White House", "the White House", None),
        ("Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu", None),
        ("Benjamin Netanyahu", "Netanyahu", None),
        ("Taliban", "the Taliban’s", None),
    ],
)
def test_words_after_the_name_are_shown(speaker: str, written: str, shown: str | None) -> None:
    assert as_written(_quote(speaker, written)) == shown


def test_the_label_reads_the_modified_noun() -> None:
    quote = _quote("White House", "The White House coronavirus czar")
    assert quote_speaker_labels([quote]) == [
        "White House (as “the White House coronavirus czar”)"]
