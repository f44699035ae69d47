"""scripts/title_doers.py (session 31, measured, not kept): who does a title's act, read
from spaCy's parse and normalised so that two names of one body meet and two bodies do
not. The figures in docs/eval-clustering.md ("Session 31: who does the act") rest on
these readings."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from tests.cluster.corpus import study_script

doers = study_script("title_doers")
acts = study_script("title_acts")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def doer_of(nlp, title: str, persons: bool = False):  # type: ignore[no-untyped-def]
    """The doer keys of ``title``'s act, as ``dense_joins.doer_of`` reads them."""
    tokens = list(nlp(title)[:])
    verb = acts.act_verb(tokens, False)
    if verb in (None, False, True):
        return None
    return doers.doer([verb, *verb.ancestors], persons)


def test_the_two_chambers_differ_and_congress_meets_either(nlp) -> None:  # type: ignore[no-untyped-def]
    house = doer_of(nlp, "House passes the farm subsidy bill")
    senate = doer_of(nlp, "Senate passes the farm subsidy bill")
    congress = doer_of(nlp, "Congress passes the farm subsidy bill")
    assert house == {"house"} and senate == {"senate"}
    assert doers.differ(house, senate)
    assert not doers.differ(congress, house) and not doers.differ(congress, senate)


def test_a_panel_is_another_body_than_its_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    panel = doer_of(nlp, "EPA panel recommends tighter limits on soot")
    agency = doer_of(nlp, "EPA imposes tighter limits on soot")
    assert panel == {"epa:panel"} and agency == {"epa"}
    assert doers.differ(panel, agency)


def test_a_long_name_meets_its_initials(nlp) -> None:  # type: ignore[no-untyped-def]
    long = doer_of(nlp, "The Federal Aviation Administration suspends the drone program")
    short = doer_of(nlp, "FAA suspends the drone program")
    assert long is not None and short is not None
    assert not doers.differ(long, short)


def test_the_executive_by_its_names_not_an_agency_s(nlp) -> None:  # type: ignore[no-untyped-def]
    assert doer_of(nlp, "White House suspends the drone program") == {"executive"}
    assert doer_of(nlp, "Trump administration suspends the drone program") == {"executive"}
    agency = doer_of(nlp, "The Federal Aviation Administration suspends the drone program")
    assert agency is not None and "executive" not in agency


def test_the_courts(nlp) -> None:  # type: ignore[no-untyped-def]
    justices = doer_of(nlp, "Justices block the pipeline permit")
    high = doer_of(nlp, "Supreme Court blocks the pipeline permit")
    judge = doer_of(nlp, "Federal judge blocks the pipeline permit")
    assert not doers.differ(justices, high)
    assert doers.differ(high, judge)


def test_a_state_chamber_is_not_the_national_one(nlp) -> None:  # type: ignore[no-untyped-def]
    state = doer_of(nlp, "Oregon Senate passes the water rights bill")
    assert state == {"oregon senate"}
    assert doers.differ(state, doer_of(nlp, "Senate passes the water rights bill"))


def test_no_doer_is_read_where_none_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    assert doer_of(nlp, "Lifeguard charged over the drowning") is None  # suffers the act
    assert doer_of(nlp, "Republicans block the water rights bill") is None  # a party
    assert doer_of(nlp, "Trade envoy to Peru resigns over tariffs") is None  # a person described
    assert doer_of(nlp, "Mayor Alvarez signs the parking ordinance") is None  # persons off
    assert doer_of(nlp, "Mayor Alvarez signs the parking ordinance", persons=True) == {"alvarez"}


def test_differ_needs_both(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not doers.differ(None, frozenset({"house"}))
    assert not doers.differ(frozenset({"house"}), None)
    assert doers.differ(frozenset({"house"}), frozenset({"senate"}))
