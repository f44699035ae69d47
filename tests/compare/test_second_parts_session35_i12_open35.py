"""One outlet's sentence in two shared facts only when two parts of it state them
(compare/second_parts.py, session 35): the check on complete link's second
memberships, with a made-up matrix and with the real units of made-up stories."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import second_parts
from newsprism.compare import story as story_mod
from newsprism.compare.same_fact import complete_link_groups
from newsprism.compare.second_parts import second_in_parts
from newsprism.compare.story import analyze_story
from tests.compare import test_two_facts_session26_i12_recall5 as two_facts_test
from tests.compare.conflict_helpers import text_article

# 0, 1: one fact of two outlets; 2 (outlet C) is same-fact with 1 only, so complete
# link leaves it alone and gives it 1 as a second fact
ARTICLE = ["A", "B", "C"]
PROBABILITY = np.array([[1.0, 0.9, 0.1], [0.9, 1.0, 0.8], [0.1, 0.8, 1.0]])


def test_a_second_fact_the_check_refuses_leaves_the_sentence_alone() -> None:
    seen = []

    def refuse(i: int, first, second) -> bool:
        seen.append((i, sorted(first), sorted(second)))
        return False

    assert complete_link_groups(PROBABILITY, 0.5, ARTICLE, refuse) == [[0, 1], [2]]
    assert seen == [(1, [0, 1], [1, 2])]


def test_a_second_fact_the_check_accepts_is_kept() -> None:
    groups = complete_link_groups(PROBABILITY, 0.5, ARTICLE, lambda i, first, second: True)
    assert groups == [[0, 1], [1, 2]]
    assert complete_link_groups(PROBABILITY, 0.5, ARTICLE) == [[0, 1], [1, 2]]


def _read(monkeypatch: pytest.MonkeyPatch, articles: list) -> tuple:
    """The story's claims, the check built from its real units and profiles, its facts."""
    seen = {}
    read = story_mod.read_units

    def spy(claims, docs, profiles, *args, **kwargs):
        seen["claims"], seen["profiles"] = claims, profiles
        seen["units"] = read(claims, docs, profiles, *args, **kwargs)
        return seen["units"]

    monkeypatch.setattr(story_mod, "read_units", spy)
    monkeypatch.setattr(second_parts, "SECOND_PARTS_RULE", True)  # shipped off: measured
    facts = analyze_story(articles).facts
    claims = seen["claims"]
    keep = second_in_parts(seen["units"], [c.article_id for c in claims], seen["profiles"])
    return [c.text for c in claims], keep, facts


def _at(text: list[str], start: str) -> int:
    return next(k for k, t in enumerate(text) if t.startswith(start))


def test_two_clauses_state_two_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The two-clause quotation of the two-facts tests: its other clause is a part of
    its own, so a second membership there stands."""
    t = two_facts_test
    text, keep, _ = _read(monkeypatch, [t.AP, t.NYT, t.FOX])
    two = text.index(t.TWO)
    assert keep(two, [_at(text, "“As president"), two], [two, _at(text, "\"And I'll fight")])


def test_one_clause_states_one_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    one = "\"We will repair every bridge in the county,\" the mayor told the council."
    lead = "Mayor Ana Lind spoke to the council on Monday. "
    text, keep, _ = _read(monkeypatch, [
        text_article("y", lead + one),
        text_article("x", lead + "“We will repair every bridge in the county,” Lind said. "
                     "“And we will hire forty more bus drivers.”")])
    at = text.index(one)
    assert not keep(at, [at, _at(text, "“We will repair")], [at, _at(text, "“And we will")])


def test_a_figure_both_state_keeps_the_second_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole-sentence link with a figure no other sentence states: a fact of its own."""
    text, keep, facts = _read(monkeypatch, [
        text_article("p", "The harbor board approved the dredging contract on Friday. "
                     "The final count was 11-2. Two members said the cost was too high."),
        text_article("q", "The harbor board on Friday approved the dredging contract in an "
                     "11-2 vote. Work is to begin in the spring.")])
    count, vote = text.index("The final count was 11-2."), _at(text, "The harbor board on")
    assert keep(vote, [_at(text, "The harbor board approved"), vote], [vote, count])
    assert any({c.text for c in f.claims} >= {text[count], text[vote]} for f in facts
               if f.status in ("shared", "partly_shared"))


def test_no_units_or_rule_off_no_check(monkeypatch: pytest.MonkeyPatch) -> None:
    assert second_in_parts(None, ARTICLE, []) is None
    monkeypatch.setattr(second_parts, "SECOND_PARTS_RULE", False)
    assert second_in_parts(object(), ARTICLE, []) is None


def test_a_third_outlets_telling_is_kept_without_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lone sentence's outlet is not in the first fact: the second fact stands."""
    one = "\"We will repair every bridge in the county,\" the mayor told the council."
    lead = "Mayor Ana Lind spoke to the council on Monday. "
    text, keep, _ = _read(monkeypatch, [
        text_article("y", lead + one),
        text_article("x", lead + "“We will repair every bridge in the county,” Lind said."),
        text_article("z", lead + "“And we will hire forty more bus drivers,” Lind said.")])
    at = text.index(one)
    assert keep(at, [at, _at(text, "“We will repair")], [at, _at(text, "“And we will")])
