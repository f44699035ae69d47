"""Session 26 (i12-fixes29), from the reading of NeuS raw rows 132, 77 and 74
(docs/eval-compare.md, "Read as a user, session 26"): a claim made in a subject's
relative clause ran on into the sentence's main clause; "CBS’s Steven Portnoy" was one
organisation; Axios's "Why it matters:" heading opened the claim's text. Real parses
(spaCy); each first test fails on main (58f6c48)."""

from __future__ import annotations

import pytest

from newsprism.extract.claims import extract_claims
from newsprism.extract.headings import heading_spans
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp
from newsprism.extract.owner_names import owner_and_person
from newsprism.extract.quotes.main_clause import main_clause_ids
from tests.extract.quote_helpers import quotes_of

# CNN, NeuS raw row 77
R77 = ("A San Antonio doctor who wrote a Washington Post op-ed claiming that he had violated "
       "Texas' six-week abortion ban now faces at least two lawsuits brought against him "
       "under the ban, both brought by plaintiffs who say they oppose the new law.")
# the Independent, NeuS raw row 74
R74 = ("Mr Johnson was responding to questions from two British reporters, CBS’s Steven "
       "Portnoy reported from inside the Oval Office.")
# Axios, NeuS raw row 132
R132 = ("A law that bans abortions after six weeks, including in cases of rape and incest, "
        "went into effect in Texas on Wednesday.\n\nWhy it matters: The law, one the most "
        "restrictive abortion bans in the U.S., prohibits the practice after a fetal "
        "heartbeat is detected — before many people know they are pregnant.")


def test_a_claim_in_the_subjects_relative_clause_ends_before_the_main_clause() -> None:
    found = {q.cue: q for q in quotes_of(R77)}
    assert found["claiming"].text == "he had violated Texas' six-week abortion ban"
    assert found["claiming"].speaker == "a San Antonio doctor"
    assert found["say"].text == "they oppose the new law"


def test_a_finite_cue_keeps_both_its_clauses() -> None:
    text = "The senator said that the bill had passed and that the governor signs it today."
    doc = load_nlp()(text)
    said = next(t for t in doc if t.text == "said")
    assert main_clause_ids(said, [c for c in said.children if c.dep_ == "ccomp"]) == set()
    (quote,) = quotes_of(text)
    assert quote.text.endswith("the governor signs it today")


def test_an_outlets_possessive_before_a_person_is_two_mentions() -> None:
    mentions = [(m.text, m.label) for m in find_mentions(load_nlp()(R74), "a")]
    assert ("CBS", "ORG") in mentions and ("Steven Portnoy", "PERSON") in mentions
    assert not any("’s" in name for name, _ in mentions)


@pytest.mark.parametrize(("name", "label"), [
    ("McDonald's Happy Meal", "ORG"),     # a product: no given name after the possessive
    ("Levi's Stadium", "FAC"),            # one word after it
    ("Moody's Investors Service", "ORG"),
    ("Fox News’ Peter Doocy", "PERSON"),  # the tagger's person is left alone
])
def test_other_possessive_names_stay_whole(name: str, label: str) -> None:
    assert owner_and_person(name, label, 0) == []


def test_the_possessive_split_keeps_offsets() -> None:
    (owner, person) = owner_and_person("Fox News’ Peter Doocy", "ORG", 10)
    assert owner == ("Fox News", "ORG", 10, 8)
    assert person == ("Peter Doocy", "PERSON", 20, 11)


def test_a_heading_is_no_part_of_the_claims_text() -> None:
    doc = load_nlp()(R132)
    claims = extract_claims(doc, "axios", [])
    assert claims[1].text.startswith("The law, one the most restrictive")
    assert doc.text[claims[1].start : claims[1].end] == claims[1].text
    assert claims[0].text.startswith("A law that bans abortions")


def test_a_colon_cue_is_no_heading_of_the_claim() -> None:
    text = ("Officials met on Monday to discuss the plan.\n\nThe governor said: The state "
            "will not enforce the new rule this year.")
    claims = extract_claims(load_nlp()(text), "a", [])
    assert claims[1].text.startswith("The governor said:")


def test_words_in_lower_case_after_the_colon_keep_their_opening() -> None:
    text = ("Read the news here every day.\n\nBurst your filter bubble: understand "
            "perspectives and stances from everyone in between on free speech.")
    doc = load_nlp()(text)
    assert [text[a:b] for a, b in heading_spans(doc)] == ["Burst your filter bubble:"]
    assert extract_claims(doc, "a", [])[-1].text.startswith("Burst your filter bubble: und")
