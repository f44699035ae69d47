"""An organisation's name before a title and a person: the person speaks
(extract/quotes/org_titled.py; NeuS raw row 451's "the Department of Health and Human
Services Secretary Xavier Becerra said", docs/eval-compare.md session 33, i12-read40).
Own sentences, through the real parse."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.lexicon import load_lexicon
from newsprism.extract.quotes.org_titled import person_after_org_title

from .quote_helpers import quotes_of


@pytest.mark.parametrize(("text", "person", "org"), [
    ("The clinics reopened on Monday.\n\n“The rules take effect at once,” the Department "
     "of Veterans Affairs Secretary Denis McDonough said in a statement.",
     "Denis McDonough", "Department of Veterans Affairs"),
    ("The Department of Housing and Urban Development Secretary Marcia Fudge said the "
     "program would expand.", "Marcia Fudge", "Department of Housing and Urban Development"),
])
def test_the_titled_person_speaks_not_the_organisation(text: str, person: str,
                                                       org: str) -> None:
    speakers = [q.speaker for q in quotes_of(text)]
    assert speakers == [person]
    assert org not in speakers


def test_an_organisation_alone_still_speaks() -> None:
    found = quotes_of("“We will appeal,” the Department of Justice said in a statement.")
    assert [q.speaker for q in found] == ["Department of Justice"]


def _subject_and_verb(text: str):
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lemma_ == "say")
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return subject, verb


def test_a_word_that_is_no_role_noun_leaves_the_subject() -> None:
    # "employee" is no role noun of roles.toml: the rule reads titles only
    subject, verb = _subject_and_verb("The Department of Health and Human Services "
                                      "employee Jane Smith said the rules were new.")
    roles = load_lexicon().roles
    assert "employee" not in roles and subject.ent_type_ == "ORG"
    assert person_after_org_title(subject, verb, roles) is None
    assert person_after_org_title(
        *_subject_and_verb("The Department of Health and Human Services Secretary Jane "
                           "Smith said the rules were new."), roles) is not None


def test_a_subject_that_is_no_organisation_is_left() -> None:
    subject, verb = _subject_and_verb("Secretary Marcia Fudge said the program would expand.")
    assert person_after_org_title(subject, verb, load_lexicon().roles) is None


def test_a_person_joined_to_the_organisation_is_not_the_speaker_alone() -> None:
    subject, verb = _subject_and_verb("The Department of Energy and Secretary Jennifer "
                                      "Granholm said the plant would close.")
    assert subject.ent_type_ == "ORG"
    assert person_after_org_title(subject, verb, load_lexicon().roles) is None
