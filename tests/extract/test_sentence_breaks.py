"""No sentence starts after a bare lower-case word or at a lower-case word, a number or
a time zone after an abbreviation (extract/sentence_breaks.py, session 23). The texts are
the sentences the parser cut in the NeuS raw crawl and BASIL; real parses throughout."""

from __future__ import annotations

import pytest

from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions
from newsprism.extract.nlp import load_nlp
from newsprism.extract.sentence_breaks import (
    after_middle_initial,
    is_abbreviation,
    is_initial,
    starts_nothing,
)

EPOCH = ("Japan’s coast guard said it believes the two missiles were launched five minutes "
         "apart, at 12:38 p.m. and 12:43 p.m. local time (11:38 p.m. and 11:43 p.m. ET) and "
         "that they landed outside its exclusive economic zone.")


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


@pytest.mark.parametrize("text", [
    EPOCH,
    # NeuS 314 left: the time zone after "a.m." was cut off as a sentence
    "Police were called to a home in Cutler Bay, a town in Florida's Miami-Dade County, "
    "around 1:30 a.m. ET, officials said.",
    # BASIL ccf19ab6_3: a state's abbreviation before a lower-case word
    "He made the comments in an interview with KBFX-TV in Bakersfield, Calif. just as his "
    "fellow GOP lawmakers are expected to vote.",
    # NeuS 408 centre, BASIL b4dbeda7_1: a sentence cut after a bare word
    "It’s probably not necessary to mask up but I still would, as a precaution against "
    "new variants.",
    "We appreciate that and I respect that, Netanyahu said on NBC.",
])  # fmt: skip
def test_the_cut_sentences_are_whole(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(("text", "parts"), [
    # an abbreviation may still end a sentence before a capitalised word or a quotation
    ("The agenda was set on Sunday, the final day of the summit in the U.K. The agenda "
     "detailed dozens of initiatives.", 2),
    # NeuS 311 centre
    ("“It's applying the rule of law to the facts of an individual and specific case,” "
     "Cahill said from the Hennepin County courthouse just after 2:30 p.m. “This sentence "
     "is not based on emotion or sympathy.", 2),
    ("The resolution was adopted at its convention in Kansas City, Mo. The resolution "
     "initially said so.", 2),
])  # fmt: skip
def test_a_sentence_still_ends_at_an_abbreviation_before_a_new_sentence(
    text: str, parts: int
) -> None:
    assert len(_sentences(text)) == parts


def test_a_line_break_after_a_bare_word_still_starts_a_sentence() -> None:
    assert _sentences("The talks went on and\n\nNew talks begin Monday.")[-1] == (
        "New talks begin Monday.")


def test_which_tokens_start_nothing() -> None:
    doc = load_nlp()("It ended at 12:43 p.m. local time and 12:50 p.m. ET. Then Jan. 6 came.")
    blocked = [t.text for t in doc if t.i and starts_nothing(t)]
    # after a bare lower-case word; after an abbreviation: lower case, a number, a zone
    # (and the stop after "came", which no sentence starts at anyway)
    assert blocked == ["at", "12:43", "local", "time", "and", "12:50", "ET", "6", "."]


def test_what_an_abbreviation_is() -> None:
    assert all(map(is_abbreviation, ["p.m.", "U.S.", "Jan.", "Calif.", "No."]))
    assert not any(map(is_abbreviation, [".", "...", "12.", "said"]))


def test_the_claim_keeps_the_clock_times() -> None:
    """The claim is the whole sentence. (The quote's span, which the parse hangs partly
    on "said", is whole too since session 23's second that-clause rule:
    tests/extract/test_quotes_session23.py.)"""
    doc = load_nlp()(EPOCH)
    claims = [c.text for c in extract_claims(doc, "a", find_mentions(doc, "a"))]
    assert any("12:43 p.m. local time" in c and "exclusive economic zone" in c for c in claims)


def test_a_one_letter_bullet_is_no_bare_word() -> None:
    """PolNeAR's Washington Post lists open each item with "l": not a word of the text."""
    doc = load_nlp()("Records show:\n\nl The system tracks every cable.")
    the = next(t for t in doc if t.text == "The")
    assert not starts_nothing(the)
    assert starts_nothing(load_nlp()("It was a Sunday.")[-2])  # "a" is a word


# PolNeAR train, wash-post_2016-04-23_one-policy-that-trump-seems-to-u: the parser cut
# after the middle initial of "then-Fed Chair Ben S. Bernanke"
BERNANKE = ("And in 2011, he all but accused then-Fed Chair Ben S. Bernanke of trying to "
            "\"debase\" the dollar - except that it's up 22 percent since then.")


def test_a_middle_initial_ends_no_sentence() -> None:
    assert _sentences(BERNANKE) == [BERNANKE]
    doc = load_nlp()("George H. W. Bush met J. Edgar Hoover and John F. Kennedy.")
    # "Edgar" follows an initial after a lower-case word, which may open a name
    # anywhere: left to the parser (it keeps "met J. Edgar Hoover" whole)
    assert [t.text for t in doc if t.i and after_middle_initial(t, doc[t.i - 1])] == [
        "W.", "Bush", "Kennedy"]


@pytest.mark.parametrize("text", [
    "He fought in World War I. Then he came home.",
    "We need a Plan B. The rest failed.",
])  # fmt: skip
def test_a_capital_and_stop_before_a_word_that_is_no_name_may_end_a_sentence(
    text: str,
) -> None:
    assert len(_sentences(text)) == 2


def test_what_an_initial_is() -> None:
    assert all(map(is_initial, ["S.", "W.", "J."]))
    assert not any(map(is_initial, ["s.", "St.", "U.S.", "I", ".."]))
