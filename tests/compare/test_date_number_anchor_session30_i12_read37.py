"""A number written as a calendar day is no anchor (session 30, i12-read37): NeuS raw row
104 joined a report's "… at the National September 11 Memorial …" with another's quoted
"… following the 9/11 attacks …" as one fact on the "11" alone (``anchor_number``): the
tagger read the first day as part of a name and the second as a cardinal, so the dates
were not left out. A count both print still anchors. Real parses (spaCy, the packaged
model)."""

from __future__ import annotations

from newsprism.compare.date_numbers import date_numbers, not_counts
from newsprism.compare.pairs import anchor_numbers
from tests.compare.profile_helpers import first_claim_profiles


def test_a_day_inside_a_name_and_a_slash_day_are_no_anchor() -> None:
    pair = first_claim_profiles(
        "Mourners gathered on Sunday at the Fourth of July 14 Plaza in Boston to lay flowers.",
        "“After the 7/14 blast, our town learned to grieve together,” the mayor said.")
    assert not anchor_numbers(pair)[0, 1]
    assert date_numbers("after the 7/14 blast") == {"7", "14"}
    assert date_numbers("at the Fourth of July 14 Plaza") == {"14"}


def test_a_count_both_print_still_anchors() -> None:
    pair = first_claim_profiles("Rescuers pulled 14 miners from the flooded shaft.",
                                "All 14 miners were brought out alive, officials said.")
    assert anchor_numbers(pair)[0, 1]


def test_a_number_also_written_outside_the_day_is_kept() -> None:
    assert date_numbers("On Oct. 3, 3 ferries sank") == set()
    assert date_numbers("on 2/28 the tally reached 28") == {"2"}


def test_what_is_no_day() -> None:
    assert date_numbers("a 40/60 split of the 12 seats") == set()  # no part is a month
    assert date_numbers("ratios 1/2/3/4") == set()  # a run of slashes
    assert date_numbers("the may 12 votes") == set()  # "may", the modal, not capitalised
    assert not_counts("the COVID-19 shots of 9/11") == {"19", "9", "11"}
