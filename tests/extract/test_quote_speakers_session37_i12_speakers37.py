"""Session 37 (branch i12-speakers37): kinds gold/speakers-fresh37 (FNC-1 articles) showed.

- an Arabic surname keeps its article in lower case ("Nahlah al-Hababi"): the name is
  a person mention, so "she added" is hers, not the last other person's (people.py);
- a bare surname two relatives share takes the relative its own clause binds by gender
  ("Sotloff described himself", "Sotloff says he is"): bound_gender.py;
- a person described by a noun of war or attack ("a masked fighter") or by kin ("a
  mother of two") is shown as described, not unresolved (speech_verbs.toml).

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

import pytest

from tests.extract.quote_helpers import only, quotes_of


def test_an_arabic_surname_is_the_antecedent_of_she() -> None:
    text = ("Omar Haddad spoke on Sunday. “The coalition is not serious,” Nahlah al-Hababi "
            "told reporters.\n\n“The fighters are still receiving aid,” she added.")  # fmt: skip
    quote = only(quotes_of(text), "added")
    assert quote.speaker == "Nahlah al-Hababi"


def test_an_arabic_surname_is_named_in_full() -> None:
    text = "“We are in a long war,” group spokesman Abu Firas al-Suri said."
    assert only(quotes_of(text), "said").speaker == "Abu Firas al-Suri"


_FAMILY = ("Militants released a video of the journalist Steven Sotloff. Last week his "
           "mother, Shirley Sotloff, asked them “to spare his life.” ")  # fmt: skip


@pytest.mark.parametrize(("sentence", "cue"), [
    ("On his Twitter account, Sotloff described himself as a “stand-up philosopher.”",
     "described"),
    ("In the video, Sotloff says he is “paying the price” for the airstrikes.", "says"),
])  # fmt: skip
def test_a_family_surname_takes_the_gender_its_clause_binds(sentence: str, cue: str) -> None:
    assert only(quotes_of(_FAMILY + sentence), cue).speaker == "Steven Sotloff"


@pytest.mark.parametrize(("text", "speaker"), [
    ("A masked fighter stood beside him, saying, “I'm back because of your policy.”",
     "a masked fighter"),
    ("“They are fighting for our future,” a mother of two who joined the protests told "
     "the paper.", "a mother of two"),
])  # fmt: skip
def test_a_person_described_by_such_a_noun_is_shown_as_described(text: str,
                                                                  speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]
