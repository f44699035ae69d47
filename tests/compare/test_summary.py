"""The merged summary: readable lines, pronouns resolved only when safe, citations kept."""

from __future__ import annotations

from newsprism.compare.align import AlignedClaim
from newsprism.compare.conflicts import conflict
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
                        "status": "unique", "article_ids": ["B"],
                        "claim_ids": ["c2"]}  # fmt: skip


def test_each_conflict_is_one_plain_line_citing_both_sides() -> None:
    a = _claim("c1", "A", "1.4 million people live there")
    b = _claim("c2", "B", "600,000 people live there")
    fact = _fact("F1", "conflict", a, b)
    fact.conflicts = [conflict("number", "a number (people)", a, "1.4 million", b, "600,000")]
    [line] = summarize(ARTICLES, [fact])
    assert line["text"] == ("Accounts differ on a number (people): Outlet A says 1.4 million, "
                            "Outlet B says 600,000.")  # fmt: skip
    assert line["article_ids"] == ["A", "B"] and line["claim_ids"] == ["c1", "c2"]


def test_a_line_is_cited_only_to_the_articles_whose_sentence_backs_it() -> None:
    """A chained group (A's sentence linked to B's only through C's) cites A and C, not B."""
    a = _claim("c1", "A", "Netanyahu agreed to send a delegation to Washington.")
    c = _claim("c3", "C", "Netanyahu agreed to send a delegation to Washington this week.")
    b = _claim("c2", "B", "Netanyahu cancelled the delegation's trip to Washington.")
    backing = {frozenset(("c1", "c3"))}
    articles = [*ARTICLES, _article("C", "Outlet C")]
    [line] = summarize(articles, [_fact("F1", "shared", a, b, c)],
                       backs=lambda x, y: frozenset((x.id, y.id)) in backing)  # fmt: skip
    assert line["article_ids"] == ["A", "C"]


def test_a_fragment_or_an_unresolved_pronoun_is_left_out() -> None:
    fragment = _claim("c1", "A", "Former Attorney General Eric Holder.")
    pronoun = _claim("c2", "B", "She said the plan was dead.")
    lines = summarize(ARTICLES, [_fact("F1", "unique", fragment), _fact("F2", "unique", pronoun)])
    assert lines == []


def test_a_quoted_line_names_its_speaker_or_is_left_out() -> None:
    text = "“You are part of the First Family,” she wrote. Officials said talks go on."
    article = Article(id="A", content_hash="A", source_path="a.txt", text=text, raw="",
                      raw_format="text", outlet="Outlet A")  # fmt: skip
    quoted = _claim("c1", "A", "“You are part of the First Family,”", 0)
    quote = Quote("q1", "A", "You are part of the First Family,", "direct", "Elizabeth Lauten",
                  start=1, end=34)  # fmt: skip
    [line] = summarize([article], [_fact("F1", "unique", quoted)], [quote])
    assert line["text"] == "According to Elizabeth Lauten, “You are part of the First Family.”"
    unnamed = Quote("q1", "A", "You are part of the First Family,", "direct", None, start=1,
                    end=34)  # fmt: skip
    assert summarize([article], [_fact("F1", "unique", quoted)], [unnamed]) == []
    reported = _claim("c2", "A", "but that negotiations are ongoing", 40)
    assert summarize([article], [_fact("F2", "unique", reported)]) == []
