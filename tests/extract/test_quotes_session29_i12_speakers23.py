"""Session 29 (i12-speakers23): "the company said" is the organisation the sentence
before had as its main subject (extract/quotes/company.py), through the real parser."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _speakers(nlp, text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.speaker for q in extract_quotes(nlp(text))}


def test_company_is_the_organisation_that_spoke_before(nlp) -> None:
    text = ("Pfizer Inc. said it expects its vaccine to generate about $26 billion in sales "
            "this year. The company also said it \"remains committed\" to the plan.")
    got = _speakers(nlp, text)
    assert got['it "remains committed" to the plan'] == "Pfizer Inc."


def test_company_after_a_pronoun_sentence_walks_back(nlp) -> None:
    text = ("Drugmaker Merck said Friday that its pill reduced hospitalizations by half. "
            "It did not give details. The company said it would apply \"as soon as possible.\"")
    got = _speakers(nlp, text)
    assert "Merck" in (got['it would apply "as soon as possible."'] or "")


def test_joined_organisations_leave_the_company_unresolved(nlp) -> None:
    text = ("Facebook, WhatsApp and Instagram are now back online. "
            "The company said it was \"sorry\" for the outage.")
    assert _speakers(nlp, text)['it was "sorry" for the outage'] is None


def test_a_person_before_leaves_the_company_unresolved(nlp) -> None:
    text = ("Albert Bourla said the shot works. "
            "The company said it was \"very pleased\" with the data.")
    assert _speakers(nlp, text)['it was "very pleased" with the data'] is None


def test_an_agency_is_no_company(nlp) -> None:
    text = ("The Food and Drug Administration approved the shot on Monday. "
            "The company said it was \"grateful\" for the decision.")
    assert _speakers(nlp, text)['it was "grateful" for the decision'] is None


def test_a_named_group_is_the_organisation_whose_name_holds_its_words(nlp) -> None:
    text = ("The nearby St. Louis Tea Party had an all-hands-on-deck response to the plan.\n\n"
            "In a matter of hours, the St. Louis group fired off the statement demanding the "
            "organization withdraw its \"bigoted, false and inflammatory\" resolution.")
    quotes = extract_quotes(nlp(text))
    assert [q.speaker for q in quotes] == ["St. Louis Tea Party"]


def test_two_organisations_with_the_words_leave_the_description(nlp) -> None:
    text = ("The St. Louis Tea Party and the St. Louis Urban League met on Monday.\n\n"
            "Later, the St. Louis group said the resolution was \"bigoted and false.\"")
    speakers = [q.speaker for q in extract_quotes(nlp(text))]
    assert speakers and all(s is None or "Tea Party" not in s for s in speakers)
