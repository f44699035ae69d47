"""A lower-case region word before a place is where, not a label of the place
(compare/label_span.py ``past_region_words``, session 23): the Epoch Times' "launched from
central North Korea" was shown as its name for North Korea. Real parses."""

from __future__ import annotations

import pytest

from newsprism.compare.labels import mention_phrase
from newsprism.extract.nlp import load_nlp


def _phrase_of(text: str, mention: str) -> str | None:
    doc = load_nlp()(text)
    start = text.index(mention)
    found = mention_phrase(doc, start, start + len(mention))
    return None if found is None else text[found[0] : found[1]]


@pytest.mark.parametrize(("text", "mention", "phrase"), [
    ("JCS said the missiles were launched from central North Korea and that South Korea "
     "is analyzing more details.", "North Korea", "North Korea"),
    ("Israeli troops moved into northern Gaza on Friday.", "Gaza", "Gaza"),
    ("Officials in eastern Ukraine said the shelling went on.", "Ukraine", "Ukraine"),
    # a describing word before the place stays the outlet's label
    ("Settlers attacked a village in the occupied West Bank on Friday.", "West Bank",
     "the occupied West Bank"),
    ("The vote in deep-red Texas surprised no one.", "Texas", "deep-red Texas"),
])  # fmt: skip
def test_a_region_word_is_no_label(text: str, mention: str, phrase: str) -> None:
    assert _phrase_of(text, mention) == phrase
