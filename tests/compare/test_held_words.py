"""An outlet whose one sentence holds every word of a fact does not leave it out
(session 34, compare/held_words.py): the fact told as a clause of a longer sentence,
its attribution aside."""

from __future__ import annotations

import numpy as np

from newsprism.compare.align import AlignedClaim
from newsprism.compare.held_words import MIN_WORDS, holding, holds, told
from newsprism.compare.stated import stating
from newsprism.compare.story import omissions
from newsprism.models import Claim
from tests.compare.conflict_helpers import text_article

FACT = "The reactor was shut down overnight, the utility said in a filing on Tuesday."
FACT_TOO = "The utility shut the reactor down overnight, it told regulators."
LONGER = ("The reactor was shut down overnight and inspectors from the regional agency "
          "are expected at the site by the end of the week.")
ELSEWHERE = "Inspectors from the regional agency are expected at the site this week."


def test_told_cuts_a_closing_attribution() -> None:
    assert told(FACT) == "The reactor was shut down overnight"
    assert told("The ferry sank near the port, according to the coast guard.") == (
        "The ferry sank near the port")


def test_told_cuts_an_opening_attribution() -> None:
    assert told("According to the coach, the striker will miss the final.") == (
        "the striker will miss the final.")
    assert told("The league said Friday that the striker will miss the final.") == (
        "the striker will miss the final.")


def test_told_keeps_what_the_speaker_says() -> None:
    # a verb of saying with the fact after it: the fact itself, not its attribution
    text = "Despite the rain, the organisers said the parade would go ahead."
    assert told(text) == text
    text = "The ferry sank, the captain said in an interview that nobody was hurt."
    assert told(text) == text


def test_a_longer_sentence_holds_the_fact() -> None:
    assert holds(FACT, LONGER)


def test_a_sentence_without_the_fact_does_not_hold_it() -> None:
    assert not holds(FACT, ELSEWHERE)


def test_a_denial_does_not_hold_a_negated_fact() -> None:
    denied = "The reactor was not shut down overnight, the utility said."
    assert not holds(denied, LONGER)
    assert holds(denied, "Engineers say the reactor was not shut down overnight at all.")


def test_too_few_words_hold_nothing() -> None:
    short = "It sank, the captain said."
    assert len(told(short).split()) <= MIN_WORDS
    assert not holds(short, "The ferry sank near the port after a collision.")


def test_names_alone_hold_nothing() -> None:
    # the names are what the story is about: a sentence that names them states nothing
    assert not holds("It is all about Buckingham Palace.",
                     "The parade left Buckingham Palace at noon.")
    assert not holds("To fund Medishield.", "Lawmakers voted to fund a new Medishield office.")
    assert holds("The parade left Buckingham Palace at noon.",
                 "Crowds cheered as the parade left Buckingham Palace at noon on Sunday.")


def test_another_figure_is_not_held() -> None:
    assert not holds("The ferry carried 120 passengers.", "The ferry carried 210 passengers.")
    assert holds("The ferry carried 120 passengers.",
                 "The ferry, which carried 120 passengers, sank near the port.")


def _claims() -> list[Claim]:
    texts = [("a", 0, FACT), ("b", 0, FACT_TOO), ("c", 0, "The reactor was shut down"),
             ("c", 0, "and inspectors are expected at the site."), ("d", 0, ELSEWHERE)]
    return [Claim(id=f"{x}:c{k}", article_id=x, sentence_index=i, text=t)
            for k, (x, i, t) in enumerate(texts)]  # fmt: skip


def test_clauses_of_one_sentence_are_read_together() -> None:
    claims = _claims()
    held = holding(claims)
    # the fact's overnight is in neither of c's clauses alone, and in neither together
    assert not held([0], [2, 3])
    claims[3] = Claim(id="c:c3", article_id="c", sentence_index=0,
                      text="overnight, and inspectors are expected at the site.")
    assert holding(claims)([0], [2, 3])


def test_an_arabic_sentence_holds_nothing() -> None:
    claims = _claims()
    claims[2] = Claim(id="c:c2", article_id="c", sentence_index=0, text=LONGER, language="ar")
    assert not holding(claims)([0], [2])


def _missing(own: str) -> list[str]:
    texts = {"a": FACT, "b": FACT_TOO, "c": own}
    articles = [text_article(x, t) for x, t in texts.items()]
    claims = [Claim(id=f"{x}:c0", article_id=x, sentence_index=0, text=t)
              for x, t in texts.items()]  # fmt: skip
    facts = [AlignedClaim(id="F1", status="shared", claims=claims[:2]),
             AlignedClaim(id="F2", status="unique", claims=[claims[2]])]
    probability = np.zeros((len(claims), len(claims)))  # the model sees nothing alike
    return [m["claim_id"] for m in omissions(articles, facts, stating(claims, probability))["c"]]


def test_an_outlet_stating_the_fact_in_a_longer_sentence_does_not_leave_it_out() -> None:
    assert _missing(LONGER) == []


def test_an_outlet_without_the_fact_still_leaves_it_out() -> None:
    assert _missing(ELSEWHERE) == ["F1"]
