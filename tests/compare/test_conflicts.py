"""Conflicts and unique facts on real news sentences: each defect reported in issue 12.

Every story here is run through the whole ``analyze_story`` (spaCy, entities, claims,
alignment), so a rule is tested on the parse it will meet, not on hand-built frames.
"""

from __future__ import annotations

import pytest

from newsprism.compare.person_labels import state_code
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


def test_charged_against_no_charges_filed_is_a_negation_conflict() -> None:
    report = compare_texts(
        "Rep. George Santos was charged with five federal crimes on Tuesday, prosecutors "
        "said. He pleaded not guilty in a Long Island courtroom.",
        "No formal charges have been filed yet against Rep. George Santos, according to "
        "two people familiar with the investigation. Santos has denied wrongdoing.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "negation"
    assert {s["sentence"][:18] for s in conflict["sides"]} == {"Rep. George Santos",
                                                               "No formal charges "}
    [line] = [line for line in report["summary"] if line["status"] == "conflict"]
    assert line["text"].startswith("Accounts differ on whether")
    assert len(line["article_ids"]) == 2 and len(line["claim_ids"]) == 2


def test_expected_indictment_against_secret_indictment_is_a_status_conflict() -> None:
    report = compare_texts(
        "Representative Michael Grimm was expected to be indicted on federal fraud charges "
        "after a lengthy corruption investigation, people with knowledge of the case said.",
        "The Washington Post now reports that Grimm has already been secretly indicted by "
        "a federal grand jury in Brooklyn.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "status"
    assert values_of(conflict) == {"it is still expected", "it has happened"}


def test_one_senator_given_two_parties_is_a_label_conflict_and_state_spellings_agree() -> None:
    report = compare_texts(
        "Sen. Chris Murphy (R-CT) said the bill would not pass the Senate this year.",
        "Sen. Chris Murphy (D-Conn.) said Congress must act on gun safety before August.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "label" and conflict["about"] == "the party of Chris Murphy"
    assert values_of(conflict) == {"(R-CT)", "(D-Conn.)"}


def test_same_party_and_state_in_two_spellings_is_no_conflict() -> None:
    report = compare_texts(
        "Sen. Chris Murphy (D-CT) said the bill would not pass the Senate this year.",
        "Sen. Chris Murphy (D-Conn.) said Congress must act on gun safety before August.",
    )
    assert conflicts_of(report) == []


@pytest.mark.parametrize(("code", "spellings"), [
    ("CT", ["CT", "Conn.", "Connecticut"]), ("NY", ["N.Y.", "New York", "NY"]),
    ("WV", ["W.Va.", "West Virginia"]),
])  # fmt: skip
def test_state_spellings_fold_to_one_code(code: str, spellings: list[str]) -> None:
    assert {state_code(s) for s in spellings} == {code}


def test_page_counts_of_one_indictment_conflict_at_their_precision() -> None:
    report = compare_texts(
        "Prosecutors unsealed a 48-page indictment against Santos on Tuesday. The "
        "government has turned over 50,000 pages of documents to the defense.",
        "The 47-page indictment against Santos was unsealed in federal court in Central "
        "Islip. The government has turned over 55,000 pages of documents to the defense.",
    )
    numbers = sorted(tuple(sorted(values_of(c))) for c in conflicts_of(report)
                     if c["kind"] == "number")  # fmt: skip
    assert numbers == [("47", "48"), ("50,000", "55,000")]


def test_about_and_more_than_the_same_figure_do_not_conflict() -> None:
    report = compare_texts(
        "The government has turned over about 50,000 pages of documents to the defense.",
        "The government has turned over more than 50,000 pages of documents to the defense.",
    )
    assert conflicts_of(report) == []


def test_two_weekdays_on_two_different_actions_are_no_conflict() -> None:
    report = compare_texts(
        "President Biden urged changes to the measure on Wednesday, aides said.",
        "President Biden signed the bill on Thursday at the White House.",
    )
    assert conflicts_of(report) == []


def test_one_action_dated_on_two_days_is_one_conflict_listed_once() -> None:
    report = compare_texts(
        "President Biden signed the bill on Thursday at the White House. Biden signed the "
        "bill on Thursday after a week of talks.",
        "President Biden signed the bill on Wednesday at the White House.",
    )
    [conflict] = conflicts_of(report)
    assert conflict["kind"] == "date" and values_of(conflict) == {"Thursday", "Wednesday"}


def test_poll_figures_of_different_candidates_are_no_conflict() -> None:
    report = compare_texts(
        "In the poll, Mitt Romney leads with 21 percent of Republican primary voters, "
        "followed by Donald Trump with 17 percent and Mike Huckabee with 17 percent.",
        "Trump finishes first among Tea Party supporters at 20 percent, followed by Romney "
        "at 17 percent and Huckabee at 14 percent.",
    )
    assert conflicts_of(report) == []


def test_a_sentence_another_outlet_states_in_other_words_is_not_unique() -> None:
    report = compare_texts(
        "The Senate approved the sanctions package on Thursday. The final tally was 97-1.",
        "The Senate approved new sanctions against Russia in a 97-1 vote on Thursday.",
    )
    tally = [f for f in report["claims"]
             if any(e["sentence"].startswith("The final tally") for e in f["evidence"])]
    # the same-fact model links the two by their shared tally ("97-1", docs/compare.md):
    # shared; were it not, the unique check would make it possibly_shared. Never unique.
    assert tally and all(f["status"] in ("shared", "possibly_shared") for f in tally)
    other = [e["sentence"] for f in tally for e in f["evidence"] + f.get("near", [])
             if e["article_id"] != tally[0]["evidence"][0]["article_id"]]
    assert any(s.startswith("The Senate approved new sanctions") for s in other)


def test_three_outlets_on_one_day_disagreement_give_one_conflict_with_every_side() -> None:
    """BASIL 2153fb3e (session 19): the NYT and Fox date the House vote Tuesday, HuffPost
    Wednesday (here: a signing); found pair by pair, that was two conflicts, two facts
    and two summary lines for one disagreement."""
    report = compare_texts(
        "President Biden signed the bill on Tuesday at the White House.",
        "President Biden signed the bill on Tuesday after a week of talks.",
        "President Biden signed the bill on Wednesday at the White House.",
    )
    [conflict] = conflicts_of(report)
    assert [s["value"] for s in conflict["sides"]] == ["Tuesday", "Tuesday", "Wednesday"]
    assert len({s["article_id"] for s in conflict["sides"]}) == 3
    [line] = [s for s in report["summary"] if s["status"] == "conflict"]
    assert line["text"].endswith("Fox News and New York Times say Tuesday, HuffPost says "
                                 "Wednesday.")  # fmt: skip
