"""Two reports' leads on one event join as a shared fact when the pair model scores them
just under its bar and the story says more (compare/lead_pairs.py, session 24): the
titles echo each other, the leads name one story entity, and no number, day, negation,
modality, mood, denial or speaker differs.

Real reports: BASIL 6f95dcb9 (Glenn Beck's CPAC speech, 2010; a dev story of
gold/compare-basil-train, whose gold holds the Fox and NYT leads as one fact), each
with its title and first paragraphs as published. The pair model scores the Fox and
NYT leads 0.18, under its threshold; the rule joins them and says so in ``lead_pairs``.
The rule is off by default (measured, not kept: docs/compare.md); these tests switch it
on, and check that off, the default output is the model's alone. Since session 25 the
``event_day`` link joins these two leads by itself (one noun, "progressivism", dated by
"Saturday" in both: tests/compare/test_event_day_session25_i12_recall4.py), so the rule
is tested here with that link out of the model.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from newsprism.compare import lead_pairs
from newsprism.compare.lead_pairs import title_echo
from newsprism.compare.same_fact import MODEL_ENV, MODEL_FILE, load_same_fact_model
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article

FOX = ("Glenn Beck Rips Progressivism at CPAC",
       "Fox News host Glenn Beck, armed with his trademark chalkboard, blamed "
       "\"progressivism\" for America's problems Saturday in his keynote speech that brought "
       "the annual Conservative Political Action Conference to a close.\n\n"
       "The chalkboard, a prop that he uses frequently on his top-rated show, brought the "
       "audience to its feet. Beck wrote \"Progressivism\" on it to underscore his belief in "
       "what America is suffering from.")
NYT = ("Beck Wows the CPAC Crowd",
       "Glenn Beck, the hero of the political right and the closing speaker of a three-day "
       "conservative conference, ripped the roof off a Washington hotel Saturday with a "
       "sweeping denunciation of progressivism.\n\n"
       "Progressivism, he told the Conservative Political Action Conference, is a cancer "
       "that must be cut out of the system.")
FOX_LEAD = "Fox News host Glenn Beck, armed with his trademark chalkboard"
NYT_LEAD = "Glenn Beck, the hero of the political right"


def _story(*reports: tuple[str, str]) -> dict:
    outlets = ["Fox News", "New York Times"]
    articles = [gold_article(f"leadpairs:{n}", text, title=title, outlet=outlets[n])
                for n, (title, text) in enumerate(reports)]  # fmt: skip
    return analyze_story(articles).as_dict()


def _lead_fact(output: dict) -> dict | None:
    """The shared fact holding both leads, if any."""
    for fact in output["claims"]:
        sentences = [e["sentence"] for e in fact["evidence"]]
        if (fact["status"] in ("shared", "partly_shared")
                and any(s.startswith(FOX_LEAD) for s in sentences)
                and any(s.startswith(NYT_LEAD) for s in sentences)):
            return fact
    return None


@pytest.fixture(autouse=True)
def without_the_day_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The packaged model with ``event_day`` out of its links (the session-24 setting)."""
    data = json.loads(resources.files("newsprism").joinpath(*MODEL_FILE).read_text("utf-8"))
    data["links"] = [link for link in data["links"] if link != "event_day"]
    path = tmp_path / "same-fact.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(MODEL_ENV, str(path))
    load_same_fact_model.cache_clear()
    yield
    monkeypatch.delenv(MODEL_ENV)
    load_same_fact_model.cache_clear()


@pytest.fixture
def rule_on() -> Iterator[None]:
    lead_pairs.LEAD_PAIRS = True
    yield
    lead_pairs.LEAD_PAIRS = False


def test_two_leads_of_one_event_are_one_shared_fact_marked_as_leads(rule_on: None) -> None:
    fact = _lead_fact(_story(FOX, NYT))
    assert fact is not None
    by_claim = {e["claim_id"]: e for e in fact["evidence"]}
    assert len(fact["lead_pairs"]) == 1
    pair = fact["lead_pairs"][0]
    assert {by_claim[c]["sentence_index"] for c in pair} == {0}
    assert len({by_claim[c]["article_id"] for c in pair}) == 2


def test_by_default_the_model_alone_leaves_the_leads_apart() -> None:
    output = _story(FOX, NYT)
    assert _lead_fact(output) is None
    assert not any("lead_pairs" in fact for fact in output["claims"])


def test_titles_that_do_not_echo_keep_the_leads_apart(rule_on: None) -> None:
    # the same leads under titles that share no word: no evidence beyond the pair
    output = _story(("Glenn Beck Rips Progressivism at CPAC", FOX[1]),
                    ("Weekend in Washington", NYT[1]))
    assert _lead_fact(output) is None


def test_a_changed_day_keeps_the_leads_apart(rule_on: None) -> None:
    # the same leads, one on another day: a date clash is a gate
    output = _story(FOX, (NYT[0], NYT[1].replace("Saturday", "Friday")))
    assert _lead_fact(output) is None


def test_title_echo_is_the_shorter_titles_share() -> None:
    assert title_echo(FOX[0], NYT[0]) == pytest.approx(2 / 4)
    assert title_echo(FOX[0], "Weekend in Washington") == 0.0
