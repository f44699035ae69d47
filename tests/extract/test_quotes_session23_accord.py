"""Session 23, second part (docs/eval-quotes.md, "Session 23", "According to an outlet;
a relative clause's speaker"), on real parses.

- "according to" an outlet or a report is a relay (``accounts.outlet_account``): a
  quotation its inner clause's subject speaks is that subject's, as in an outlet's
  "reported" (``relayed``): "According to White House pool reports, Obama said “there is
  love” in Orlando …, which he called “an evil, hateful act.”" (PolNeAR train, The
  Hill); "according to" a person stays that person's account (the Durbin guard of
  ``test_quotes_session23``);
- a relative clause with no "that" speaks for its own subject: "… away from the
  lowest number progressive Democrats have said they would accept" (CNN, NeuS raw row
  48) gave the words to Joe Manchin, the main clause's subject; "… the $3.5 trillion
  most House and Senate Democrats say they need" (Washington Examiner, the same row) to
  "the $3.5 trillion most House and Senate Democrats".

The file imports ``accounts`` (new), so it does not load on main, where the pool
report's quotes are missing and the relative clauses' speakers are Joe Manchin and "the
$3.5 trillion …"; the borrowed-subject guard (BASIL 2013, "The Hill") fails on the first
version of the rule, the "and" test on the guard's first form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.accounts import outlet_account
from tests.extract.quote_helpers import only, quotes_of

if TYPE_CHECKING:
    from spacy.tokens import Token

POOL = ("According to White House pool reports, Obama said \"there is love\" in Orlando "
        "after the massacre, which he called \"an evil, hateful act.\"")  # fmt: skip
CNN = ("Moderate Democratic Sen. Joe Manchin of West Virginia made clear Thursday that $1.5 "
       "trillion was the price tag he was willing to settle on for his party's plan to "
       "expand the social safety net, putting him $2 trillion away from the lowest number "
       "progressive Democrats have said they would accept.")  # fmt: skip
EXAMINER = ("The figure, which Manchin has been floating publicly for weeks, falls far below "
            "the $3.5 trillion most House and Senate Democrats say they need at minimum to "
            "create a broad array of new government programs and assistance under Biden's "
            "Build Back Better Plan.")  # fmt: skip


def _pobj(text: str) -> Token:
    doc = load_nlp()(text)
    according = next(t for t in doc if t.lower_ == "according")
    to = next(c for c in according.children if c.lower_ == "to")
    return next(c for c in to.children if c.dep_ == "pobj")


def test_according_to_an_outlet_or_a_report_is_a_relay() -> None:
    for text in ("According to CNN, Biden praised the deal.",
                 "According to the Las Vegas Sun, O'Malley said it at a press conference.",
                 "According to the newspaper, the law empowers dealers.",
                 "According to a Pentagon readout, Carter spoke with Han Min-koo.",
                 "According to an Associated Press account, Walker said it."):  # fmt: skip
        assert outlet_account(_pobj(text)), text


def test_according_to_a_person_or_a_body_is_no_relay() -> None:
    for text in ("According to Sen. Dick Durbin, Democrats asked for changes.",
                 "According to a State Department official, two were upgraded.",
                 "According to the Iowa Democratic Party, Clinton won 699 delegates.",
                 "According to Farley's account, Dena Minning replied at the time.",
                 "According to two sources familiar with the talks, it is done."):  # fmt: skip
        assert not outlet_account(_pobj(text)), text


def test_a_quotation_in_a_reports_account_is_its_subjects_words() -> None:
    found = quotes_of(POOL)
    report = only(found, "According to")
    assert report.speaker == "White House"  # the account stays the report's
    love = only(found, "said", "there is love")
    assert love.speaker == "Obama" and love.within == (report.start, report.end)


def test_a_relative_clause_with_no_that_speaks_for_its_subject() -> None:
    assert only(quotes_of(CNN), "said").speaker == "progressive Democrats"
    assert only(quotes_of(EXAMINER), "say").speaker == "most House and Senate Democrats"


def test_a_conjoined_verb_after_a_name_keeps_its_reading() -> None:
    text = ("Manchin met with Schumer on Thursday and has said he would not support the "
            "bill without changes.")  # fmt: skip
    assert only(quotes_of(text), "said").speaker == "Manchin"


def test_a_subject_borrowed_over_and_gives_no_quote_of_its_own() -> None:
    # the parse joins "said" to "sought" and lends it Cheney: the poll said it
    text = ("According to The Hill, Cheney sought to clarify her position after an alleged "
            "poll in Wyoming said she \"supports abortion and aggressively promotes gay "
            "marriage.\"")  # fmt: skip
    assert [q for q in quotes_of(text) if q.start == text.index("supports")] == []


def test_a_verb_joined_by_and_shares_its_subject() -> None:
    # PolNeAR train (Politico): the conjunct after "and" has the first verb's subject
    text = ("Earlier in the day, Clinton held a roundtable meeting with Orlando community "
            "leaders and pledged to “promote the kinds of changes that will prevent this "
            "from happening to other people, other families and other communities,\" the "
            "Orlando Sentinel reported.")  # fmt: skip
    inner = [q for q in quotes_of(text) if q.start == text.index("promote")]
    assert [q.speaker for q in inner] == ["Clinton"]
