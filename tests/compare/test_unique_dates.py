"""A calendar day is a distinctive figure for the unique check (compare/unique.py,
session 23). The session-23 reader found, in NeuS raw row 91 (Los Angeles County's
vaccine proof at indoor bars), AP's "begins Oct. 7, with proof of at least one vaccine
dose" shown as AP's alone, though the Los Angeles Times and the Epoch Times both say "at
least one vaccine dose by Oct. 7": a one-digit day was no figure to the loose test.
The sentences below are those three reports'."""

from __future__ import annotations

import pytest

from newsprism.compare.align import AlignedClaim
from newsprism.compare.dates import month_days
from newsprism.compare.unique import POSSIBLY_SHARED, loose_test, recheck_unique
from newsprism.models import Claim
from tests.compare.profile_helpers import first_claim_profiles

AP = Claim("ap4", "AP", 3, "The new initiative in the nation’s most populous county begins "
           "Oct. 7, with proof of at least one vaccine dose required.")  # fmt: skip
TIMES = Claim("lat2", "LAT", 1, "The mandate, which will be issued by Friday, will require "
              "patrons and employees to have at least one vaccine dose by Oct. 7 and be fully "
              "vaccinated by Nov. 4, according to Public Health Director Barbara "
              "Ferrer.")  # fmt: skip
# the Epoch Times' outdoor events: the same order, no date
OUTDOOR = Claim("et6", "ET", 5, "The order will also require vaccine proof or a negative "
                "COVID-19 test for large outdoor events, including Los Angeles Rams, Chargers, "
                "and Dodgers games, said County Public Health Director Dr. Barbara Ferrer to "
                "the Board of Supervisors.")  # fmt: skip
@pytest.mark.parametrize("text, days", [
    ("begins Oct. 7, with proof", {(10, 7)}),
    ("by October 7 and be fully vaccinated by Nov. 4", {(10, 7), (11, 4)}),
    ("from 7 October 2021", {(10, 7)}),
    ("on the 7th of October", {(10, 7)}),
    ("Sept. 1", {(9, 1)}),
    ("in October 2020", set()),  # a month and a year: no day
    ("in October", set()),  # a bare month
    ("announced Wednesday", set()),  # a weekday
    ("officials may 7 times out of 10 refuse", set()),  # the modal, not the month
    ("Sept. 31", set()),  # no such day
    ("the 3 Junior officers", set()),  # a word run on from "Jun"
])  # fmt: skip
def test_month_days_read_one_day_in_any_form(text: str, days: set[tuple[int, int]]) -> None:
    assert month_days(text) == days


def _lemmas(*claims: Claim) -> list[set[str]]:
    """Each sentence's content lemmas as compare reads them (the date's "oct.", "7" too)."""
    return [p.lemmas for p in first_claim_profiles(*(c.text for c in claims))]


def test_a_day_written_in_both_is_a_shared_figure() -> None:
    """AP's Oct. 7 sentence is near the Times' (the day, and "require", "vaccine", "dose"
    in common), not the Epoch Times' outdoor events (no day, and its words in common with
    AP are too few for the key-words test)."""
    fact = AlignedClaim("F4", "unique", [AP])
    recheck_unique([fact], [AP, TIMES, OUTDOOR], _lemmas(AP, TIMES, OUTDOOR))
    assert fact.status == POSSIBLY_SHARED
    assert [(n["claim_id"], n["why"]) for n in fact.near] == [("lat2", "figure")]


def test_another_day_is_no_shared_figure() -> None:
    """The Times' sentence with its other day (Nov. 4) only: the two dates differ, so the
    figure test does not fire, and nothing else does (as before session 23)."""
    nov = Claim("lat3", "LAT", 2, TIMES.text.replace("dose by Oct. 7 and be", "dose and be"))
    fact = AlignedClaim("F4", "unique", [AP])
    recheck_unique([fact], [AP, nov], _lemmas(AP, nov))
    assert fact.status == "unique" and fact.near == []


def test_a_day_that_names_the_event_is_no_figure() -> None:
    """NeuS raw row 25 (Washington Post, Washington Examiner): Trump claiming executive
    privilege and Biden waiving it are two facts; "the Jan. 6 attack" and "the Jan. 6
    committee" name the story's event, they date neither (as a figure, the day showed the
    one beside the other to check). The same sentences with the day as a time are
    near by it."""
    claimed = Claim("w4", "WP", 3, "Trump has claimed executive privilege in seeking to evade "
                    "the committee’s demands for details about Trump and his aides’ activities "
                    "during the Jan. 6 attack.")  # fmt: skip
    waived = Claim("e2", "WE", 1, "The White House confirmed that President Joe Biden has "
                   "waived executive privilege on an initial set of documents produced at the "
                   "request of the Jan. 6 committee.")  # fmt: skip
    assert loose_test(claimed, waived, *_lemmas(claimed, waived)) is None
    timed = Claim("w5", "WP", 4, claimed.text.replace("the Jan. 6 attack", "the attack on Jan. 6"))
    timed_too = Claim("e3", "WE", 2, waived.text.replace("the Jan. 6 committee",
                                                         "the committee on Jan. 6"))
    assert loose_test(timed, timed_too, *_lemmas(timed, timed_too)) == "figure"


def test_a_day_needs_other_words_in_common() -> None:
    """BASIL ed8c136f (2014, Ferguson): Holder's "what happened on August 9" and the NYT's
    shooting "on Aug. 9" share the day and no other word: the day of a story's event
    recurs in sentences of different facts."""
    holder = Claim("h1", "HPO", 0, "But it can't simply be that we have a conversation that "
                   "begins based on what happened on August 9 and ends sometime in December, "
                   "and nothing happens.")  # fmt: skip
    shooting = Claim("n1", "NYT", 0, "Mr. Holder’s first stop was at a community college, where "
                     "he met with people who told him about their own personal experiences "
                     "with the local police, some of which they said helped fuel the rage that "
                     "was ultimately ignited by the shooting of an unarmed black teenager by a "
                     "white police officer on Aug. 9.")  # fmt: skip
    assert loose_test(holder, shooting, *_lemmas(holder, shooting)) is None
