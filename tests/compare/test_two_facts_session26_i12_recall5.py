"""A sentence that states two shared facts is a member of both (compare/two_facts.py,
session 26). Sentences after BASIL triplet 3db93526 (Perry's "Strong" ad, in
gold/compare-basil-train), the real parser, units and same-fact model."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import align
from newsprism.compare import story as story_mod
from newsprism.compare.story import analyze_story
from newsprism.compare.two_facts import join_second_facts
from tests.compare.conflict_helpers import text_article

TWO = ("\"As president, I'll end Obama's war on religion and I'll fight against liberal attacks "
       "on our religious heritage,\" the Texas governor continues.")
AP = text_article("ap", "Texas Gov. Rick Perry released a new campaign ad in Iowa on Wednesday. "
                  + TWO + " The ad will air on television stations across the state.")
NYT = text_article("nyt", "Gov. Rick Perry of Texas is broadcasting a new campaign ad in Iowa. "
                   "“As president, I’ll end Obama’s war on religion,” Mr. Perry says in the ad. "
                   "“And I’ll fight against liberal attacks on our religious heritage.” "
                   "Aides said the ad cost $250,000.")
FOX = text_article("fox", "Rick Perry has a new ad out in Iowa. \"And I'll fight against liberal "
                   "attacks on our religious heritage,\" says Perry in the new ad titled "
                   "\"Strong.\" The campaign did not say how much it spent.")


def _shared_with(facts, text: str) -> list[set[str]]:
    """The outlets of each fact of several outlets that holds the sentence ``text``."""
    return [{c.article_id for c in f.claims} for f in facts
            if f.status in ("shared", "partly_shared") and any(c.text == text for c in f.claims)]


def test_a_sentence_of_two_statements_is_in_both_facts() -> None:
    facts = analyze_story([AP, NYT, FOX]).facts
    assert sorted(map(sorted, _shared_with(facts, TWO))) == [["ap", "fox", "nyt"], ["ap", "nyt"]]
    # the fact NYT and Fox state whole stays "shared"; AP's sentence shows its part
    (fight,) = [f for f in facts
                if len(f.article_ids) == 3 and any(c.text == TWO for c in f.claims)]
    assert fight.status == "shared"
    (ap,) = [e for e in fight.as_dict()["evidence"] if e["article_id"] == "ap"]
    assert ap["shared_part"]["text"] == (
        "I'll fight against liberal attacks on our religious heritage")


def test_without_the_rule_it_is_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align, "join_second_facts", lambda groups, *rest: groups)
    facts = analyze_story([AP, NYT, FOX]).facts
    assert len(_shared_with(facts, TWO)) == 1


def test_a_sentence_of_one_statement_joins_no_second_fact(
        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Every pair set at the threshold: only the sentence with two parts that link apart
    may join a second group; a one-clause quotation links as a whole, or through the
    same words, and stays where complete link put it."""
    seen = {}
    read = story_mod.read_units

    def spy(claims, *args, **kwargs):
        seen["claims"], seen["units"] = claims, read(claims, *args, **kwargs)
        return seen["units"]

    monkeypatch.setattr(story_mod, "read_units", spy)
    analyze_story([AP, NYT, FOX])
    claims, units = seen["claims"], seen["units"]
    text = [c.text for c in claims]
    war = next(k for k, t in enumerate(text) if t.startswith("“As president"))
    fight = next(k for k, t in enumerate(text) if t.startswith("“And I’ll fight"))
    fox = next(k for k, t in enumerate(text) if t.startswith("\"And I'll fight"))
    two = text.index(TWO)
    groups = [[war], [fight, fox], [two]]
    everything = np.ones((len(claims), len(claims)), dtype=np.float32)
    joined = join_second_facts(groups, everything, 0.5, [c.article_id for c in claims], units)
    assert joined[0] == [war] and joined[1] == [fight, fox]  # single outlets: no fact yet
    groups = [[war, two], [fight, fox]]
    joined = join_second_facts(groups, everything, 0.5, [c.article_id for c in claims], units)
    assert joined[1] == [fight, fox, two]  # its other clause is the fight fact
    assert war not in joined[1]  # "I'll end Obama's war on religion" alone: one statement
