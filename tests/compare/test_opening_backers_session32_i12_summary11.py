"""An opening line is cited to another outlet whose lead states its core event: the same
subject, act (the same verb, else the pair model at the opening floor), thing acted on,
stance, day and figures (session 32, compare/opening_event.py and
compare/opening_backers.py; NeuS r272, r307, r369: other outlets' leads scored
0.00-0.48 by the pair model, under the citation bar)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import opening_backers
from newsprism.compare.align import AlignedClaim
from newsprism.compare.opening_event import CoreEvent, core_event, same_event
from newsprism.compare.story import _backing
from newsprism.compare.summary import summarize
from newsprism.models import Claim
from tests.compare.conflict_helpers import text_article

LINE = ("The Dunmore city council on Tuesday approved a $40 million plan to rebuild "
        "the harbour wall, ending a decade of delays.")
SAME_VERB = "Dunmore's city council approved a $40 million harbour wall plan on Tuesday."
OTHER_VERB = ("The Dunmore city council on Tuesday backed spending $40 million to rebuild "
              "its crumbling harbour wall.")


def _event(text: str) -> CoreEvent:
    event = core_event(text)
    assert event is not None, text
    return event


def test_the_same_act_by_the_same_subject_on_the_same_day() -> None:
    assert same_event(_event(LINE), _event(SAME_VERB), same_act=False)


def test_another_verb_needs_the_models_word() -> None:
    assert not same_event(_event(LINE), _event(OTHER_VERB), same_act=False)
    assert same_event(_event(LINE), _event(OTHER_VERB), same_act=True)


@pytest.mark.parametrize("other", [
    "The Dunmore city council on Wednesday approved a $40 million plan for the harbour wall.",
    "The Dunmore city council on Tuesday approved a $25 million plan for the harbour wall.",
    "The Dunmore city council on Tuesday rejected a $40 million plan for the harbour wall.",
    "The Dunmore city council will approve a $40 million harbour wall plan on Tuesday.",
    "The Kelby city council on Tuesday approved a $40 million plan for the harbour wall.",
    "Dunmore's mayor on Tuesday approved a $40 million plan for the harbour wall.",
])  # fmt: skip
def test_another_day_figure_stance_or_subject_is_another_event(other: str) -> None:
    """A day, a figure, a verb or its stance, or a subject that differs: not cited,
    however close the words ("rejected" is another act even where the model says one)."""
    same_act = "rejected" not in other
    assert not same_event(_event(LINE), _event(other), same_act=same_act)


def test_a_line_of_two_acts_is_not_read() -> None:
    """The other lead states the first act only: the line would be cited for both."""
    two = ("The Dunmore city council approved a $40 million harbour wall plan on Tuesday "
           "and the port authority said it would sue.")
    assert not same_event(_event(two), _event(SAME_VERB), same_act=True)


def test_no_core_event_without_a_named_subject_or_with_a_verb_of_being() -> None:
    assert core_event("They approved a $40 million plan on Tuesday.") is None
    assert core_event("The harbour wall is old and crumbling.") is None


def test_a_reported_act_needs_the_same_speaker() -> None:
    said = "Mayor Ruth Oyelaran said on Tuesday that the council will approve the plan."
    other = "Councillor Femi Adeyemi said on Tuesday that the council will approve the plan."
    assert same_event(_event(said), _event(said), same_act=False)
    assert not same_event(_event(said), _event(other), same_act=False)


def _summary(texts: dict[str, str], p: float) -> list[dict]:
    """One shared fact of every outlet's lead (under the citation bar), pair model ``p``."""
    claims = [Claim(id=f"{x}:c0", article_id=x, sentence_index=0, text=t, start=0,
                    end=len(t)) for x, t in texts.items()]  # fmt: skip
    articles = [text_article(c.article_id, c.text) for c in claims]
    facts = [AlignedClaim(id="F1", status="shared", claims=claims)]
    n = len(claims)
    probability = np.full((n, n), p) + np.eye(n) * (1 - p)
    return summarize(articles, facts, backs=_backing(claims, probability, 0.5),
                     near=_backing(claims, probability, opening_backers.OPENING_FLOOR))


def _cited(lines: list[dict], text: str) -> list[str]:
    return next(line["article_ids"] for line in lines if line["text"] == text)


def test_the_opening_line_is_cited_to_a_lead_that_states_its_event() -> None:
    lines = _summary({"a": LINE, "b": OTHER_VERB}, p=0.3)
    assert _cited(lines, LINE) == ["a", "b"]


def test_under_the_opening_floor_another_verb_is_not_cited() -> None:
    lines = _summary({"a": LINE, "b": OTHER_VERB}, p=opening_backers.OPENING_FLOOR - 0.05)
    assert _cited(lines, LINE) == ["a"]


def test_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening_backers, "OPENING_BACKERS_RULE", False)
    assert _cited(_summary({"a": LINE, "b": OTHER_VERB}, p=0.3), LINE) == ["a"]


def test_a_fraction_is_no_figure() -> None:
    """"one-quarter the size" is a share, not a "1" the other lead must write (r501)."""
    text = "The Dunmore city council on Tuesday approved a $40 million plan one-quarter the size."
    assert _event(text).figures == {"40"}
