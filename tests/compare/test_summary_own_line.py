"""A story whose outlets agree on facts that no two sentences state whole still gets a
summary line: the most corroborated fact's readable sentence, cited only to its own
outlet (three of six stories of session 18's reading had an empty summary)."""

from __future__ import annotations

from newsprism.compare.align import AlignedClaim
from newsprism.compare.summary import summarize
from newsprism.models import Claim
from tests.compare.conflict_helpers import text_article

A = ("Nonfarm payrolls increased by 194,000 workers in September as the unemployment "
     "rate fell to 4.8%, the Labor Department said Friday.")  # fmt: skip
B = ("Friday's report from the Labor Department also showed that the unemployment rate "
     "fell sharply to 4.8% from 5.2% in August.")  # fmt: skip


def _story() -> tuple[list, list[AlignedClaim]]:
    articles = [text_article("a", A), text_article("b", B)]
    claims = [Claim(id="a:c0", article_id="a", sentence_index=0, text=A, start=0, end=len(A)),
              Claim(id="b:c0", article_id="b", sentence_index=0, text=B, start=0, end=len(B))]
    return articles, [AlignedClaim(id="F1", status="shared", claims=claims)]


def test_an_unbacked_shared_fact_gives_one_line_cited_to_its_own_outlet() -> None:
    articles, facts = _story()
    summary = summarize(articles, facts, backs=lambda a, b: False)
    assert len(summary) == 1
    (line,) = summary
    assert line["article_ids"] == ["a"] and line["claim_ids"] == ["a:c0"]
    assert line["text"] == A


def test_a_backed_line_is_cited_to_both_and_no_other_line_is_added() -> None:
    articles, facts = _story()
    summary = summarize(articles, facts, backs=lambda a, b: True)
    assert len(summary) == 1 and summary[0]["article_ids"] == ["a", "b"]
