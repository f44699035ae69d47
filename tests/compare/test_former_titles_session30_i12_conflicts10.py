"""A past office of a body against the same office held now (compare/former_titles.py,
issue 12 session 30): "former Acme Foods executive Dana Whitfield" and "Whitfield, the
chief executive of Acme Foods" the same day cannot both be right.

The readers are tested on plain text; the rule through the whole ``analyze_story`` on
real parses (entities merged across the story, claims, conflicts).
"""

from __future__ import annotations

import pytest

from newsprism.compare.former_titles import past_before, same_body
from newsprism.compare.story import analyze_story
from newsprism.compare.titles import title_after
from newsprism.eval import gold_article
from newsprism.models import Mention
from tests.compare.conflict_helpers import compare_texts, conflicts_of


def _labels(report: dict) -> list[dict]:
    return [c for c in conflicts_of(report) if c["kind"] == "label"]


def _person(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention("a1", 0, name, "PERSON", at, at + len(name), "e1")


@pytest.mark.parametrize(("text", "name", "body", "office"), [
    ("They hired former Acme Foods executive Dana Whitfield last year.", "Dana Whitfield",
     "Acme Foods", "executive"),
    ("The panel heard ex-Brightline CEO Omar Haddad on Tuesday.", "Omar Haddad",
     "Brightline", "ceo"),
])
def test_a_past_office_before_a_name_is_read_with_its_body(text: str, name: str, body: str,
                                                            office: str) -> None:
    [label] = past_before(text, [_person(text, name)])
    assert label.title is not None
    assert (label.title.body, label.title.core, label.title.mods) == (body, office,
                                                                      frozenset({"former"}))


def test_no_past_word_no_past_label() -> None:
    text = "They hired Acme Foods executive Dana Whitfield last year."
    assert past_before(text, [_person(text, "Dana Whitfield")]) == []


def test_a_company_office_by_its_initials_is_a_title() -> None:
    text = "Whitfield, the CFO of Acme Foods, declined to comment."
    title = title_after(text, len("Whitfield"))
    assert title is not None and (title.core, title.body) == ("cfo", "acme foods")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("NTSB", "National Transportation Safety Board", True),
    ("Acme Foods", "acme foods", True),
    ("Acme", "Acme Foods", False),
    ("NBA", "National Football League", False),
])
def test_one_body_written_twice(a: str, b: str, same: bool) -> None:
    assert same_body(a, b) is same


def test_former_executive_against_the_chief_executive_now() -> None:
    report = compare_texts(
        "The bid was backed by former Acme Foods executive Dana Whitfield, who spoke at "
        "the hearing.",
        "Dana Whitfield, the chief executive of Acme Foods, spoke at the hearing on the bid.")
    [conflict] = _labels(report)
    values = [side["value"] for side in conflict["sides"]]
    assert values == ["former Acme Foods executive", "the chief executive of Acme Foods"]


@pytest.mark.parametrize("now", [
    # another office of the body: she left one and holds the other
    "Dana Whitfield, the founder of Acme Foods, spoke at the hearing on the bid.",
    # the office of another body
    "Dana Whitfield, the chief executive of Brightline, spoke at the hearing on the bid.",
    # the office at the time told
    "Dana Whitfield, the chief executive of Acme Foods at the time, spoke at the hearing.",
])
def test_no_clash_without_one_office_held_now(now: str) -> None:
    report = compare_texts(
        "The bid was backed by former Acme Foods executive Dana Whitfield, who spoke at "
        "the hearing.", now)
    assert _labels(report) == []


def test_an_article_that_tells_both_is_left_out() -> None:
    report = compare_texts(
        "Dana Whitfield, the chief executive of Acme Foods, spoke at the hearing. Years ago "
        "former Acme Foods executive Dana Whitfield opposed the plan.",
        "Former Acme Foods executive Dana Whitfield spoke at the hearing on the bid.")
    assert _labels(report) == []


def test_reports_days_apart_are_two_moments() -> None:
    texts = ["The bid was backed by former Acme Foods executive Dana Whitfield, who spoke "
             "at the hearing.",
             "Dana Whitfield, the chief executive of Acme Foods, spoke at the hearing."]
    dated = zip(texts, ["Fox News", "HuffPost"], ["2021-03-01", "2021-03-09"], strict=True)
    articles = [gold_article(f"former:{i}", t, outlet=o, published_at=d)
                for i, (t, o, d) in enumerate(dated)]
    conflicts = [c for f in analyze_story(articles).as_dict()["claims"]
                 for c in f["conflicts"] if c["kind"] == "label"]
    assert conflicts == []
