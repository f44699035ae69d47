"""A summary line whose subject is "other", "another" or "similar" to a thing it does not
name leans on the sentence before (session 30, i12-read37: Newsweek's "Other videos
depict similar protests across the nation.", NeuS raw row 192, was a line alone); and a
capital "As", "While", "Whereas" opening a sentence stays on the shown line ("As a
gateway for trade, …" was shown as "A gateway for trade, …"). Real parses."""

from __future__ import annotations

import pytest

from newsprism.compare.line_edges import readable_line as _readable
from newsprism.compare.readable import unusable_reasons
from newsprism.models import Claim


@pytest.mark.parametrize("text", [
    "Other pilots reported the same fault over the Alps.",
    "Another ship ran aground near the harbour on Tuesday.",
    "Similar fires broke out in two suburbs overnight.",
])
def test_a_subject_compared_with_a_thing_not_named_points_back(text: str) -> None:
    assert "pronoun" in unusable_reasons(text, [])


@pytest.mark.parametrize("text", [
    "The other finalist, Maria Lopez, took the silver medal.",  # named in apposition
    "Fires similar to the 2018 blaze broke out in two suburbs.",  # says similar to what
    "Pilots from other airlines reported the same fault.",  # "other" not on the subject
    "Rangers said another ship ran aground near the harbour.",  # not the main subject
])
def test_a_subject_that_says_what_it_is_compared_with_reads_alone(text: str) -> None:
    assert "pronoun" not in unusable_reasons(text, [])


@pytest.mark.parametrize(("text", "shown"), [
    ("As a port for grain, the town grew rich in the 1800s.",
     "As a port for grain, the town grew rich in the 1800s."),
    ("While the rain eased, the river kept rising.",
     "While the rain eased, the river kept rising."),
    ("Whereas the first test failed, the second passed.",
     "Whereas the first test failed, the second passed."),
    ("But the river kept rising.", "The river kept rising."),  # a connective: dropped
    ("and the river kept rising", "The river kept rising."),
])
def test_a_capital_subordinator_stays_a_connective_goes(text: str, shown: str) -> None:
    claim = Claim("A:c0", "A", 0, text, start=0, end=len(text))
    assert _readable(claim, []) == shown


def test_a_subject_compared_with_what_the_line_names_before_it_reads_alone() -> None:
    text = ("While some towns, such as Leeds and York, closed their pools, other councils "
            "kept them open all summer.")
    assert "pronoun" not in unusable_reasons(text, [])


@pytest.mark.parametrize("text", [
    "While she may have doubted the plan at first, she now backs it fully.",
    "As they waited for the ferry, they counted the cars.",
])
def test_a_pronoun_right_after_a_kept_subordinator_still_opens_the_line(text: str) -> None:
    assert "pronoun" in unusable_reasons(text, [])
