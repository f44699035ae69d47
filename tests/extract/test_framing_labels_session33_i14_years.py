"""The MOS:LABEL labels added in lexicon 1.3.0 (session 33, i14-years): 'cult',
'myth', 'denier'; their plain uses are no flag, and 'racist' was left out. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, load_lexicon


def _labels(text: str) -> list[str]:
    framing = frame_text(text, detector=False)
    return [s.text for s, kind in framing.spans() if kind == "label"]


@pytest.mark.parametrize(("text", "word"), [
    ("The commune outside the town is run like a cult.", "cult"),
    ("It is a myth that the harbour tax paid for the new pier.", "myth"),
    ("Vaccine deniers filled the back rows of the council chamber.", "deniers"),
])  # fmt: skip
def test_a_contentious_label_is_flagged(text: str, word: str) -> None:
    assert _labels(text) == [word]


@pytest.mark.parametrize("text", [
    "Racism in hiring was the subject of the report.",
    "The leaflets pushed a racist reading of the census figures.",  # measured, left out
    "The horror film built a cult following on late-night television.",
    "The old sea shanty became a cult classic among sailors.",
    "The festival opened with a 1974 cult comedy about a lighthouse keeper.",
    "The council met on Tuesday to discuss the harbour tax.",
])  # fmt: skip
def test_the_plain_uses_are_not(text: str) -> None:
    assert _labels(text) == []


def test_a_quoted_label_is_the_speakers() -> None:
    framing = frame_text("The mayor said the rumour was “a myth from start to finish.”",
                         detector=False)
    spans = [s for s, kind in framing.spans() if kind == "label"]
    assert spans and all(s.in_quote for s in spans)


def test_each_new_label_cites_the_manual_of_style() -> None:
    entries = {t.term: t for t in load_lexicon().terms}
    for term in ("cult", "myth", "denier"):
        assert any("MOS:LABEL" in s for s in entries[term].sources)
