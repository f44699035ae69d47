"""Session 39 (branch i12-speakers39b): kinds gold/speakers-fresh39 (long US political
articles of PolNeAR train: NYT, HuffPost, Breitbart) showed.

- an earlier sentence's subjects are offered to a he/she shallowest first, so the
  subject of the clause that says the sentence comes before a subject set deep inside
  it ("X's claim that Obama …, Biden said. … he said" is Biden) (earlier_order.py);
- a participle the parse hung on a predicative "It was a …" speaks for the clause it
  follows ("as Mrs. Clinton echoed the criticism, saying …") (predicative_it.py);
- "the conservative-leaning newspaper wrote" is the news outlet that was the main
  subject just before, when its name is an outlet's (outlet_noun.py).

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from tests.extract.quote_helpers import only, quotes_of


def test_he_is_the_subject_who_says_not_one_deep_in_what_is_said() -> None:
    text = ("The governor spoke to miners on Monday.\n\n"
            "Tom Grant's claim that Obama and Clinton had wrecked the pension fund was "
            "reckless, Biden said.\n\n"
            "“We will not let that stand,” he said.\n\n"
            "– Pensions first –.\n\n"
            "“Every family here knows what that fund means,” he said.")  # fmt: skip
    quotes = [q for q in quotes_of(text) if "Every family" in text[q.start:q.end]]
    assert len(quotes) == 1 and quotes[0].speaker == "Biden"


def test_a_participle_on_it_was_speaks_for_the_clause_before() -> None:
    text = ("Ann Marsh and Nancy Pelosi campaigned in Dayton. “Bill Dunn never paid a fair "
            "share,” Ms. Marsh said.\n\n"
            "It was a sharp one-two punch by the two women, as Mrs. Pelosi echoed the charge, "
            "saying Mr. Dunn “has never paid a fair share in his life.”")  # fmt: skip
    assert only(quotes_of(text), "saying").speaker == "Nancy Pelosi"


def test_the_newspaper_is_the_outlet_that_was_the_subject_just_before() -> None:
    text = ("In a sharp editorial, The Denver Gazette called on the mayor to resign.\n\n"
            "“He has lost the trust of the city,” the conservative-leaning newspaper "
            "wrote.")  # fmt: skip
    assert only(quotes_of(text), "wrote").speaker == "Denver Gazette"
    # a company before it is no newspaper: still no speaker
    text = text.replace("The Denver Gazette", "Acme Holdings")
    assert only(quotes_of(text), "wrote").speaker is None
