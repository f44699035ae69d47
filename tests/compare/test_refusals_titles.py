"""Conflicts of an act done vs refused (compare/refusals.py) and of a title of one office
held plain vs ranked below it (compare/titles.py).

Each rule meets the real parse through the whole ``analyze_story``: sentences that must
clash, and sentences that must not (a sequence told by one article, another object,
another person, another office).
"""

from __future__ import annotations

import pytest

from newsprism.compare.titles import title_after, titles_clash
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of

DONE = ("Democratic US Senator Sheldon Whitehouse has apologised for – but has not left – "
        "an elite private beach club that refuses to accept anyone who is not white.")
REFUSED = ("Sen. Sheldon Whitehouse last week refused to apologize for his family's membership "
           "in a reportedly all-White beach club in his home state of Rhode Island.")


def test_an_apology_done_and_refused_by_one_person_is_a_conflict() -> None:
    [conflict] = conflicts_of(compare_texts(DONE, REFUSED))
    assert conflict["kind"] == "negation"
    assert values_of(conflict) == {"it happened", "it was refused"}
    assert "Whitehouse" in conflict["about"]


@pytest.mark.parametrize("done", [
    "Sheldon Whitehouse has not apologized for his membership in the beach club.",
    "Sheldon Whitehouse declined to apologize for his membership in the beach club.",
])  # fmt: skip
def test_not_done_and_declined_clash_with_done(done: str) -> None:
    found = conflicts_of(compare_texts(
        "Sheldon Whitehouse apologized on camera for his membership in the beach club.", done))
    assert [c["kind"] for c in found] == ["negation"]


def test_one_article_telling_a_refusal_then_an_apology_is_no_conflict() -> None:
    sequence = ("Sheldon Whitehouse refused to apologize for his membership in the beach club. "
                "Days after the interview, Whitehouse apologized for his membership in the club.")
    assert conflicts_of(compare_texts(sequence, REFUSED)) == []
    assert conflicts_of(compare_texts(DONE, sequence)) == []


def test_a_refusal_marked_as_earlier_is_no_conflict() -> None:
    earlier = ("Sheldon Whitehouse initially refused to apologize for his membership in the "
               "beach club.")
    assert conflicts_of(compare_texts(DONE, earlier)) == []


def test_an_apology_for_another_object_is_no_conflict() -> None:
    other = ("Sheldon Whitehouse refused to apologize for his remarks about the Supreme "
             "Court nominee.")
    assert conflicts_of(compare_texts(DONE, other)) == []


def test_an_apology_of_another_person_or_an_unnamed_one_is_no_conflict() -> None:
    other = "Sen. Jack Reed refused to apologize for his membership in the beach club."
    unnamed = "The senator refused to apologize for his membership in the beach club."
    assert conflicts_of(compare_texts(DONE, other)) == []
    assert conflicts_of(compare_texts(DONE, unnamed)) == []


def test_a_call_to_apologize_is_no_status() -> None:
    call = "Critics urged Sheldon Whitehouse to apologize for his membership in the beach club."
    assert conflicts_of(compare_texts(DONE, call)) == []


ASSISTANT = ("Raide Jadallah, the assistant chief of operations for Miami-Dade Fire Rescue, "
             "said that 55 of the units collapsed.")
CHIEF = ("Rescue authorities found the northeast section had collapsed, said Ray Jadallah, "
         "chief of operations at Miami-Dade Fire Rescue.")


def test_assistant_chief_and_chief_of_one_person_is_a_label_conflict() -> None:
    [conflict] = conflicts_of(compare_texts(ASSISTANT, CHIEF))
    assert conflict["kind"] == "label" and conflict["about"] == "the title of Ray Jadallah"
    assert values_of(conflict) == {"the assistant chief of operations", "chief of operations"}


def test_the_same_title_of_two_people_is_no_conflict() -> None:
    other = ("Rescue authorities found the northeast section had collapsed, said Alan Cominsky, "
             "chief of operations at Miami-Dade Fire Rescue.")
    assert conflicts_of(compare_texts(ASSISTANT, other)) == []


@pytest.mark.parametrize(("a", "b", "clash"), [
    ("Jo Roe, the assistant chief of operations, said", "Jo Roe, chief of operations, said", True),
    ("Jo Roe, the former chief of staff, said", "Jo Roe, the chief of staff, said", False),
    ("Jo Roe, the deputy director, said", "Jo Roe, the acting deputy director, said", False),
    ("Jo Roe, chief of staff, said", "Jo Roe, a spokeswoman, said", False),  # two offices
    ("Jo Roe, director for the FBI, said", "Jo Roe, deputy director for NASA, said", False),
    ("Jo Roe, the then-director, said", "Jo Roe, the director, said", False),
    ("Jo Roe, then the deputy director, said", "Jo Roe, the director, said", False),
])  # fmt: skip
def test_titles_clash_only_for_one_office(a: str, b: str, clash: bool) -> None:
    ta, tb = title_after(a, a.index(",")), title_after(b, b.index(","))
    assert (ta is not None and tb is not None and titles_clash(ta, tb)) is clash


def test_acts_of_articles_published_days_apart_are_no_conflict() -> None:
    from newsprism.compare.conflicts import _days_apart

    assert _days_apart("2021-06-14T10:00:00Z", "2021-06-21") == 7
    assert _days_apart("2021-06-21T10:00:00Z", "2021-06-22T01:00:00Z") == 1
    assert _days_apart(None, "2021-06-21") == 0
