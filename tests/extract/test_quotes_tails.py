"""The writer's tail cut off a reported clause (tails.py, issue 12, session 17).

Every sentence is written for the test (the first two after the sentences a reader
found in session 16); each is parsed by the real pipeline. The content of a verb of
saying ends before a tail that is the writer's: a participle saying how the statement
was received, a "who"/"which" clause glossing a name, narration after a closing
"according to X". A participle or a relative clause that is the speaker's stays in.
"""

from __future__ import annotations

from newsprism.extract.quotes import QuoteSpan
from tests.extract.quote_helpers import quotes_of


def _one(text: str, cue: str) -> QuoteSpan:
    [quote] = [q for q in quotes_of(text) if q.cue == cue]
    return quote


def test_a_participle_describing_the_act_is_not_the_speakers() -> None:
    text = ('President Donald Trump says the US military is "locked and loaded" to deal '
            "with North Korea, ramping up the rhetorical brinkmanship.")  # fmt: skip
    quote = _one(text, "says")
    assert quote.speaker == "Donald Trump"
    assert quote.text.endswith("to deal with North Korea")
    assert "ramping" not in quote.text


def test_a_who_clause_on_a_name_is_the_writers_gloss() -> None:
    text = ("The White House announced Tuesday that President Trump is granting a full "
            "pardon to former San Francisco 49ers owner Edward DeBartolo Jr., who was "
            "convicted of failing to report a bribe when he pleaded guilty in 1998.")  # fmt: skip
    quote = _one(text, "announced")
    assert quote.text.endswith("Edward DeBartolo Jr.")
    assert "convicted" not in quote.text


def test_a_which_clause_on_a_name_after_the_cue_is_cut_and_a_who_clause_too() -> None:
    text = ("Sanders said he plans to vote for Senator Elizabeth Warren of Massachusetts, "
            "who similarly blasts free trade.")  # fmt: skip
    quote = _one(text, "said")
    assert quote.text == "he plans to vote for Senator Elizabeth Warren of Massachusetts"


def test_narration_after_a_closing_according_to_is_the_writers() -> None:
    text = ("Trump so far has won 758 pledged delegates, according to a CNN tally, even as "
            "his rivals gain ground in the West.")  # fmt: skip
    quote = _one(text, "according to")
    assert quote.text == "Trump so far has won 758 pledged delegates"


def test_a_participle_that_is_the_speakers_words_stays_in() -> None:
    # the consequence the speakers state: not a verb of reception, so it stays
    text = ("Republicans said they would not consider an Obama nominee to the Supreme "
            "Court, leaving that choice to the next president.")  # fmt: skip
    assert _one(text, "said").text.endswith("leaving that choice to the next president")
    # a reception verb inside the speaker's quotation marks is the speaker's
    text = 'Smith said the bill "will pass easily, drawing support from both parties."'
    assert "drawing support from both parties" in _one(text, "said").text


def test_an_aside_before_the_cue_is_the_speakers() -> None:
    # "X, which …, Doggett said": the writer gives the whole sentence to the speaker
    text = ("Still, Republicans could use the program to go after the EPA, which is "
            "unpopular in rural America, Doggett said.")  # fmt: skip
    assert _one(text, "said").text.endswith("which is unpopular in rural America")
