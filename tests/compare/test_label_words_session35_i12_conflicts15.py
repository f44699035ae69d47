"""Two label forms the label check now reads (issue 12, session 35): a party in
apposition with no state (compare/party_appositions.py) and an age written
"N-year-old" beside the name (compare/age_words.py). The readers alone, and the label
conflict end to end, in words unlike the gold's."""

from __future__ import annotations

import pytest

from newsprism.compare.age_words import age_next_to
from newsprism.compare.party_appositions import party_apposition
from tests.compare.conflict_helpers import compare_texts, conflicts_of


def _after(text: str, name: str) -> tuple[str, str] | None:
    return party_apposition(text, text.index(name) + len(name))


@pytest.mark.parametrize(("text", "party"), [
    ("Gov. Dale Brandt, a Democrat, vetoed the measure.", "Democrat"),
    ("Gov. Dale Brandt, a Republican who faces reelection, vetoed the measure.", "Republican"),
    ("Dale Brandt, the Republican nominee, toured the plant.", "Republican"),
    ("Dale Brandt, a GOP senator, toured the plant.", "Republican"),
    ("Dale Brandt, the Democratic leader, toured the plant.", "Democrat"),
])  # fmt: skip
def test_a_party_in_apposition(text: str, party: str) -> None:
    found = _after(text, "Dale Brandt")
    assert found is not None and found[0] == party


@pytest.mark.parametrize("text", [
    "Dale Brandt, a Republican strategist, toured the plant.",  # a hire, not a member
    "Dale Brandt, a GOP donor, toured the plant.",
    "Dale Brandt, a former Republican, toured the plant.",  # a past party
    "Dale Brandt, a Republican-turned-independent, toured the plant.",
    "Dale Brandt, a Democrat turned Republican, toured the plant.",
    "Dale Brandt, a republican at heart, toured the plant.",
    "Dale Brandt toured the plant, a Democratic stronghold.",
])  # fmt: skip
def test_not_a_party_of_the_person(text: str) -> None:
    assert _after(text, "Dale Brandt") is None


@pytest.mark.parametrize(("text", "age"), [
    ("Police detained 29-year-old Ines Ferro near the harbour.", "29"),
    ("Ines Ferro, a 29-year-old nurse, was detained near the harbour.", "29"),
    ("Ines Ferro, a 29 year old nurse, was detained near the harbour.", "29"),
    # not hers: words between, a possessive, an age inside the apposition
    ("A 17-year-old boy told Ines Ferro about the harbour.", None),
    ("The 29-year-old's sister Ines Ferro was detained.", None),
    ("Ines Ferro, the mother of a 3-year-old, was detained.", None),
])  # fmt: skip
def test_an_age_beside_the_name(text: str, age: str | None) -> None:
    start = text.index("Ines Ferro")
    found = age_next_to(text, start, start + len("Ines Ferro"))
    assert (found[0] if found else None) == age


def _labels(first: str, second: str) -> list[tuple[str, set[str]]]:
    found = conflicts_of(compare_texts(first, second))
    return [(c["about"], {s["value"] for s in c["sides"]}) for c in found if c["kind"] == "label"]


def test_party_apposition_against_a_tag() -> None:
    [(about, values)] = _labels(
        "Rep. Mona Vick (R-Iowa) questioned the farm subsidy on Tuesday.",
        "Rep. Mona Vick, a Democrat, questioned the farm subsidy on Tuesday.")
    assert "party" in about and values == {"(R-Iowa)", "a Democrat"}


def test_age_compound_against_an_apposition() -> None:
    [(about, values)] = _labels("Firefighters rescued 52-year-old Ivan Petrov from the lake.",
                                "Firefighters rescued Ivan Petrov, 48, from the lake.")
    assert "age" in about and values == {"52-year-old", "48"}


@pytest.mark.parametrize(("first", "second"), [
    # one party, two forms; ages a year apart (a birthday between two reports)
    ("Rep. Mona Vick (D-Iowa) questioned the farm subsidy on Tuesday.",
     "Rep. Mona Vick, a Democrat, questioned the farm subsidy on Tuesday."),
    ("Firefighters rescued 52-year-old Ivan Petrov from the lake.",
     "Firefighters rescued Ivan Petrov, 51, from the lake."),
])  # fmt: skip
def test_one_label_two_forms_is_no_conflict(first: str, second: str) -> None:
    assert _labels(first, second) == []
