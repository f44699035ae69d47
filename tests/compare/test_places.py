"""A place conflict (compare/places.py, issue 12 session 17): one named agent's one act
put in two towns by two outlets ("misspoke at a 2008 event in Norfolk" / "during the
Norwalk event", gold/conflicts-basil2), and the tempting pairs that must stay silent.

Each through the whole ``analyze_story`` on real parses.
"""

from __future__ import annotations

import pytest

from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of

NYT = ("Attorney General Richard Blumenthal of Connecticut spoke to veterans in Norwalk in "
       "March 2008. In an interview on Monday, the attorney general said that he had "
       "misspoken about his service during the Norwalk event.")
FOX = ("Democratic Attorney General Richard Blumenthal finds himself on the political ropes. "
       "The A.G., according to the Times, said he had misspoken at a 2008 event in Norfolk "
       "in which he said he had served in Vietnam.")


def test_one_act_of_one_person_in_two_towns_conflicts() -> None:
    """The Blumenthal pair: the agent is a title of the person each article names with
    it ("the attorney general", "The A.G."), under a "he"."""
    report = compare_texts(FOX, NYT)
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "place"
    assert values_of(conflict) == {"Norfolk", "Norwalk"}
    assert "Blumenthal" in conflict["about"]
    assert {s["article_id"] for s in conflict["sides"]} == {a["id"] for a in report["articles"]}
    assert sum("misspoken" in s["sentence"] for s in conflict["sides"]) == 2
    # session 33 (compare/place_sides.py): the NYT's own sentence placing his speech in
    # Norwalk in 2008 is a further side of the Norwalk value
    assert [s["sentence"] for s in conflict["sides"] if "misspoken" not in s["sentence"]] == [
        "Attorney General Richard Blumenthal of Connecticut spoke to veterans in Norwalk in "
        "March 2008."]


def test_a_named_subject_in_two_towns_conflicts() -> None:
    report = compare_texts("Senator Tom Smith spoke at a rally in Stamford on Monday.",
                           "Senator Tom Smith spoke at a rally in Hartford on Monday.")
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "place" and values_of(conflict) == {"Stamford", "Hartford"}


@pytest.mark.parametrize(("first", "second"), [
    # the other article names the first place too: two stops of one trip
    ("Senator Tom Smith spoke at a rally in Stamford on Monday.",
     "Senator Tom Smith visited Stamford in the morning. Senator Tom Smith spoke at a rally "
     "in Hartford on Monday."),
    # a city and its state
    ("Senator Tom Smith spoke at a rally in Hartford on Monday.",
     "Senator Tom Smith spoke at a rally in Connecticut on Monday."),
    # a city and its country
    ("Secretary John Kerry spoke at a news conference in Kabul on Monday.",
     "Secretary John Kerry spoke at a news conference in Afghanistan on Monday."),
    # no named agent: many crowds gather in many towns
    ("Protesters gathered at a rally in Stamford on Monday.",
     "Protesters gathered at a rally in Hartford on Monday."),
    # a verb of saying: people say things everywhere
    ("Senator Tom Smith said in Stamford that the bill would pass.",
     "Senator Tom Smith said in Hartford that the bill would pass."),
    # a place that labels a thing, not where the act was
    ("The Stamford Advocate described Senator Tom Smith as a veteran.",
     "The Hartford Courant described Senator Tom Smith as a veteran."),
    # two events years apart
    ("Senator Tom Smith spoke at a rally in Stamford in 2008.",
     "Senator Tom Smith spoke at a rally in Hartford in 2010."),
])
def test_tempting_places_stay_silent(first: str, second: str) -> None:
    assert [c for c in conflicts_of(compare_texts(first, second))
            if c["kind"] == "place"] == []  # fmt: skip
