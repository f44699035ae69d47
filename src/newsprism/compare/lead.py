"""The story's lead: which article's opening sentence states what the outlets all report.

A news report states its event in its first body sentence (the inverted pyramid), and
that sentence is written to be read alone, where a later one leans on it ("the strike",
"the move", "Some will start working 24/7"). When the alignment joins no lead sentence
into a shared fact (it links few sentences across outlets that word the event
differently: three of the eight stories of gold/summary-neus had no summary line at all,
each outlet's lead "possibly shared"), the summary still opens on the event: the lead
sentence that the other outlets' opening sentences say most alike, cited to its own
outlet alone (its citation is exact; docs/eval-compare.md, session 22).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsprism.cluster.terms import STOP_WORDS
from newsprism.compare.align import AlignedClaim
from newsprism.compare.tfidf import tfidf_cosine
from newsprism.models import Article, Claim

# an article's opening: its first sentences, where a report states its event
OPENING_SENTENCES = 3
# the least TF-IDF cosine between a lead and another outlet's opening sentence for the
# lead to state what that outlet reports: on gold/summary-neus and session 21's NeuS
# rows the event leads score 0.14-0.31 against each other, the openings of opinion
# pieces on one topic 0.04-0.07 (docs/eval-compare.md, session 22)
MIN_LEAD_COSINE = 0.15
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")

Headline = Callable[[Claim, Article], bool]


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


def openings(articles: Sequence[Article], facts: Sequence[AlignedClaim],
             headline: Headline) -> dict[str, list[Claim]]:  # fmt: skip
    """Each article's claims of its first :data:`OPENING_SENTENCES` body sentences (the
    headline and a standfirst above the body left out), in text order."""
    by_article = {a.id: a for a in articles}
    claims: dict[str, list[Claim]] = {a.id: [] for a in articles}
    seen: set[str] = set()
    for fact in facts:
        for claim in fact.claims:
            article = by_article.get(claim.article_id)
            if article is None or claim.id in seen or headline(claim, article):
                continue
            seen.add(claim.id)
            claims[article.id].append(claim)
    opening = {}
    for article_id, found in claims.items():
        found.sort(key=lambda c: (c.sentence_index, c.start))
        firsts = sorted({c.sentence_index for c in found})[:OPENING_SENTENCES]
        opening[article_id] = [c for c in found if c.sentence_index in firsts]
    return opening


def lead_claims(opening: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """Each article's lead: the claims of its first body sentence."""
    return {aid: [c for c in found if c.sentence_index == found[0].sentence_index]
            for aid, found in opening.items() if found}  # fmt: skip


def ranked_leads(opening: dict[str, list[Claim]]) -> list[Claim]:
    """The articles' lead claims, the most widely echoed first: a lead's score is, over
    the other articles, its highest TF-IDF cosine with one of their opening sentences,
    summed; a lead that no other outlet's opening says alike (:data:`MIN_LEAD_COSINE`)
    is left out, since it may be one outlet's angle rather than the story's event."""
    leads = [c for found in lead_claims(opening).values() for c in found]
    others = [c for found in opening.values() for c in found]
    if len(opening) < 2 or not leads:
        return []
    cosine = tfidf_cosine([_words(c.text) for c in leads + others])
    scored = []
    for i, lead in enumerate(leads):
        best: dict[str, float] = {}
        for j, other in enumerate(others, start=len(leads)):
            if other.article_id != lead.article_id:
                best[other.article_id] = max(best.get(other.article_id, 0.0), cosine[i, j])
        if max(best.values(), default=0.0) >= MIN_LEAD_COSINE:
            scored.append((-sum(best.values()), lead.sentence_index, lead.id, lead))
    return [lead for *_, lead in sorted(scored)]
