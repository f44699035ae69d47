"""The crawl time of a page (a WARC record's ``WARC-Date``): an upper bound, not a date.

A crawler fetched the page at that moment, so the page was published then or before.
It is kept on the article as ``crawled_at`` and is never used as the publication time
(a CC-NEWS crawl may fetch a page days after it appeared, and re-fetch it for years).
A publication time that cleaning found *after* the crawl time is impossible (a stamp
read in the wrong zone, an "updated" stamp taken for the date, a date in the page's
future events): it is dropped, with the reason, rather than shown wrong.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from newsprism.models import Article

__all__ = ["bound_by_crawl", "crawl_time"]

CRAWL_PROVENANCE = "WARC-Date of the record"


def crawl_time(value: object) -> str | None:
    """``WARC-Date`` as ISO 8601 UTC to the second (``2024-03-25T12:00:00Z``), or None
    when it is missing or not a date (the page is still read)."""
    parsed = _utc(value)
    return parsed.strftime("%Y-%m-%dT%H:%M:%SZ") if parsed else None


def _utc(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:  # WARC-Date is UTC by definition (ISO 28500)
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def bound_by_crawl(article: Article, crawled: object) -> Article:
    """The article with its crawl time, and without a publication time later than it."""
    crawled_at = crawl_time(crawled)
    if crawled_at is None:
        return article
    provenance = {**article.provenance, "crawled_at": CRAWL_PROVENANCE}
    published = _utc(article.published_at)
    if published is None or published <= _utc(crawled_at):  # type: ignore[operator]
        return replace(article, crawled_at=crawled_at, provenance=provenance)
    reason = (f"no publication time: the one found, {article.published_at} "
              f"(printed {article.published_at_original!r}), is later than the crawl time "
              f"{crawled_at}, so it cannot be right; it was: {article.date_reason}")  # fmt: skip
    return replace(article, crawled_at=crawled_at, provenance=provenance, published_at=None,
                   published_at_original=None, date_reason=reason)  # fmt: skip
