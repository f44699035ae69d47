"""Whose word a flag is, session 25 second pass (i14-fixes26): sentences written for the
test, parsed by the shared pipeline; the static detector flags "disgraceful" (the owner
does not depend on the detector)."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text
from newsprism.extract.framing.accused import accusation_verb, accuser_mention
from newsprism.extract.nlp import load_nlp
from tests.extract.owner_helpers import (
    owner_of,
    static_detector,  # noqa: F401 (autouse fixture)
)

# a fronted participle clause the parser reads as a second subject ("calls"), as in the
# sentence of NeuS raw row 482 it is written after
FRONTED = ("Painting Obama\u2019s calls for unity as \u201cempty platitudes,\u201d the South "
           "Carolina Republican accused Democrats of running a disgraceful smear campaign.")


def test_the_accuser_is_the_subject_next_to_the_verb() -> None:
    doc = load_nlp()(FRONTED)
    i = next(t.i for t in doc if t.text == "disgraceful")
    verb = accusation_verb(doc, i)
    assert verb is not None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    mention = accuser_mention(verb)
    assert mention is not None and mention.text == "Republican"
    assert len(subjects) == 2  # the parse gives two; the nearer is taken
    assert owner_of(FRONTED) == "South Carolina Republican"


def test_a_lexicon_term_in_an_accusation_is_the_accusers() -> None:
    text = ("Senator John Smith accused Democrats of dividing Americans in pursuit of a "
            "far-left agenda.")
    use = next(u for u in frame_text(text).terms if u.term == "right-wing / left-wing")
    assert [s.speaker for s in use.spans] == ["John Smith"]
    assert use.count == 0


def test_a_term_the_outlet_uses_itself_stays_its_own() -> None:
    text = "Senator John Smith accused Democrats of lying. They push a far-left agenda."
    use = next(u for u in frame_text(text).terms if u.term == "right-wing / left-wing")
    assert [s.speaker for s in use.spans] == [None]
    assert use.count == 1


def test_a_label_in_an_addition_set_off_by_a_comma_stays_the_outlets() -> None:
    text = ("Senator John Smith accused the governor of weakness, particularly in his "
            "response to the right-wing militia.")
    use = next(u for u in frame_text(text).terms if u.term == "right-wing / left-wing")
    assert [s.speaker for s in use.spans] == [None]


def test_a_dateline_is_no_accuser() -> None:
    text = ("KANSAS CITY, Mo. (AP) \u2014 Leaders of the NAACP accused the governor on "
            "Tuesday of running a disgraceful smear campaign.")
    assert owner_of(text) == "Leaders"  # the apposition after the dash, not the place


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The GOP has a message for the mayor: Stop running this disgraceful campaign.",
         "GOP"),
        ("Senator John Smith sent a warning to the mayor: end the disgraceful campaign.",
         "John Smith"),
        ("Senator John Smith's message for the mayor: end the disgraceful campaign.",
         "John Smith"),
    ],
)
def test_a_message_after_a_colon_is_its_authors(text: str, owner: str) -> None:
    assert owner_of(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        "The Ohio GOP has one problem: the mayor's disgraceful campaign.",  # no message
        "He sent a message to the mayor: end the disgraceful campaign.",  # a bare pronoun
        "The Ohio GOP read the message. Then came the mayor's disgraceful campaign: ads.",
    ],
)
def test_a_colon_of_the_outlets_stays_its_own(text: str) -> None:
    assert owner_of(text) is None


def test_a_term_in_the_message_is_its_authors_too() -> None:
    text = "The GOP has a message for the mayor: Stop being so radical."
    use = next(u for u in frame_text(text).terms if u.term == "radical")
    assert [s.speaker for s in use.spans] == ["GOP"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The sobering assessment also found that the response was \u201cdisgraceful.\u201d",
         "assessment"),
        ("The Senate report found that the response was disgraceful.", "Senate report"),
        ("The audit found the agency's response disgraceful.", "audit"),
    ],
)
def test_what_a_report_found_is_the_reports(text: str, owner: str) -> None:
    assert owner_of(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        "Senator John Smith found the agency's response disgraceful.",  # a person's judgement
        "The Post found the agency's response disgraceful.",  # a newspaper's
        "The report was late, and the response was disgraceful.",  # no finding
    ],
)
def test_a_judgement_that_is_no_reports_finding_stays_the_outlets(text: str) -> None:
    assert owner_of(text) is None


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Senator John Smith's claims of a disgraceful smear campaign were rejected.",
         "John Smith"),
        ("Senator John Smith made allegations of a disgraceful smear campaign.", "John Smith"),
    ],
)
def test_what_a_held_claim_is_of_is_the_claimants(text: str, owner: str) -> None:
    assert owner_of(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        "Senator John Smith's criticism of the disgraceful campaign grew.",  # a target
        "The claims of a disgraceful smear campaign were rejected.",  # nobody holds them
        "Senator John Smith's disgraceful claims of fraud were rejected.",  # the outlet's
    ],
)
def test_a_word_outside_what_a_claim_is_of_stays_the_outlets(text: str) -> None:
    assert owner_of(text) is None
