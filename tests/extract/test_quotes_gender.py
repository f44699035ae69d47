"""Gender agreement of a named speaker in a family (people.py, issue 12 pronouns).

Every sentence is written for the test; each is parsed by the real pipeline. Before
this rule, a bare surname with its own Mr./Mrs./Ms. went to the family member named
last, whatever the gender ("Mrs. Clinton said" shown as Bill Clinton's words), and a
"Mrs. Clinton" read as Bill made him a woman for every later pronoun.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_mrs_with_a_surname_is_the_woman_of_the_family() -> None:
    text = ("Hillary Clinton campaigned in Iowa on Monday with her husband, Bill Clinton. "
            "Mrs. Clinton said that the race was close.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert (quote.speaker_surface, quote.speaker) == ("Mrs. Clinton", "Hillary Clinton")
    assert text[quote.speaker_start : quote.speaker_end] == "Hillary Clinton"


def test_mr_with_a_surname_is_the_man_named_before() -> None:
    # Chelsea is named last, but no title or given name says she is a man; Bill's
    # given name says he is one
    text = ("Bill Clinton spoke in Reno on Friday. Hillary Clinton and Chelsea Clinton "
            "spoke in Las Vegas. Mr. Clinton said that the economy was strong.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert (quote.speaker_surface, quote.speaker) == ("Mr. Clinton", "Bill Clinton")


def test_she_after_mrs_is_not_her_husband() -> None:
    text = ("Hillary Clinton campaigned in Iowa on Monday with her husband, Bill Clinton. "
            "Mrs. Clinton thanked the crowd. “We are going to win,” she said.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert (quote.speaker_surface, quote.speaker) == ("she", "Hillary Clinton")


def test_a_surname_alone_keeps_the_gender_its_title_gives() -> None:
    # one person of that surname: "Ms. Sherry" tells the full name's gender
    text = ("Maureen Sherry wrote a novel about Wall Street. Ms. Sherry met Tom Ross on "
            "Monday. “It was a hard job,” she said.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Maureen Sherry"
