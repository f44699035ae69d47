"""scripts/title_doers.py's session 32 normaliser rules (``normal``, the ``n`` flag of
``dense_joins.py``'s doer veto; measured, not kept): two names of one doer meet, two
doers stay apart. Figures in docs/eval-clustering.md ("Session 32")."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from tests.cluster.corpus import study_script

doers = study_script("title_doers")
acts = study_script("title_acts")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def doer_of(nlp, title: str, normal: bool = True):  # type: ignore[no-untyped-def]
    """The doer keys of ``title``'s act, as ``dense_joins.doer_of`` reads them."""
    tokens = list(nlp(title)[:])
    verb = acts.act_verb(tokens, False)
    if verb in (None, False, True):
        return None
    return doers.doer([verb, *verb.ancestors], False, normal)


def test_a_country_meets_its_government_but_not_a_court(nlp) -> None:  # type: ignore[no-untyped-def]
    country = doer_of(nlp, "U.S. bans imports of Andean timber")
    executive = doer_of(nlp, "Biden administration bans imports of Andean timber")
    court = doer_of(nlp, "Supreme Court blocks imports of Andean timber")
    assert not doers.differ(country, executive)
    assert doers.differ(country, court)
    # without the rule the country was its own initials, apart from the government
    assert doers.differ(doer_of(nlp, "U.S. bans imports of Andean timber", False), executive)


def test_listed_doers_meet_any_of_their_members(nlp) -> None:  # type: ignore[no-untyped-def]
    pair = doer_of(nlp, "Boeing, Air Line Pilots Association reach deal on pay")
    one = doer_of(nlp, "ALPA reaches deal on pay")
    other = doer_of(nlp, "Delta Pilots Union reaches deal on pay")
    assert pair is not None and one is not None
    assert not doers.differ(pair, one)
    assert doers.differ(pair, other)
    # without the rule the list was one set of initials, apart from its member
    assert doers.differ(doer_of(nlp, "Boeing, Air Line Pilots Association reach deal on pay",
                                False), one)


def test_a_measure_that_passes_a_chamber_is_the_chamber_s_act(nlp) -> None:  # type: ignore[no-untyped-def]
    measure = doer_of(nlp, "Clean Harbors Act passes Senate")
    senate = doer_of(nlp, "Senate passes Clean Harbors Act")
    house = doer_of(nlp, "House passes Clean Harbors Act")
    assert measure == {"senate"} and senate == {"senate"}
    assert doers.differ(measure, house)


def test_a_bare_participle_names_no_doer_but_an_active_verb_does(nlp) -> None:  # type: ignore[no-untyped-def]
    assert doer_of(nlp, "Three Harbor Boys charged in fraud case") is None
    assert doer_of(nlp, "FBI charges Three Harbor Boys in fraud case") == {"fbi"}


def test_the_white_house_by_its_letters_and_a_chamber_s_party(nlp) -> None:  # type: ignore[no-untyped-def]
    assert doer_of(nlp, "WH suspends Medicaid payments") == {"executive"}
    assert doer_of(nlp, "WH suspends Medicaid payments", False) == {"wh"}
    assert doer_of(nlp, "Senate Republicans block Medicaid bill") == {"senate"}


def test_a_party_with_its_place_is_no_doer_but_a_state_chamber_is(nlp) -> None:  # type: ignore[no-untyped-def]
    assert doer_of(nlp, "Ohio Republicans unveil tax plan") is None
    assert doer_of(nlp, "Ohio Republicans unveil tax plan", False) == {"or"}
    assert doer_of(nlp, "Ohio Senate Republicans unveil tax plan") == {"ohio senate"}
