"""The session-39 measuring scripts: ``sparse_stream.py``'s ``:lN`` (the merge step's
body condition) and ``past_reference_reach.py``'s reading of a past reference that
names the other report's act."""

from __future__ import annotations

import pytest

from tests.script_modules import script_module

sparse_stream = script_module("sparse_stream")
reach = script_module("past_reference_reach")

HOUSE = ("In a big bipartisan vote, House lawmakers on Tuesday passed the hate crimes bill. "
         "The Senate last month approved the COVID-19 Hate Crimes Act on a 94-1 vote.")


def test_the_l_setting_adds_the_body_condition_to_the_merge_step() -> None:
    model = sparse_stream.variant("m:0.9:0.5:dated:w2:l60")
    assert model.merge_min_shingles == 60
    assert model.merge_dated and model.merge_weekday_gap == 2
    assert sparse_stream.variant("m:0.9:0.5:dated:w2").merge_min_shingles == 0


@pytest.mark.parametrize(("lead", "other", "k", "named"), [
    (HOUSE, "Senate Approves Asian American Hate Crimes Bill", 2, True),
    (HOUSE, "Senate Approves Asian American Hate Crimes Bill", 5, False),
    (HOUSE, "Fauci warns of a hard winter", 2, False),  # a past reference, another act
    ("The House passed the hate crimes bill on Tuesday.",  # no past reference
     "Senate Approves Asian American Hate Crimes Bill", 2, False),
    ("Sen. Whitehouse last week refused to apologize for his beach club.",
     "Whitehouse defends family's beach club membership", 2, True),
])  # fmt: skip
def test_a_past_reference_names_the_other_report_by_its_title_words(lead, other, k, named):
    assert bool(reach.naming(lead, other, k)) is named


def test_pairs_are_sorted_by_what_the_model_did_and_the_gold_says() -> None:
    found = {"a": "s1", "b": "s1", "c": "s2", "d": "s3"}
    gold = {"a": "g1", "b": "g2", "c": "g1", "d": "g3"}
    kinds = {(a, b): kind for kind, a, b in reach.pairs(found, gold)}
    assert kinds[("a", "b")] == "wrong join" and kinds[("a", "c")] == "split"
    assert kinds[("c", "d")] == "right apart"
    assert {"right join"}.isdisjoint(kinds.values())
