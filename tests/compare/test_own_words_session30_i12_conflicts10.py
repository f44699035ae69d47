"""The place guard reads an article's own words (compare/own_words.py, issue 12 session
30): a town an article names only inside a quotation or inside a sentence it copies
from another report is not a second place it tells. Readers on plain claims; the rule
through the whole ``analyze_story`` on real parses.
"""

from __future__ import annotations

import pytest

from newsprism.compare.own_words import own_words
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of

_COPIED = "The mayor told the crowd gathered in Lakeport that the plant would reopen soon."
_SOURCE = f"{_COPIED} She spoke for an hour."


def test_quotations_and_sentences_copied_from_the_other_are_blanked() -> None:
    text = (f"Here is what the paper wrote: {_COPIED} "
            'A resident said: "We drove in from Riverton for this."')
    own = own_words(text, _SOURCE)
    assert "Lakeport" not in own and "Riverton" not in own
    assert own.startswith("Here is what the paper wrote:")
    assert len(own) == len(text)  # offsets stay those of the article


def test_a_sentence_is_a_copy_only_of_the_article_that_holds_it() -> None:
    text = f"Here is what the paper wrote: {_COPIED}"
    assert "Lakeport" in own_words(text, "The mayor spoke for an hour in a packed hall.")


def test_a_short_stock_sentence_is_no_copy() -> None:
    assert own_words("He declined to comment.", "He declined to comment.") == (
        "He declined to comment.")


_FIRST = ("Senator Tom Smith spoke at a rally in Stamford on Monday about the mill's "
          "closing.")
_SECOND_OWN = "Senator Tom Smith spoke at a rally in Hartford on Monday about the mill's closing."


@pytest.mark.parametrize("elsewhere", [
    # the first town only in a quotation of someone else
    ' One worker said: "I drove up from Stamford last week to hear about the mill."',
    # the first town only in a sentence copied from the first report
    f" The Courant reported it this way. {_FIRST}",
])
def test_a_town_named_only_in_words_not_its_own_still_clashes(elsewhere: str) -> None:
    report = compare_texts(_FIRST, _SECOND_OWN + elsewhere)
    places = [c for c in conflicts_of(report) if c["kind"] == "place"]
    assert [values_of(c) for c in places] == [{"Stamford", "Hartford"}]


def test_a_town_named_in_its_own_words_is_still_two_stops() -> None:
    report = compare_texts(_FIRST, _SECOND_OWN + " Earlier he toured a factory in Stamford.")
    assert [c for c in conflicts_of(report) if c["kind"] == "place"] == []


def test_a_wire_story_two_outlets_run_still_names_both_towns() -> None:
    wire = _SECOND_OWN + " Earlier that day he toured a shuttered factory in Stamford."
    report = compare_texts(_FIRST, wire, wire)
    assert [c for c in conflicts_of(report) if c["kind"] == "place"] == []
