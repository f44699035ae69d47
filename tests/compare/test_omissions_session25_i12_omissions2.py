"""An article whose sentence tells a fact in other words is not said to leave it out.

Session 25 (compare/stated.py, docs/eval-compare.md "Session 25: omissions"): the
omission check also reads the MiniLM cosine of the article's sentences and the fact's;
at :data:`OMISSION_COSINE` or more the article plausibly states it. The sentences are
BASIL's (triplet 65cb14cb: Santorum's "phony theology"), run through the real MiniLM
and, end to end, the whole ``analyze_story``.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import stated
from newsprism.compare.align import AlignedClaim
from newsprism.compare.stated import OMISSION_BAR, OMISSION_COSINE, close_in_meaning, stating
from newsprism.compare.story import MINILM_EMBEDDER, omissions
from newsprism.embeddings import get_embedder
from newsprism.models import Claim
from tests.compare.conflict_helpers import compare_texts, text_article

FOX = ("Santorum said he never questioned the president's faith and repeatedly said he "
       "believes Obama is a Christian.")
HUFFPOST = ("\"I've repeatedly said I don't question the president's faith,\" Santorum told "
            "host Bob Schieffer.")
# HuffPost's sentence as grouping joins it with Fox's in a story of three sentences
FOX_AGAIN = ("Santorum said he has never questioned the president's faith and has repeatedly "
             "said he believes Obama is a Christian.")
# the NYT's lead: the same statement in other words (the same-fact model: P about 0.11)
NYT = ("Rick Santorum on Sunday tried to clarify his comment that President Obama "
       "subscribed to a \"phony theology,\" saying he was referring not to the president's "
       "faith but to his view of man's relationship to the world.")
# a sentence of the same story that does not state it
NYT_OTHER = ("Mr. Santorum made the remarks on Saturday at a rally in Columbus, where he "
             "criticized the administration's energy policy.")


def _claims(nyt: str, language: str | None = None) -> list[Claim]:
    texts = {"a": FOX, "b": HUFFPOST, "c": nyt}
    return [Claim(id=f"{x}:c0", article_id=x, sentence_index=0, text=t,
                  language=language if x == "c" else None)
            for x, t in texts.items()]  # fmt: skip


def _missing(nyt: str, language: str | None = None) -> list[str]:
    claims = _claims(nyt, language)
    articles = [text_article(c.article_id, c.text) for c in claims]
    facts = [AlignedClaim(id="F1", status="shared", claims=claims[:2]),
             AlignedClaim(id="F2", status="unique", claims=claims[2:])]
    # below the omission bar: only the cosine can tell
    probability = np.full((3, 3), OMISSION_BAR / 2)
    states = stating(claims, probability, get_embedder(MINILM_EMBEDDER).encode)
    return [m["claim_id"] for m in omissions(articles, facts, states)["c"]]


def test_the_same_statement_in_other_words_is_close_in_meaning() -> None:
    claims = _claims(NYT)
    minilm = get_embedder(MINILM_EMBEDDER).encode([c.text for c in claims])
    close = close_in_meaning(claims, minilm)
    assert close[0, 2] and close[2, 0]
    unrelated = _claims(NYT_OTHER)
    minilm = get_embedder(MINILM_EMBEDDER).encode([c.text for c in unrelated])
    assert not close_in_meaning(unrelated, minilm)[0, 2]


def test_an_article_telling_it_in_other_words_does_not_leave_it_out() -> None:
    assert _missing(NYT) == []


def test_an_article_with_an_unrelated_sentence_still_leaves_it_out() -> None:
    assert _missing(NYT_OTHER) == ["F1"]


def test_a_sentence_in_another_language_is_never_close() -> None:
    # MiniLM is English: a claim marked as Arabic is in no pair, whatever its cosine
    assert _missing(NYT, language="ar") == ["F1"]


def test_without_minilm_nothing_is_close() -> None:
    claims = _claims(NYT)
    assert not close_in_meaning(claims, None).any()
    articles = [text_article(c.article_id, c.text) for c in claims]
    facts = [AlignedClaim(id="F1", status="shared", claims=claims[:2])]
    states = stating(claims, np.full((3, 3), OMISSION_BAR / 2))  # no encoder
    assert [m["claim_id"] for m in omissions(articles, facts, states)["c"]] == ["F1"]
    assert OMISSION_COSINE < 1.0


def _nyt_omissions(nyt: str, prefix: str) -> list[str]:
    report = compare_texts(FOX, FOX_AGAIN, nyt, prefix=prefix)
    shared = [f for f in report["claims"] if len(f["article_ids"]) >= 2]
    assert shared, "Fox and HuffPost state one fact"
    return [m["text"] for m in report["omissions"][report["articles"][2]["id"]]]


def test_end_to_end_the_nyt_is_not_said_to_leave_out_what_its_lead_states(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert _nyt_omissions(NYT, "omissions25") == []
    assert _nyt_omissions(NYT_OTHER, "omissions25b") == [FOX]
    # the cosine is what withholds it: without it the NYT is said to leave it out
    monkeypatch.setattr(stated, "OMISSION_COSINE", 1.01)
    assert _nyt_omissions(NYT, "omissions25c") == [FOX]
