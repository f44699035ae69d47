"""The merged summary: readable lines, pronouns resolved only when safe, citations kept."""

from __future__ import annotations

from newsprism.compare.align import AlignedClaim
from newsprism.compare.summary import summarize
from newsprism.models import Article, Claim, Quote

TEXT_A = ('Miller said that Blinken “backed the plan, but he opposed the raid.” '
          "He added that talks would go on.")  # fmt: skip


def _article(aid: str, outlet: str) -> Article:
    return Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=TEXT_A, raw="",
                   raw_format="text", outlet=outlet)  # fmt: skip


def _claim(cid: str, aid: str, text: str, start: int = 0) -> Claim:
    return Claim(cid, aid, 0, text, start=start, end=start + len(text))


def _fact(fid: str, status: str, *claims: Claim) -> AlignedClaim:
    return AlignedClaim(fid, status, list(claims))


ARTICLES = [_article("A", "Outlet A"), _article("B", "Outlet B")]
QUOTE = Quote("q1", "A", "backed the plan, but he opposed the raid.", "direct", "Matthew Miller",
              start=TEXT_A.index("backed"), end=TEXT_A.index("raid.") + 5)  # fmt: skip
QUOTE_2 = Quote("q2", "A", "talks would go on", "reported", "Matthew Miller",
                start=TEXT_A.index("talks"), end=TEXT_A.index("on.") + 2)  # fmt: skip


def test_a_pronoun_inside_the_quoted_words_is_not_the_speaker() -> None:
    clause = _claim("c1", "A", "but he opposed the raid.”", TEXT_A.index("but he"))
    other = _claim("c2", "B", "Blinken opposed a raid on the city")
    [line] = summarize(ARTICLES, [_fact("F1", "shared", clause, other)], [QUOTE])
    assert line["text"] == "Blinken opposed a raid on the city."  # the readable rendering wins
    assert line["original"] == "Blinken opposed a raid on the city"
    assert line["article_ids"] == ["A", "B"] and line["claim_id"] == "F1"


def test_the_speakers_pronoun_is_replaced_by_the_resolved_name() -> None:
    clause = _claim("c1", "A", "He added that talks would go on", TEXT_A.index("He added"))
    [line] = summarize(ARTICLES, [_fact("F1", "unique", clause)], [QUOTE, QUOTE_2])
    assert line["text"] == "Matthew Miller added that talks would go on."


def test_edges_are_mended_and_exact_lines_carry_no_original() -> None:
    cut = _claim("c1", "A", "adding that Blinken “underscored that alternatives exist")
    exact = _claim("c2", "B", "Netanyahu agreed to send a delegation.")
    lines = summarize(ARTICLES, [_fact("F1", "unique", cut), _fact("F2", "unique", exact)])
    assert lines[0]["text"] == "Blinken “underscored that alternatives exist.”"
    assert lines[1] == {"text": "Netanyahu agreed to send a delegation.", "claim_id": "F2",
                        "status": "unique", "article_ids": ["B"]}  # fmt: skip


def test_conflicts_are_stated_from_both_sides_with_outlet_names() -> None:
    a = _claim("c1", "A", "1.4 million people live there")
    b = _claim("c2", "B", "600,000 people live there")
    [line] = summarize(ARTICLES, [_fact("F1", "conflict", a, b)])
    assert line["text"] == ("Accounts differ — Outlet A: 1.4 million people live there; "
                            "Outlet B: 600,000 people live there")  # fmt: skip
