"""Shared helpers of the conflict tests: a story of real sentences through the whole
``analyze_story`` (spaCy, entities, claims, alignment), and its conflicts."""

from __future__ import annotations

from typing import Any

from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from newsprism.models import Article


def compare_texts(*texts: str, prefix: str = "conflicts") -> dict[str, Any]:
    """The compare JSON of one article per text (Fox News, the NYT, HuffPost in order)."""
    outlets = ["Fox News", "New York Times", "HuffPost"]
    articles = [gold_article(f"{prefix}:{i}:{t}", t, outlet=outlets[i])
                for i, t in enumerate(texts)]  # fmt: skip
    return analyze_story(articles).as_dict()


def conflicts_of(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Every conflict of a compare JSON, fact by fact."""
    return [c for fact in report["claims"] for c in fact["conflicts"]]


def values_of(conflict: dict[str, Any]) -> set[str]:
    """The values the two sides of a conflict give."""
    return {side["value"] for side in conflict["sides"]}


def text_article(article_id: str, text: str) -> Article:
    """A plain-text article of its own outlet ("Outlet <id>"), for a story of written
    leads (the same-fact and lead-pair tests)."""
    return Article(id=article_id, content_hash=article_id, source_path=f"{article_id}.txt",
                   text=text, raw="", raw_format="text", outlet=f"Outlet {article_id}")  # fmt: skip
