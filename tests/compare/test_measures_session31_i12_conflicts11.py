"""A measure stated as put in place and as still to come (session 31,
compare/measures.py).

The stories run through the whole ``analyze_story``; their sentences are written for
these tests in the shape of a regulator's or a city's notice, not copied from the gold
story (gold/conflicts-neus2, row 265).
"""

from __future__ import annotations

import pytest

from newsprism.compare.frames import Status, _polarity
from newsprism.compare.measures import measure_statuses
from newsprism.extract.nlp import load_nlp
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _states(nlp, sentence: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    return [(s.status, s.patient) for s in
            measure_statuses(doc, lambda t: True, _polarity, Status,
                             lambda t: t.lower_ if t.pos_ == "PROPN" else None)]  # fmt: skip


@pytest.mark.parametrize(("sentence", "states"), [
    ("Health Canada on Tuesday added a warning to the insert of the allergy drug.",
     [("done", "warning")]),
    ("The allergy drug will soon carry a new warning from Health Canada.",
     [("expected", "warning")]),
    ("Health Canada revised the label of the allergy drug to warn of liver damage.",
     [("done", "warning")]),
    ("The mayor is expected to impose a curfew on the old town.", [("expected", "curfew")]),
    ("A curfew was imposed on the old town by the mayor on Friday.", [("done", "curfew")]),
    ("The mayor has not issued a mandate for masks.", [("not", "mandate")]),
    ("The allergy drug has carried a warning since 2009.", []),  # a standing warning
    ("Doctors urged the agency to add a warning.", []),  # a call is no status
    ("The agency imposed sanctions on the exporter.", []),  # rounds: not read
    ("Health Canada revised the label of the allergy drug.", []),  # no warning said
])  # fmt: skip
def test_a_measure_put_in_place_or_still_to_come(nlp, sentence: str,  # type: ignore[no-untyped-def]
                                                 states: list[tuple[str, str]]) -> None:
    assert _states(nlp, sentence) == states


def test_a_warning_added_against_one_still_to_come_is_one_status_conflict() -> None:
    report = compare_texts(
        "Health Canada on Thursday added a warning to the packaging of the sleeping pill "
        "Zolvane about a rare risk of sleepwalking in older patients.",
        "The sleeping pill Zolvane will soon have a new warning from Health Canada after "
        "it was linked to rare sleepwalking in older patients, officials said Thursday.",
        prefix="warning",
    )
    [conflict] = [c for c in conflicts_of(report) if c["kind"] == "status"]
    assert values_of(conflict) == {"it has happened", "it is still expected"}
    assert conflict["about"] == "whether the warning is in place"


def test_two_authorities_measures_are_no_conflict() -> None:
    report = compare_texts(
        "Mayor Olsen on Friday imposed a curfew on the harbour district after two nights "
        "of rioting.",
        "Governor Brandt is expected to impose a curfew on the harbour district after two "
        "nights of rioting.",
        prefix="two-authorities",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "status"] == []


def test_two_measures_of_one_story_that_share_no_topic_are_no_conflict() -> None:
    report = compare_texts(
        "The regulator on Monday added a warning to the leaflet of a popular acne cream.",
        "Separately, school boards will soon get a new mandate from lawmakers requiring "
        "longer recess periods for pupils.",
        prefix="two-measures",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "status"] == []


@pytest.mark.parametrize(("sentence", "agent"), [
    ("The U.S. Consumer Product Safety Commission added a warning to the heaters.", "cpsc"),
    ("The CPSC added a warning to the space heaters on Friday.", "cpsc"),
    ("The heaters will soon get a new warning from the Consumer Product Safety Commission.",
     "cpsc"),
    ("The Federal Aviation Administration added a warning to the heaters.", "faa"),
])  # fmt: skip
def test_an_organisation_is_keyed_by_its_initials(nlp, sentence: str,  # type: ignore[no-untyped-def]
                                                  agent: str) -> None:
    doc = nlp(sentence)
    [status] = measure_statuses(doc, lambda t: True, _polarity, Status, lambda t: t.lower_)
    assert status.agent == agent


def test_two_administrations_warnings_are_no_conflict() -> None:
    report = compare_texts(
        "The Federal Aviation Administration on Friday added a warning about lithium "
        "batteries in checked luggage on passenger flights.",
        "Passenger flights will soon carry a new warning from the Transportation Security "
        "Administration about lithium batteries in checked luggage.",
        prefix="two-administrations",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "status"] == []
