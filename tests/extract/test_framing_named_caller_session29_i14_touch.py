"""A past "what X called" with one named speaker is attribution, not the writer's
distance (session 29, i14-touch, extract/framing/named_caller.py). Real parses (spaCy);
BASIL 2010-2012's sentences and the hedge's own cases."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, named_caller


def _hedges(text: str) -> list[str]:
    return [h.span.text for h in frame_text(text, detector=False).hedges]


@pytest.mark.parametrize("text", [
    # BASIL 2010-2012 (NYT): the justice's word, reported as his
    "The key vote could belong to Justice Anthony Kennedy, who said he was troubled by what "
    "he called an inconsistency in the women's lawsuit.",
    # a singular noun as the caller: the ministry's statement
    "The army shelled what the ministry called a training camp on Tuesday.",
    "Mr. Santorum described what Mr. Obama called a plan for the middle class.",
])  # fmt: skip
def test_one_named_caller_in_the_past_is_no_hedge(text: str) -> None:
    assert _hedges(text) == []


@pytest.mark.parametrize(("text", "hedge"), [
    # the hedge's own case: a side's name the writer declines
    ("The governor signed what proponents call the religious freedom bill.",
     "what proponents call"),
    ("The bill is what critics call a giveaway to insurers.", "what critics call"),
    # an unnamed group, past or not
    ("Mr. Boehner delivered what aides called a wake-up call to his troops.",
     "what aides called"),
    # the present tense names a standing name, even with a named caller
    ("Israel built what it calls a security barrier.", "what it calls"),
])  # fmt: skip
def test_a_group_or_a_standing_name_keeps_the_hedge(text: str, hedge: str) -> None:
    assert _hedges(text) == [hedge]


def test_the_rule_is_what_removes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The judge rejected what he called a frivolous motion."
    assert _hedges(text) == []
    monkeypatch.setattr(named_caller, "_one_speaker", lambda caller: False)
    assert _hedges(text) == ["what he called"]
