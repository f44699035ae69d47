"""Whose few quoted words they are inside reported speech (session 34, branch i14-partial):
a speech verb inside the reported content that governs the quotation speaks them, not
the outer source (extract/framing/inner_speech.py). Real parse, real quote extractor,
real framing; sentences written for the test, unlike the rows read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.extract.framing import frame_doc
from newsprism.extract.nlp import load_nlp

LETTER = ("The council received a letter from Mayor Dana Whitfield on Friday, in which "
          "{who} regretted saying the budget plan was a “reckless gamble” at the hearing, "
          "according to records seen by the Ledger.")  # fmt: skip


@pytest.fixture(scope="module")
def speakers() -> Callable[[str], dict[str, str | None]]:
    """Each partial quote's words and speaker, through the real pipeline."""
    nlp = load_nlp()
    return lambda text: {s.text: s.speaker
                         for s in frame_doc(nlp(text), detector=False).partial_quotes}


def test_the_nearer_speech_verbs_subject_speaks_the_words(speakers: Callable) -> None:
    assert speakers(LETTER.format(who="Whitfield")) == {"“reckless gamble”": "Whitfield"}


def test_a_pronoun_subject_leaves_the_words_unresolved(speakers: Callable) -> None:
    found = speakers(LETTER.format(who="she"))
    assert list(found) == ["“reckless gamble”"]
    assert found["“reckless gamble”"] in (None, "Dana Whitfield")  # never the records


def test_with_no_speech_verb_inside_the_outer_source_stands(speakers: Callable) -> None:
    text = ("The budget plan was a “reckless gamble” that left the city short of cash, "
            "according to records seen by the Ledger.")
    # the covering quote's speaker, as the quote extractor words it
    assert speakers(text) == {"“reckless gamble”": "records seen by the Ledger"}


def test_the_outer_cue_itself_is_no_nearer_verb(speakers: Callable) -> None:
    text = "Whitfield told the council that the budget plan was a “reckless gamble” for the city."
    assert speakers(text) == {"“reckless gamble”": "Whitfield"}
