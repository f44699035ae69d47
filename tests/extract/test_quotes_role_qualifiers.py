"""A role phrase that names a state, a party or "former" ("the Idaho congressman") is
the one person of the article whose own labels give it (extract/quotes/rolequal.py);
with none, the last holder of the office unless its labels say otherwise.

Every sentence is written for the test; each is parsed by the real pipeline. Before
the change, each phrase below went to the last person named with the office
(Rep. Eric Cantor, Sen. John Doe, Gov. Rick Perry), whatever the phrase named; the
last test guards that an unqualified role noun keeps that rule.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_state_given_apart_from_the_office_picks_the_one_person() -> None:
    # the office comes from "Rep. Raul Labrador", the state from "Labrador, of Idaho"
    text = ("Rep. Raul Labrador said Friday that he is running for majority leader.\n\n"
            "Labrador, of Idaho, would be the Tea Party choice. Rep. Eric Cantor lost "
            "his primary on Tuesday.\n\n"
            "The Idaho congressman said that Congress should wait until 2015.")  # fmt: skip
    quote = only(quotes_of(text), "said", "Congress should wait")
    assert (quote.speaker, quote.resolved) == ("Raul Labrador", "role")


def test_party_and_state_label_in_parentheses() -> None:
    text = ("Sen. Mary Roe (R-Ariz.) and Sen. John Doe (D-Ohio) met on Monday.\n\n"
            "The Arizona senator said that the deal was dead.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the deal was dead")
    assert quote.speaker == "Mary Roe"


def test_party_of_the_phrase_picks_the_one_person() -> None:
    text = ("Republican Sen. Mary Roe and Democratic Sen. John Doe met on Monday.\n\n"
            "The Republican senator said that the deal was dead.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the deal was dead")
    assert quote.speaker == "Mary Roe"


def test_no_person_with_the_state_leaves_the_phrase_as_written() -> None:
    # no one of the article is from Texas: the last senator would be a guess
    text = ("Sen. Mary Roe (R-Ariz.) spoke on Monday.\n\n"
            "The Texas senator said that the deal was dead.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the deal was dead")
    assert quote.speaker != "Mary Roe"
    assert quote.resolved in ("description", "none")


def test_an_unqualified_role_still_goes_to_the_last_holder() -> None:
    text = ("Sen. Mary Roe (R-Ariz.) and Sen. John Doe (D-Ohio) met on Monday.\n\n"
            "The senator said that the deal was dead.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the deal was dead")
    assert quote.speaker == "John Doe"


def test_former_picks_the_one_whose_title_says_former() -> None:
    text = ("Former Gov. Jeb Bush and Gov. Rick Perry met donors on Monday.\n\n"
            "The former governor said that the race was open.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the race was open")
    assert quote.speaker == "Jeb Bush"


def test_party_noun_with_a_state_is_read_from_the_label() -> None:
    # "the Massachusetts Democrat": the party is the office, given by "(D-Mass.)" alone
    text = ("Sen. Elizabeth Warren (D-Mass.) and Sen. Chris Murphy (D-Conn.) wrote to the "
            "bank on Monday.\n\n"
            "The Massachusetts Democrat said that the bank had misled them.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the bank had misled")
    assert quote.speaker == "Elizabeth Warren"
