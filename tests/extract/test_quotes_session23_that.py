"""Session 23 (docs/eval-quotes.md, "Session 23: a second that-clause"), on real parses.

The Epoch Times' sentence (NeuS raw row 95) is one sentence since the sentence-break
rules, but the small parser hangs its second "that"-clause on "said" as a conjunct,
with "12:43 p.m. local time (…)" in between, so the quote stopped at "12:38 p.m. and".
A "that"-clause conjoined to the speech verb after its clause is the speaker's words
too, with the verbless words between (``Content._second_that_clause``). Guards: a
conjunct with no "that" is the reporter's next statement; a gap with a verb of its
own is left as it was.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of

EPOCH = ("Japan’s coast guard said it believes the two missiles were launched five minutes "
         "apart, at 12:38 p.m. and 12:43 p.m. local time (11:38 p.m. and 11:43 p.m. ET) and "
         "that they landed outside its exclusive economic zone.")


def test_the_second_that_clause_is_the_speakers() -> None:
    quote = only(quotes_of(EPOCH), "said")
    assert quote.text.startswith("it believes the two missiles")
    assert quote.text.endswith("and that they landed outside its exclusive economic zone")
    assert "12:43 p.m. local time (11:38 p.m. and 11:43 p.m. ET)" in quote.text
    assert quote.speaker == "Japan coast guard"


def test_a_conjunct_without_that_is_not_the_quote() -> None:
    text = ("The ministry said the talks had failed, and the delegates left Geneva on "
            "Friday morning.")
    quote = only(quotes_of(text), "said")
    assert "Geneva" not in quote.text
