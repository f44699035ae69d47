"""Figures "according to" a source are no speaker (session 24, i12-fixes24): the body
the phrase names as having released them speaks, else the speaker is unresolved. The
Hill (NeuS raw row 492) was given to the speaker "data". Real parses (spaCy)."""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of

HILL = ("The effort aimed at recalling California Gov. Gavin Newsom (D) has enough "
        "signatures to qualify for the ballot, according to data released by the "
        "California secretary of state on Monday.")  # fmt: skip


def test_data_released_by_a_body_is_the_body_s() -> None:
    quote = only(quotes_of(HILL), "according to", "The effort")
    assert quote.speaker == "the California secretary of state"


def test_figures_released_from_or_by_a_named_organisation() -> None:
    text = ("There were an estimated 21,570 homicides in the United States, according to "
            "new figures released Monday by the FBI.")
    assert only(quotes_of(text), "according to").speaker == "FBI"
    text = ("The seven-day average fell to 27,815, according to data released Friday from "
            "the Centers for Disease Control and Prevention.")
    assert only(quotes_of(text), "according to").speaker == (
        "Centers for Disease Control and Prevention")


def test_figures_no_one_is_named_for_are_unresolved() -> None:
    text = "The count rose to 412, according to data compiled throughout the weekend."
    quote = only(quotes_of(text), "according to")
    assert quote.speaker is None and quote.resolved == "none"
