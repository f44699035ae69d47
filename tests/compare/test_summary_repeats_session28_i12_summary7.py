"""A summary line that states again a picked line's fact is not added (session 28,
i12-summary7, compare/summary_repeats.py): a possibly shared fact whose sure partner is
a sentence of the picked line's fact, or a sentence that backs one of it; never on a
partner shown on a low score alone, and never across a conflict line."""

from __future__ import annotations

from newsprism.compare import summary_repeats
from newsprism.compare.align import AlignedClaim
from newsprism.compare.summary import summarize
from newsprism.compare.summary_repeats import said_before
from newsprism.models import Article, Claim

# NeuS raw r365: CNN Business's and the Washington Examiner's first two paragraphs
CNN = ("America is hiring like never before.",
       "Job openings in the United States soared by nearly a million in April, setting a "
       "record for the most openings added in a month and the highest overall number since "
       "the Bureau of Labor Statistics started tracking the data in December 2000.")
EXAMINER = ("Job openings soared to a record high at the end of April, the Labor Department "
            "said Tuesday, adding to fears about unfulfilled demand for workers.",
            "The number of available jobs rose by about 1 million to 9.3 million, according "
            "to the Bureau of Labor Statistics, the highest number since the agency began "
            "keeping track in 2000.")


def _story() -> tuple[list[Article], dict[str, Claim]]:
    articles, claims = [], {}
    for aid, sentences in (("cnn", CNN), ("exam", EXAMINER)):
        text = "\n\n".join(sentences)
        articles.append(Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text,
                                raw="", raw_format="text", outlet=aid.upper()))  # fmt: skip
        for i, sentence in enumerate(sentences):
            start = text.index(sentence)
            claims[f"{aid}:c{i}"] = Claim(f"{aid}:c{i}", aid, i, sentence, start=start,
                                          end=start + len(sentence))  # fmt: skip
    return articles, claims


def _near(claim: Claim, why: str, probability: float) -> dict:
    """A near row as compare/unique.py writes it (worth checking: 7 words, TF-IDF 0.32)."""
    return {"article_id": claim.article_id, "claim_id": claim.id, "sentence": claim.text,
            "why": why, "probability": probability, "shared_words": 7, "tfidf": 0.3212}


def _facts(why: str, probability: float) -> list[AlignedClaim]:
    """r365's facts: F1 shared (CNN P2, the Examiner's P2), F7 the Examiner's lead,
    possibly shared beside CNN P2, and CNN's lead alone."""
    _, c = _story()
    lead = AlignedClaim("F7", "possibly_shared", [c["exam:c0"]], hedge="check",
                        near=[_near(c["cnn:c1"], why, probability)])  # fmt: skip
    return [AlignedClaim("F1", "shared", [c["cnn:c1"], c["exam:c1"]]), lead,
            AlignedClaim("F2", "unique", [c["cnn:c0"]])]


def _line(fact: AlignedClaim, claim: Claim) -> dict:
    return {"text": claim.text, "claim_id": fact.id, "status": fact.status,
            "article_ids": [claim.article_id], "claim_ids": [claim.id]}


def test_a_lead_whose_sure_partner_is_a_picked_lines_fact_is_not_added() -> None:
    """r365: the Examiner's lead beside CNN's P2 at 0.2004 (the sure probability, 0.2)."""
    facts = _facts("score", 0.2004)
    picked = [_line(facts[0], facts[0].claims[0])]
    lead = _line(facts[1], facts[1].claims[0])
    assert said_before(lead, picked, facts, lambda a, b: False)
    # and the other way round: the possibly shared fact picked first, the shared one later
    # is a repeat too (session 28's rule); since session 29 (i12-summary8) CNN's line is
    # still added, as it adds "nearly a million" and December 2000 (checkable.adds)
    summary_repeats.ADDS = False
    try:
        assert said_before(picked[0], [lead], facts, lambda a, b: False)
    finally:
        summary_repeats.ADDS = True
    assert not said_before(picked[0], [lead], facts, lambda a, b: False)


def test_a_partner_shown_on_a_low_score_alone_is_no_repeat() -> None:
    """r145 and r314: a partner shown on its score alone at 0.138 was another fact."""
    facts = _facts("score", 0.138)
    picked = [_line(facts[0], facts[0].claims[0])]
    assert not said_before(_line(facts[1], facts[1].claims[0]), picked, facts,
                           lambda a, b: False)  # fmt: skip
    # a lexical test (a figure in common) makes a low score a sure partner (r488: 0.057)
    facts = _facts("figure", 0.057)
    assert said_before(_line(facts[1], facts[1].claims[0]), picked, facts,
                       lambda a, b: False)  # fmt: skip


def test_a_sentence_that_backs_a_picked_facts_sentence_is_a_repeat() -> None:
    """r137: two shared facts, one sentence each of AP and the Examiner, backed at 0.927."""
    facts = _facts("score", 0.0)
    picked = [_line(facts[0], facts[0].claims[0])]
    exam_lead = _line(facts[1], facts[1].claims[0])
    assert said_before(exam_lead, picked, facts, lambda a, b: True)
    # one outlet's two sentences are never read as backing each other (no probability)
    alone = AlignedClaim("F9", "unique", [facts[0].claims[0]])
    mine = _line(facts[2], facts[2].claims[0])  # CNN's lead beside CNN's P2 alone
    assert not said_before(mine, [_line(alone, alone.claims[0])], [alone, *facts[1:]],
                           lambda a, b: True)  # fmt: skip
    assert not said_before(exam_lead, picked, facts, lambda a, b: False)


def test_conflict_lines_and_the_switch() -> None:
    facts = _facts("score", 0.2004)
    picked = [_line(facts[0], facts[0].claims[0])]
    lead = _line(facts[1], facts[1].claims[0])
    assert not said_before({**lead, "status": "conflict"}, picked, facts, lambda a, b: True)
    assert not said_before(lead, [{**picked[0], "status": "conflict"}], facts,
                           lambda a, b: True)  # fmt: skip
    summary_repeats.ENABLED = False
    try:
        assert not said_before(lead, picked, facts, lambda a, b: True)
    finally:
        summary_repeats.ENABLED = True


def test_the_summary_says_the_record_once() -> None:
    """Through ``summarize``: CNN's P2 (shared, the first line) and the Examiner's lead
    (possibly shared beside it) are one line, not two; with the step off, both."""
    articles, _ = _story()
    facts = _facts("score", 0.2004)
    lines = summarize(articles, facts, backs=lambda a, b: False)
    texts = [line["text"] for line in lines]
    assert CNN[1] in texts and EXAMINER[0] not in texts
    summary_repeats.ENABLED = False
    try:
        before = [line["text"] for line in summarize(articles, facts, backs=lambda a, b: False)]
    finally:
        summary_repeats.ENABLED = True
    assert CNN[1] in before and EXAMINER[0] in before
