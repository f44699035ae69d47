"""A cut text that holds the fact's closest sentence worth checking is pointed to, not
said to be unknown (``report/cut_near_view.py``, session 35); a cut text with only a
loose near sentence keeps the old note."""

from __future__ import annotations

from newsprism.compare.unique import worth_checking
from newsprism.report.truncation_view import fact_cut_note

NAMES = {"m": "Moorland Herald", "c": "Coast Wire", "r": "Ridge Post"}
CLOSE = {"article_id": "c", "why": "words", "probability": 0.31, "shared_words": 6,
         "tfidf": 0.42, "sentence": "The ferry line will add a winter route, it said."}
LOOSE = {"article_id": "r", "why": "score", "probability": 0.04, "shared_words": 1,
         "tfidf": 0.09, "sentence": "Fares rose last spring."}


def _fact(*near: dict, seen: tuple[str, ...] = ("c", "r")) -> dict:
    return {"status": "possibly_shared", "article_ids": ["m"], "near": list(near),
            "not_seen_in_truncated": list(seen)}


def test_the_text_holding_a_sentence_worth_checking_is_pointed_to() -> None:
    assert worth_checking(CLOSE) and not worth_checking(LOOSE)
    note = fact_cut_note(_fact(CLOSE, LOOSE), NAMES, frozenset({"c", "r"}))
    assert note == ("maybe in Ridge Post's text, which stops mid-sentence: unknown whether "
                    "it says it; Coast Wire's closest sentence may state it (its text is cut)")


def test_a_loose_near_sentence_keeps_the_unknown_note() -> None:
    note = fact_cut_note(_fact(LOOSE, seen=("r",)), NAMES, frozenset({"r"}))
    assert note == ("maybe in Ridge Post's text, which stops mid-sentence: "
                    "unknown whether it says it")


def test_two_texts_are_named_each_with_its_possessive() -> None:
    note = fact_cut_note(_fact(), NAMES, frozenset({"c", "r"}))
    assert note.startswith("maybe in Coast Wire's and Ridge Post's texts, which stop mid-sentence")
    both = dict(CLOSE, article_id="r")
    note = fact_cut_note(_fact(CLOSE, both), NAMES, frozenset({"c", "r"}))
    assert note == ("Coast Wire's and Ridge Post's closest sentences may state it "
                    "(their texts are cut)")
