"""Session 35 (branch i12-binding35, docs/eval-quotes.md): two coreference guards.

- a subject he/she never stands for a person its own clause names ("he thanked
  Marlow" is not Marlow), :mod:`clause_bound`, also when the antecedent comes from the
  sentence before, and the "he said" after it inherits the right person;
- a bare role noun ("the mayor") is not a holder the article calls former, neither by
  title recency nor by an earlier "the former … mayor" phrase, :mod:`former_holder`.

Sentences written for the tests, in words unlike the articles' (PolNeAR train).
"""

from __future__ import annotations

from newsprism.extract.quotes.former_holder import title_says_former
from tests.extract.quote_helpers import only, quotes_of

_INTERVIEW = ("Radio host Dana Marlow interviewed Senator Paul Okafor on Tuesday.\n\n"
              "Marlow pressed Okafor about the size of the new budget.\n\n")


def test_a_pronoun_is_not_the_person_its_clause_addresses() -> None:
    # before: both quotes went to Marlow, the subject of the sentence before
    text = (_INTERVIEW + "“It will be smaller than last year’s, and the schools come first,” "
            "he assured Marlow, to applause from the studio audience.\n\n"
            "“Nobody should worry about the libraries,” he said.")  # fmt: skip
    found = quotes_of(text)
    assert only(found, "assured").speaker == "Paul Okafor"
    assert only(found, "said", "Nobody").speaker == "Paul Okafor"


def test_a_pronoun_without_its_clause_naming_anyone_keeps_the_subject() -> None:
    # the guard's negative: with no name in the pronoun's clause, recency is unchanged
    text = (_INTERVIEW + "“It will be smaller than last year’s, and the schools come first,” "
            "he said, to applause from the studio audience.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Dana Marlow"


def test_a_name_in_a_clause_set_into_the_pronouns_is_not_barred() -> None:
    # "where Marlow works" is another clause: Marlow stays the pronoun's antecedent
    text = ("Dana Marlow spoke about her station on Tuesday.\n\n"
            "“We will keep the evening news,” she told the crowd at the studio where Marlow "
            "works.")  # fmt: skip
    assert only(quotes_of(text), "told the crowd").speaker == "Dana Marlow"


def test_the_mayor_is_not_the_former_mayor() -> None:
    # before: "the mayor" went to Ruiz, titled "the former Leeds mayor" just before
    text = ("Mayor Helen Cobb opened the new bridge on Monday.\n\n"
            "Tom Ruiz, the former Leeds mayor and a longtime critic, told reporters he "
            "would not attend.\n\n"
            "“This bridge will carry the town for a century,” the mayor said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Helen Cobb"


def test_the_mayor_with_only_a_former_holder_is_unresolved() -> None:
    text = ("Tom Ruiz, the former Leeds mayor and a longtime critic, toured the bridge.\n\n"
            "“This bridge will carry the town for a century,” the mayor said.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker is None


def test_the_former_mayor_is_still_the_former_holder() -> None:
    # before: unresolved (the apposition's "former" was not read)
    text = ("Mayor Helen Cobb opened the new bridge on Monday.\n\n"
            "Tom Ruiz, the former Leeds mayor and a longtime critic, toured it too.\n\n"
            "“I argued for this bridge for ten years,” the former mayor said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Tom Ruiz"


def test_former_is_read_at_the_office_word() -> None:
    assert title_says_former("the former leeds mayor and a longtime critic", ["mayor"])
    assert title_says_former("ex-mayor", ["mayor"])
    # "Former Mayor Jo Roe and Mayor ...": the second one's title runs back over the first's
    assert not title_says_former("former mayor jo roe and mayor", ["mayor"])
    assert not title_says_former("mayor", ["mayor"])
    assert not title_says_former("former senator and now mayor", ["mayor"])


def test_an_ordinal_office_may_be_the_former_holder() -> None:
    # "the 32nd mayor" names one holder, sitting or not (NeuS row 458's "The 45th
    # president"): the former-holder guard does not pass over the only one titled
    text = ("Tom Ruiz, the former Leeds mayor and a longtime critic, toured the bridge.\n\n"
            "“This bridge will carry the town for a century,” the 32nd mayor said.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Tom Ruiz"
