"""Two conflict-rule changes of issue 12's fourth conflicts pass (docs/eval-compare.md,
"Conflicts on 10 fresh triplets"):

- a count under a verb of expecting or planning is a prospect, and a prospect is never
  set against a stated count (the two false conflicts met on fresh NeuS-AllSides stories:
  266,000 jobs added vs nearly 1 million forecast; 4 million doses shared vs 60 million
  planned);
- a subject "he" / "she" is the person its sentence names as the subject of the clause
  above it ("Smith said he resigned on Monday"), so that its act can be dated or denied;
  never when another person is named before it or the name's gender differs.

Each through the whole ``analyze_story`` on real parses.
"""

from __future__ import annotations

import pytest

from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


def test_a_forecast_count_is_no_conflict_with_the_count_that_came() -> None:
    """NeuS-AllSides 2021 (row 457): listed as a number conflict before."""
    report = compare_texts(
        "The US economy added only 266,000 jobs in April, the Labor Department said.",
        "Forecasters had anticipated that the economy would add nearly 1 million jobs in "
        "April.",
    )
    assert conflicts_of(report) == []


def test_a_planned_count_is_no_conflict_with_an_earlier_one() -> None:
    """NeuS-AllSides 2021 (row 493): listed as a number conflict before."""
    report = compare_texts(
        "The move greatly expands on the administration's action last month to share about "
        "4 million doses of the vaccine with Mexico and Canada.",
        "The United States government is planning to give 60 million doses of the vaccine "
        "to countries around the world.",
    )
    assert conflicts_of(report) == []


def test_two_forecasts_of_one_count_still_conflict() -> None:
    report = compare_texts(
        "Forecasters had anticipated that the economy would add 900,000 jobs in April.",
        "Forecasters had anticipated that the economy would add 500,000 jobs in April.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "number" and values_of(conflict) == {"900,000", "500,000"}


def test_a_plain_will_is_no_prospect() -> None:
    """A plan's content stated with "will" is the plan's count (the 19 / "nearly two
    dozen" executive actions of gold/conflicts-basil stay a conflict)."""
    report = compare_texts(
        "President Obama will embrace a plan that will lay out 19 separate actions the "
        "president could take.",
        "President Obama signed nearly two-dozen executive actions on Wednesday.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "number"
    assert values_of(conflict) == {"19", "nearly two-dozen"}


def test_he_after_a_named_subject_dates_that_persons_act() -> None:
    report = compare_texts(
        "Senator Tom Smith told reporters that he resigned from the committee on Monday.",
        "Senator Tom Smith resigned from the committee on Tuesday.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "date" and values_of(conflict) == {"Monday", "Tuesday"}
    assert "Smith" in conflict["about"]


@pytest.mark.parametrize(("first", "second"), [
    # another person named before the pronoun: it may be either
    ("Senator Tom Smith said Senator Bill Jones told him he resigned from the committee on "
     "Monday.", "Senator Tom Smith resigned from the committee on Tuesday."),
    # the name says she, the pronoun says he
    ("Senator Mary Smith told reporters that he resigned from the committee on Monday.",
     "Senator Mary Smith resigned from the committee on Tuesday."),
    # the nearest subject above is a role noun, not a name
    ("The senator told reporters that he resigned from the committee on Monday.",
     "Senator Tom Smith resigned from the committee on Tuesday."),
])  # fmt: skip
def test_he_is_nobody_when_its_person_is_in_doubt(first: str, second: str) -> None:
    report = compare_texts(first, second)
    assert [c for c in conflicts_of(report) if c["kind"] == "date"] == []


def test_she_denies_her_own_act() -> None:
    report = compare_texts(
        "Mary Smith told reporters on Friday that she has not apologized for the remarks.",
        "Mary Smith apologized for the remarks on Friday.",
    )
    assert [c["kind"] for c in conflicts_of(report)] == ["negation"]


def test_a_count_in_another_role_of_a_planning_verb_is_still_a_count() -> None:
    """ "prepared by a 12-person task force": "prepare" is a verb of the list, but the
    count is its agent, not a prospect (68748e7f was marked so by a first version)."""
    report = compare_texts(
        "The report was prepared by a 12-person task force led by Asa Hutchinson.",
        "The report was prepared by a 15-person task force led by Asa Hutchinson.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "number" and values_of(conflict) == {"12", "15"}
