"""Session 33 (branch i12-speakers31): he/she agreement with kin nouns and gendered titles.

- a name in apposition to a kin noun ("his daughter, Helen Whitford") is of that noun's
  gender, and a name joined by "and" to a kin noun "his"/"her" owns is of the
  possessive's: kin_apposed.py, read by People._mention;
- an office title that says the holder's sex ("Assemblyman") genders the name;
- a title never runs back over another person's name and an "and";
- a list "X and his son, Y" holds two people for a he/she (listed_antecedent.py).

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.kin_apposed import apposed_name, kin_gender
from tests.extract.quote_helpers import only, quotes_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _token(text: str, word: str) -> Token:
    doc = load_nlp()(text)
    return next(t for t in doc if t.text == word)


def test_she_after_a_man_and_his_apposed_daughter_is_the_daughter() -> None:
    text = ("Dr. Samuel Whitford and his daughter, Helen Whitford, planted the orchard in May. "
            "“The soil was poor,” she said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Helen Whitford"


def test_he_after_a_man_and_his_apposed_daughter_is_the_man() -> None:
    text = ("Dr. Samuel Whitford and his daughter, Helen Whitford, planted the orchard in May. "
            "“The soil was poor,” he said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Samuel Whitford"


def test_he_after_a_man_and_his_apposed_son_is_unresolved() -> None:
    text = ("Dr. Samuel Whitford and his son, Owen Whitford, planted the orchard in May. "
            "“The soil was poor,” he said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker is None


def test_she_after_only_an_assemblyman_is_unresolved() -> None:
    text = ("Assemblyman Tomas Reyes planted the orchard in May. "
            "“The soil was poor,” she said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker is None


def test_he_after_an_assemblyman_resolves() -> None:
    text = ("Assemblyman Tomas Reyes planted the orchard in May. "
            "“The soil was poor,” he said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Tomas Reyes"


def test_a_title_does_not_run_over_another_name_and_and() -> None:
    text = ("Spokesman Tomas Reyes and Ilse Brandauer toured the mill on Monday. "
            "“The roof leaks,” she said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Ilse Brandauer"


def test_kin_gender_reads_the_apposition_either_side() -> None:
    assert kin_gender(_token("Her brother, Idris Kamara, spoke first.", "Kamara")) == "m"
    assert kin_gender(_token("Nadia Farouk, his aunt, spoke first.", "Farouk")) == "f"


def test_kin_gender_reads_the_owner_of_a_conjoined_kin_noun() -> None:
    assert kin_gender(_token("Idris Kamara and her husband left early.", "Kamara")) == "f"


def test_kin_gender_none_without_a_kin_noun_or_a_personal_owner() -> None:
    assert kin_gender(_token("Idris Kamara and the union left early.", "Kamara")) is None
    assert kin_gender(_token("Idris Kamara, the treasurer, left early.", "Kamara")) is None


def test_apposed_name_only_for_kin_nouns() -> None:
    assert apposed_name(_token("His sister, Nadia Farouk, spoke.", "sister")).text == "Farouk"
    assert apposed_name(_token("The treasurer, Nadia Farouk, spoke.", "treasurer")) is None
