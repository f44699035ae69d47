"""What a paywall-cut article does not say is unknown, not evidence.

Cleaning flags an article whose text a paywall cuts (``Article.truncated``,
``clean/truncation.py``). A comparison reads an outlet's silence as information: "only
A says X" tells a fact-checker that B does not, and a fact B leaves out is one of B's
omissions. When B's text stops after its lead, neither holds: X may be in the part the
page did not serve. So, additively (the facts and their statuses stay as they are):

- each one-outlet fact (``unique`` or ``possibly_shared``) names the cut articles of
  the story it was not seen in (``not_seen_in_truncated``): their silence proves
  nothing. A cut article with a ``near`` sentence (``possibly_shared``) is named too:
  that sentence only may state the fact, and the cut part may state it outright; the
  fact's own article is never named;
- a cut article is never counted as omitting: its list in ``omissions`` is empty, and
  the facts that would have been there are its ``not_seen`` in the story-level
  ``truncated_articles`` list, with the reason cleaning gave.

A text that stops mid-sentence with an ellipsis ("… the opportunity to..."; a feed
excerpt, a crawled lead) is cut as surely, though no paywall says so: it counts as cut
here, with the words it stops on as the reason (``extract.claims.cut_off_end``, which
also keeps the fragment out of the claims).

Conflicts are untouched: a sentence that is in the text can still contradict another,
and a sentence that is not there cannot.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsprism.compare.align import AlignedClaim
from newsprism.compare.cut_sentence import cut_part, states_in_cut
from newsprism.extract.claims import cut_off_end
from newsprism.models import Article

ONE_OUTLET = ("unique", "possibly_shared")


def mark_truncated(
    articles: Sequence[Article],
    facts: Sequence[AlignedClaim],
    omissions: dict[str, list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Mark one-outlet facts and take cut articles out of the omissions.

    Args:
        articles: the story's articles.
        facts: the aligned facts; ``not_seen_in_truncated`` is set on one-outlet facts.
        omissions: per article id, as :func:`newsprism.compare.story.omissions` builds
            it; a cut article's list is emptied (moved to its ``not_seen``).

    Returns:
        One entry per cut article, in article order: ``article_id``, ``outlet``,
        ``reason`` (``provenance.truncated``) and ``not_seen`` (fact references).
    """
    cut = [a for a in articles if cut_reason(a)]
    if not cut:
        return []
    for fact in facts:
        if fact.status in ONE_OUTLET:
            fact.not_seen_in_truncated = _silent(fact, cut, facts)
            fact.stated_in_cut = _stated_in_cut(fact, cut, facts)
    return [_entry(article, omissions, facts) for article in cut]


def cut_reason(article: Article) -> str | None:
    """Why the article's text is cut: cleaning's reason (a paywall), else the words a text
    stops on mid-sentence, else None."""
    if article.truncated:
        return str(article.provenance.get("truncated"))
    tail = cut_off_end(article.text)
    return f"the text stops mid-sentence: {tail!r}" if tail else None


def _silent(fact: AlignedClaim, cut: Sequence[Article],
            facts: Sequence[AlignedClaim]) -> list[str]:  # fmt: skip
    """The cut articles that do not state the fact (a ``near`` sentence only may)."""
    own = set(fact.article_ids)
    return [a.id for a in cut if a.id not in own and not _in_cut_part(fact, a, facts)]


def _stated_in_cut(fact: AlignedClaim, cut: Sequence[Article],
                   facts: Sequence[AlignedClaim]) -> list[dict[str, str]]:  # fmt: skip
    """The cut articles (not the fact's own) whose cut last sentence states the fact,
    with its words: the fact is not that one outlet's alone, which the reader is told."""
    own = set(fact.article_ids)
    return [{"article_id": a.id, "words": cut_part(a) or ""} for a in cut
            if a.id not in own and _in_cut_part(fact, a, facts)]  # fmt: skip


def _in_cut_part(fact: AlignedClaim, article: Article, facts: Sequence[AlignedClaim]) -> bool:
    """Whether the words of the article's cut last sentence state the fact
    (:mod:`newsprism.compare.cut_sentence`, session 24): then its text is not silent."""
    part = cut_part(article)
    if part is None:
        return False
    others = [c.text for f in facts if f is not fact for c in f.claims]
    return states_in_cut(fact, article, part, others)


def _entry(article: Article, omissions: dict[str, list[dict[str, Any]]],
           facts: Sequence[AlignedClaim] | None = None) -> dict[str, Any]:
    """The story-level entry of one cut article; its omissions become ``not_seen``."""
    not_seen = omissions.get(article.id) or []
    omissions[article.id] = []  # a cut text does not omit: its silence is unknown
    if facts is not None:  # what its cut last sentence states, it is not silent on
        by_id = {f.id: f for f in facts}
        not_seen = [item for item in not_seen if item.get("claim_id") not in by_id
                    or not _in_cut_part(by_id[item["claim_id"]], article, facts)]  # fmt: skip
    return {
        "article_id": article.id,
        "outlet": article.outlet,
        "reason": cut_reason(article) or "",
        "not_seen": not_seen,
    }
