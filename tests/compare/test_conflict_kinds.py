"""The conflict kinds added in issue 12's status pass: a bill's passage dated by one
chamber, a bill's status decided or still expected by one named agent, a vote still
expected against a passage, and a person's age.

Each rule is tested with sentences that fire and sentences that must not (different
actions, different agents or chambers, different precision), run through the whole
``analyze_story`` so that the rules meet the parse they will meet in use.
"""

from __future__ import annotations

import pytest

from newsprism.compare.legislation import chamber_of, decided, passage_chamber
from newsprism.extract.nlp import load_nlp
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


def test_a_carried_vote_and_a_passage_of_one_chamber_on_two_days_is_a_date_conflict() -> None:
    report = compare_texts(
        "Obama tweaked House Republicans for passing a resolution on Tuesday reaffirming "
        "the national motto.",
        "On Wednesday, the House voted 396-9 on a bill that reaffirmed the national motto.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "date" and values_of(conflict) == {"Tuesday", "Wednesday"}
    assert conflict["about"] == "the day the House passed the bill"


@pytest.mark.parametrize("other", [
    "The Senate passed the bill on Thursday after a long debate.",  # another chamber
    "The Senate Judiciary Committee voted 10-8 to approve the bill on Thursday.",  # a committee
    "On Thursday, the House voted 150-260 on the bill, which failed.",  # the vote failed
    "The House debated the bill on Thursday for six hours.",  # another action
])  # fmt: skip
def test_passages_of_other_chambers_failed_votes_and_other_actions_are_no_conflict(
    other: str,
) -> None:
    report = compare_texts("The House passed the bill on Tuesday by a wide margin.", other)
    assert conflicts_of(report) == []


def test_a_veto_still_expected_against_a_decision_to_veto_is_a_status_conflict() -> None:
    report = compare_texts(
        "There is widespread speculation that Gov. Jan Brewer will veto the bill, but she "
        "has not said how she will act.",
        "Arizona Gov. Jan Brewer announced her decision to veto the legislation on Wednesday.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "status"
    assert values_of(conflict) == {"it is still expected", "it has been decided"}
    assert conflict["about"] == "whether “veto” has happened (Brewer)"


@pytest.mark.parametrize("other", [
    "Doug Ducey, a candidate for governor, would veto the bill, his aides said.",  # another agent
    "Two senators said they hoped Jan Brewer would veto the bill.",  # a wish
    "Jan Brewer will spend the next day pondering the bill before deciding whether to sign "
    "or veto the legislation.",  # an open question
    "It is not clear that the governor will veto the bill.",  # no named agent
])  # fmt: skip
def test_other_agents_wishes_and_open_questions_are_no_veto_conflict(other: str) -> None:
    report = compare_texts(
        "Arizona Gov. Jan Brewer announced her decision to veto the legislation on Wednesday.",
        other,
    )
    assert conflicts_of(report) == []


def test_a_vote_still_expected_against_the_same_chambers_passage_is_a_status_conflict() -> None:
    report = compare_texts(
        "The Senate voted to pass the spending bill on Tuesday, 68-31.",
        "The Senate is expected to vote on the spending bill later this week.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "status"
    assert values_of(conflict) == {"it has happened", "it is still expected"}


def test_a_vote_expected_in_one_chamber_after_a_passage_in_the_other_is_no_conflict() -> None:
    report = compare_texts(
        "The House voted to pass the spending bill on Tuesday, 230-190.",
        "The Senate is expected to vote on the spending bill later this week.",
    )
    assert conflicts_of(report) == []


@pytest.mark.parametrize(("age_a", "age_b", "conflicts"), [
    ("31", "35", 1),  # two ages of one person
    ("31", "32", 0),  # a birthday may fall between two reports
    ("31", "31", 0),
])  # fmt: skip
def test_a_person_given_two_ages_is_a_label_conflict(age_a: str, age_b: str,
                                                     conflicts: int) -> None:  # fmt: skip
    report = compare_texts(
        f"Elizabeth Lauten, {age_a}, resigned as communications director on Monday.",
        f"Elizabeth Lauten, {age_b}, wrote the post on her Facebook page.",
    )
    found = conflicts_of(report)
    assert len(found) == conflicts
    if found:
        assert found[0]["kind"] == "label" and found[0]["about"] == "the age of Elizabeth Lauten"
        assert values_of(found[0]) == {age_a, age_b}


@pytest.mark.parametrize(("sentence", "word", "chamber"), [
    ("The House passed the bill on Tuesday.", "passed", "house"),
    ("The House resolution passed Tuesday.", "passed", "house"),
    ("On Wednesday, the House voted 396-9 on a bill.", "voted", "house"),
    ("The House voted to approve the measure on Tuesday.", "approve", "house"),
    ("On Wednesday, the House voted 9-396 on a bill.", "voted", None),  # failed
    ("On Wednesday, the House voted on a bill.", "voted", None),  # no tally
    ("The Senate Judiciary Committee voted 10-8 to approve the bill.", "approve", None),
    ("The House passed a vote of thanks on Tuesday.", "passed", None),  # not a bill
    ("The Senate bill passed the House on Tuesday.", "passed", "house"),  # not its origin
])  # fmt: skip
def test_the_chamber_that_passed_a_bill(sentence: str, word: str, chamber: str | None) -> None:
    doc = load_nlp()(sentence)
    verb = next(t for t in doc if t.text == word)
    assert passage_chamber(verb) == chamber


def test_a_committee_is_not_its_chamber_and_members_name_theirs() -> None:
    doc = load_nlp()("House Republicans and the Senate Judiciary Committee met.")
    republicans = next(t for t in doc if t.text == "Republicans")
    committee = next(t for t in doc if t.text == "Committee")
    assert chamber_of(republicans) == "house" and chamber_of(committee) is None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Brewer announced her decision to veto the bill.", True),
    ("Brewer decided to veto the bill.", True),
    ("Brewer has not decided to veto the bill.", False),
    ("Brewer urged him to veto the bill.", False),
])  # fmt: skip
def test_a_decision_to_veto_is_decided(sentence: str, expected: bool) -> None:
    doc = load_nlp()(sentence)
    veto = next(t for t in doc if t.text == "veto")
    assert decided(veto) is expected


def test_two_shares_one_subject_states_of_different_measures_are_no_conflict() -> None:
    """NeuS-AllSides 2021: the IMF kept its global projection at 4.9% and cut its US
    forecast to 6% — one subject, two measures, listed as a conflict before."""
    report = compare_texts(
        "For next year, the IMF has kept its global growth projection at 4.9%.",
        "The IMF on Tuesday slashed its 2021 growth forecast for the United States by one "
        "full percentage point to 6%.",
    )
    assert conflicts_of(report) == []


def test_two_shares_of_one_measure_still_conflict() -> None:
    report = compare_texts(
        "The Labor Department said unemployment rose to 5.2 percent in May.",
        "The Labor Department said unemployment rose to 5.8 percent in May.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "number" and values_of(conflict) == {"5.2", "5.8"}


def test_a_figure_in_thousands_written_with_k_agrees_with_its_digits() -> None:
    """NeuS-AllSides 2021: "194K jobs" was read as 194 against "194,000 jobs"."""
    report = compare_texts(
        "US economy adds 194K jobs in September, missing estimates.",
        "Another disappointment: US economy adds only 194,000 jobs in September.",
    )
    assert conflicts_of(report) == []
