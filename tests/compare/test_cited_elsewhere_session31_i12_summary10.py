"""A shared line is cited to an outlet whose sentence backs it at the citation bar in
another fact that holds the line's sentence (session 31, compare/cited_elsewhere.py;
NeuS raw row 474: CNN's lead, probability 0.79 beside the Epoch Times' line in a partly
shared fact, was not cited). The bar is the summary's own (``story._backing`` at
``SUMMARY_BACKING``); a sentence under it, a conflict's sentence and a unique line's
fact are left as they were."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import cited_elsewhere
from newsprism.compare.align import AlignedClaim
from newsprism.compare.story import SUMMARY_BACKING, _backing
from newsprism.compare.summary import summarize
from newsprism.models import Claim
from tests.compare.conflict_helpers import text_article

LINE = ("The Harwick county council voted on Tuesday to close 4 of its 9 public pools "
        "for the summer, citing a shortfall of $2 million.")
PARTNER = "Harwick's council decided Tuesday to shut four public pools this summer."
ELSEWHERE = ("On Tuesday the Harwick council voted to close four of the county's nine "
             "pools for the summer over a $2 million shortfall.")


def _lines(other_status: str = "partly_shared", elsewhere_p: float = 0.8,
           line_status: str = "shared") -> list[dict]:
    """Three outlets: a's line shares a fact with b's sentence (under the bar) and
    another fact with c's (at ``elsewhere_p``)."""
    texts = {"a": LINE, "b": PARTNER, "c": ELSEWHERE}
    claims = [Claim(id=f"{x}:c0", article_id=x, sentence_index=0, text=t, start=0,
                    end=len(t)) for x, t in texts.items()]  # fmt: skip
    articles = [text_article(c.article_id, c.text) for c in claims]
    facts = [AlignedClaim(id="F1", status=line_status, claims=claims[:2]),
             AlignedClaim(id="F2", status=other_status, claims=[claims[0], claims[2]])]
    probability = np.array([[1.0, 0.3, elsewhere_p], [0.3, 1.0, 0.3],
                            [elsewhere_p, 0.3, 1.0]])  # fmt: skip
    backs = _backing(claims, probability, SUMMARY_BACKING)
    return summarize(articles, facts, backs=backs)


def _cited(lines: list[dict]) -> list[str]:
    return next(line["article_ids"] for line in lines if line["text"] == LINE)


def test_an_outlet_backing_the_line_in_another_fact_is_cited() -> None:
    assert _cited(_lines()) == ["a", "c"]  # b is under the bar: not cited


def test_under_the_bar_in_the_other_fact_it_is_not() -> None:
    assert _cited(_lines(elsewhere_p=SUMMARY_BACKING - 0.1)) == ["a"]


def test_a_conflicts_sentence_is_never_cited_for_the_line() -> None:
    assert _cited(_lines(other_status="conflict")) == ["a"]


def test_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cited_elsewhere, "CITED_ELSEWHERE_RULE", False)
    assert _cited(_lines()) == ["a"]


def test_a_unique_line_stays_its_outlets_own() -> None:
    """A line of a one-outlet fact is marked as that outlet's: not widened, though the
    same sentence backs it in another fact."""
    claims = [Claim(id=f"{x}:c0", article_id=x, sentence_index=0, text=t, start=0,
                    end=len(t)) for x, t in (("a", LINE), ("c", ELSEWHERE))]  # fmt: skip
    facts = [AlignedClaim(id="F1", status="unique", claims=claims[:1]),
             AlignedClaim(id="F2", status="partly_shared", claims=claims)]
    backs = _backing(claims, np.array([[1.0, 0.8], [0.8, 1.0]]), SUMMARY_BACKING)
    line = {"text": LINE, "claim_id": "F1", "status": "unique", "article_ids": ["a"],
            "claim_ids": ["a:c0"]}
    cited_elsewhere.cite_backers([line], facts, backs)
    assert line["article_ids"] == ["a"]
    line["status"], facts[0].status = "shared", "shared"  # the same line of a shared fact
    cited_elsewhere.cite_backers([line], facts, backs)
    assert line["article_ids"] == ["a", "c"]
