"""A handle or hashtag in quotation marks is a name, not a scare quote
(extract/framing/handles.py; NeuS raw row 458's “@DJTDesk”, docs/eval-compare.md
session 31, i12-read39). Own sentences, through the real parse and framing."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_doc
from newsprism.extract.framing.handles import is_handle
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


def _scare(text: str) -> list[str]:
    doc = load_nlp()(text)
    return [s.text for s in frame_doc(doc, quotes=extract_quotes(doc), detector=False).scare_quotes]


def test_a_quoted_handle_or_hashtag_is_no_scare_quote() -> None:
    text = ("The museum opened an account named \u201c@OldMaps_Daily\u201d on Monday. "
            "Fans shared photos under \u201c#sealwatch\u201d all week.")
    assert _scare(text) == []


def test_a_word_held_at_a_distance_beside_a_handle_stays_one() -> None:
    text = ("Critics call the plan a \u201creform\u201d in name only, \u201c@CityHall\u201d "
            "included.")
    assert _scare(text) == ["\u201creform\u201d"]


@pytest.mark.parametrize(("inner", "expected"), [
    ("@DJT_2", True), ("#vote2024", True), ("@", False), ("email@home", False),
    ("@two words", False), ("Tent City", False),
])
def test_the_handle_form(inner: str, expected: bool) -> None:
    assert is_handle(inner) is expected
