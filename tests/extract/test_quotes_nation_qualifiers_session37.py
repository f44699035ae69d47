"""A role phrase that names a nationality ("the Palestinian president") is only a
person whose own labels give that nation (extract/quotes/rolequal.py, data/demonyms.toml);
one whose labels give another nation is never taken, and with no match the speaker stays
unresolved (issue 12, session 37).

Every sentence is written for the test and parsed by the real pipeline. Before the
change, each phrase went to the last president or minister named, whatever its nation:
the shape of FNC-1 body 2462, where "the Palestinian president" took "Egyptian
President" al-Sisi.
"""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.rolequal import phrase_qualifiers
from tests.extract.quote_helpers import only, quotes_of


def test_another_nation_is_never_taken() -> None:
    # FNC-1 body 2462: Abbas is "Palestinian Authority leader", no president by title
    text = ("Egyptian President Abdel Fattah al-Sisi offered Palestinian Authority leader "
            "Mahmoud Abbas a plan on Monday.\n\n"
            "The Palestinian president voiced his displeasure with Hamas.\n\n"
            "\u201cWe cannot continue working with Hamas this way,\u201d he said.")  # fmt: skip
    quote = only(quotes_of(text), "said", "We cannot continue")
    assert quote.speaker != "Abdel Fattah al-Sisi"
    assert quote.resolved not in ("role", "name")


def test_the_named_person_of_that_nation_is_taken() -> None:
    text = ("Palestinian President Mahmoud Abbas and Egyptian President Abdel Fattah "
            "al-Sisi met in Cairo on Monday.\n\n"
            "The Palestinian president said that the talks had failed.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the talks had failed")
    assert (quote.speaker, quote.resolved) == ("Mahmoud Abbas", "role")


def test_a_possessive_country_names_the_nation() -> None:
    text = ("Israel's Prime Minister Benjamin Netanyahu met French Prime Minister "
            "Manuel Valls on Monday.\n\n"
            "The Israeli prime minister said that the border would stay closed.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the border would stay closed")
    assert quote.speaker == "Benjamin Netanyahu"


def test_no_person_of_the_nation_leaves_the_speaker_unresolved() -> None:
    # the only foreign minister is French: "the Iranian foreign minister" is no one named
    text = ("French Foreign Minister Laurent Fabius arrived in Vienna on Monday.\n\n"
            "The Iranian foreign minister said that the deal was close.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the deal was close")
    assert quote.speaker != "Laurent Fabius"
    assert quote.resolved in ("description", "none")


@pytest.mark.parametrize(("text", "nation"), [
    ("The Palestinian president spoke.", "palestine"),
    ("Israel's prime minister spoke.", "israel"),
    ("The French foreign minister spoke.", "france"),
    ("The U.S. ambassador spoke.", "united states"),
    ("The Israeli-Palestinian envoy spoke.", None),  # no one nation
    ("The African-American congressman spoke.", None),
])
def test_the_nation_a_role_phrase_names(text: str, nation: str | None) -> None:
    doc = load_nlp()(text)
    head = next(t for t in doc if t.dep_ == "nsubj")
    assert phrase_qualifiers(head).nation == nation


def test_a_role_before_the_name_gives_its_nation() -> None:
    # NeuS row 491: the title comes before a comma, "Iran's foreign minister, …"
    text = ("French Foreign Minister Laurent Fabius met Iran's foreign minister, "
            "Mohammad Javad Zarif, on Monday.\n\n"
            "The Iranian foreign minister said that the deal was close.")  # fmt: skip
    quote = only(quotes_of(text), "said", "the deal was close")
    assert quote.speaker == "Mohammad Javad Zarif"


def test_an_unnamed_role_with_a_nation_keeps_its_words() -> None:
    # FNC-1 body 19: no lawmaker is named; the phrase itself says who
    text = ("Iraq's army shot down two planes, a senior lawmaker disclosed on Monday.\n\n"
            "The Iraqi lawmaker further noted that the flights had gone on for weeks.")  # fmt: skip
    quote = only(quotes_of(text), "noted", "the flights")
    assert (quote.speaker, quote.resolved) == ("the Iraqi lawmaker", "description")
