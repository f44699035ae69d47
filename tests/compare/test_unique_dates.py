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
from newsprism.compare.unique import POSSIBLY_SHARED, recheck_unique
from newsprism.models import Claim

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
AP_LEMMAS = {"initiative", "nation", "populous", "county", "begin", "proof", "dose", "vaccine",
             "require"}  # fmt: skip
TIMES_LEMMAS = {"mandate", "issue", "friday", "require", "patron", "employee", "vaccine",
                "dose", "vaccinate", "public", "health", "director", "barbara",
                "ferrer"}  # fmt: skip
OUTDOOR_LEMMAS = {"order", "require", "vaccine", "proof", "negative", "covid-19", "test",
                  "large", "outdoor", "event", "rams", "chargers", "dodgers", "game",
                  "county", "public", "health", "director", "barbara", "ferrer", "board",
                  "supervisor"}  # fmt: skip


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


def test_a_day_written_in_both_is_a_shared_figure() -> None:
    """AP's Oct. 7 sentence is near the Times' (the day and the dose in common), not the
    Epoch Times' outdoor events (no day, and its words in common with AP are too few)."""
    fact = AlignedClaim("F4", "unique", [AP])
    recheck_unique([fact], [AP, TIMES, OUTDOOR], [AP_LEMMAS, TIMES_LEMMAS, OUTDOOR_LEMMAS])
    assert fact.status == POSSIBLY_SHARED
    assert [(n["claim_id"], n["why"]) for n in fact.near] == [("lat2", "figure")]


def test_another_day_is_no_shared_figure() -> None:
    """The same sentence with the Times' other day (Nov. 4) only: the two dates differ,
    so the figure test does not fire, and nothing else does (as before session 23)."""
    nov = Claim("lat3", "LAT", 2, TIMES.text.replace("dose by Oct. 7 and be", "dose and be"))
    fact = AlignedClaim("F4", "unique", [AP])
    recheck_unique([fact], [AP, nov], [AP_LEMMAS, TIMES_LEMMAS])
    assert fact.status == "unique" and fact.near == []
