"""A cut text whose kept part holds a sentence of the fact worth checking is not named as
silent on it (``compare/truncated.py``, session 35).

On NeuS rows the note "maybe in X's text, which stops mid-sentence: unknown whether it
says it" stood beside facts X's kept text states, in the very sentence shown as "closest
elsewhere". The near sentence a reader is told to check (``unique.worth_checking``) is
evidence in what X's text holds, not a silence the cut explains. A near sentence too
weak to check leaves the cut article named, as before.
"""

from __future__ import annotations

from newsprism.compare.align import AlignedClaim
from newsprism.compare.truncated import mark_truncated
from newsprism.compare.unique import worth_checking
from newsprism.models import Article, Claim

OWN = "The Tarnwick mill will close its east wing in March, the owners said."
KEPT = "The owners of the Tarnwick mill plan to shut its east wing in March."
CUT_END = " Workers at the mill were told on Monday that the..."


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text, raw=text,
                   raw_format="text")  # fmt: skip


def _story(row: dict) -> tuple[AlignedClaim, list[dict]]:
    whole = _article("whole", OWN + " Nobody else was affected.")
    cut = _article("cut", KEPT + CUT_END)
    claim = Claim(id="whole:c0", article_id="whole", sentence_index=0, text=OWN,
                  start=0, end=len(OWN))  # fmt: skip
    fact = AlignedClaim(id="F1", status="possibly_shared", claims=[claim],
                        near=[{"article_id": "cut", "claim_id": "cut:c0", **row}])
    entries = mark_truncated([whole, cut], [fact], {"whole": [], "cut": []})
    return fact, entries


def test_a_near_sentence_worth_checking_keeps_the_cut_text_unnamed() -> None:
    row = {"sentence": KEPT, "why": "words", "probability": 0.31, "shared_words": 6,
           "tfidf": 0.42}  # fmt: skip
    assert worth_checking(row)
    fact, entries = _story(row)
    assert [e["article_id"] for e in entries] == ["cut"]  # the text is still cut
    assert fact.not_seen_in_truncated == []


def test_a_weak_near_sentence_leaves_the_cut_text_named() -> None:
    row = {"sentence": KEPT, "why": "score", "probability": 0.04, "shared_words": 1,
           "tfidf": 0.09}  # fmt: skip
    assert not worth_checking(row)
    fact, _ = _story(row)
    assert fact.not_seen_in_truncated == ["cut"]
