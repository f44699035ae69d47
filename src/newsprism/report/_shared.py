"""What the HTML and the terminal report share, so that both name things the same way.

Both read the public JSON dict, which may come from an older or newer ``compare`` (the
contract adds fields and never renames them), so every reader here tolerates a missing
or odd value instead of raising: a report with a gap beats no report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

STATUSES = ("shared", "conflict", "unique", "possibly_shared")
STATUS_HELP = {
    "shared": "reported by several outlets, in agreement",
    "conflict": "reported by several outlets with values that cannot all be true",
    "unique": "reported by one outlet only",
    "possibly_shared": "one outlet's sentence that another outlet may also state (not "
                       "shown as unique)",
}
TITLE_FALLBACK_WORDS = 12


def article_labels(articles: Sequence[Mapping[str, Any]]) -> list[str]:
    """A short, unique display name per article: the outlet, numbered when repeated.

    Two articles of one outlet are common (an update, a wire copy), and a citation that
    says "Al Jazeera" twice would not say which.
    """
    names = [str(a.get("outlet") or f"Article {i + 1}") for i, a in enumerate(articles)]
    totals = Counter(names)
    seen: Counter[str] = Counter()
    labels = []
    for name in names:
        seen[name] += 1
        labels.append(f"{name} ({seen[name]})" if totals[name] > 1 else name)
    return labels


def labels_by_id(articles: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """``{article id: display name}``."""
    return {str(a.get("id")): label for a, label in zip(articles, article_labels(articles),
                                                        strict=True)}  # fmt: skip


def name_articles(text: str, names: Mapping[str, str]) -> str:
    """Put outlet names in place of article ids in a generated sentence.

    The summary line of a conflict reads "Accounts differ — <article id>: …; <article
    id>: …"; a reader knows outlets, not hashes. Only generated text goes through here,
    never article text.
    """
    for article_id, name in names.items():
        if article_id:
            text = text.replace(article_id, name)
    return text


def title_or_opening(article: Mapping[str, Any]) -> tuple[str, bool]:
    """The title, or the opening words when there is none (and True for a fallback).

    ``title`` is null when the first line is a sentence rather than a headline
    (architecture decision 6); displays show the opening words instead.
    """
    title = article.get("title")
    if title:
        return str(title), False
    words = str(article.get("text") or "").split()
    opening = " ".join(words[:TITLE_FALLBACK_WORDS])
    return opening + ("…" if len(words) > TITLE_FALLBACK_WORDS else ""), True


def published(value: Any) -> str:
    """``2024-03-25 23:21 UTC`` for a UTC time, the date for a date-only stamp."""
    if not isinstance(value, str) or not value:
        return "date unknown"
    if "T" in value and len(value) >= 16:
        return f"{value[:10]} {value[11:16]} UTC"
    return value


def status(value: Any) -> str:
    """A known status; anything else is shown as unique, the weakest claim to make."""
    return value if value in STATUSES else "unique"


def tally(counts: Any) -> list[tuple[str, int]]:
    """``{key: count}`` as pairs, most first, ties by name (a stable order for diffs)."""
    if not isinstance(counts, Mapping):
        return []
    return sorted(((str(k), as_int(v)) for k, v in counts.items()),
                  key=lambda kv: (-kv[1], kv[0]))  # fmt: skip


def as_int(value: Any) -> int:
    """An integer count, 0 for anything else (bool is not a count)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
