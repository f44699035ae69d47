"""What the HTML and the terminal report share, so that both name things the same way.

Both read the public JSON dict, which may come from an older or newer ``compare`` (the
contract adds fields and never renames them), so every reader here tolerates a missing
or odd value instead of raising: a report with a gap beats no report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from newsprism.compare.readable import mostly_quoted
from newsprism.report.outlet_colours import COLOURS, home_colour, story_colours

STATUSES = ("shared", "partly_shared", "conflict", "unique", "possibly_shared")
STATUS_HELP = {
    "shared": "reported by several outlets, in agreement",
    "partly_shared": "one part of a sentence reported by other outlets too: only the marked "
                     "part is shared, the rest of the sentence is that outlet's own",
    "conflict": "reported by several outlets with values that cannot all be true",
    "unique": "reported by one outlet only",
    "possibly_shared": "one outlet's sentence that another outlet may also state (not "
                       "shown as unique)",
}
TITLE_FALLBACK_WORDS = 12
OUTLET_COLOURS = COLOURS  # CSS classes o0 … o9 in report.css (report/outlet_colours.py)


def outlet_colour(name: Any) -> int:
    """An outlet's home colour (CSS class ``o<N>``), from its name alone: where a story
    or the store puts no other outlet of that colour beside it, its colour on every page
    and report (:mod:`newsprism.report.outlet_colours`)."""
    return home_colour(name)


def source_name(article: Mapping[str, Any]) -> str | None:
    """Who published an article: its outlet, else its web site, else its file name.

    An article with no known outlet is still from somewhere a reader can recognise
    ("aljazeera.net", "003_d3ddbd5c.txt"), which "Article 2" is not.
    """
    outlet = article.get("outlet")
    if isinstance(outlet, str) and outlet.strip():
        return outlet.strip()
    url = article.get("url")
    if isinstance(url, str):
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            host = None
        if host:
            return host.removeprefix("www.")
    path = article.get("source_path")
    if isinstance(path, str) and path.strip():
        return PurePath(path.strip().split("#", 1)[0]).name or None
    return None


def article_colours(articles: Sequence[Mapping[str, Any]],
                    known: Mapping[str, int] | None = None) -> list[int]:  # fmt: skip
    """Each article's colour: its source's (:func:`source_name`), no two sources of the
    story in one (:func:`newsprism.report.outlet_colours.story_colours`; ``known``: the
    store's colours, which the web passes and a standalone report has not)."""
    return story_colours([source_name(a) or f"article {i + 1}" for i, a in enumerate(articles)],
                         known)  # fmt: skip


def article_labels(articles: Sequence[Mapping[str, Any]]) -> list[str]:
    """A short, unique display name per article: the outlet, numbered when repeated.

    Two articles of one outlet are common (an update, a wire copy), and a citation that
    says "Al Jazeera" twice would not say which. An article with no known outlet is
    named by its web site or file (:func:`source_name`); "Article N" only when it has
    none of them.
    """
    names = [source_name(a) or f"Article {i + 1}" for i, a in enumerate(articles)]
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


# Resolutions whose way to the name a reader should see: an office or a document
# speaking for its owner ("a statement from his office" is Netanyahu's office, not his
# own words), a title ("the spokesman") and an epithet given its person by the other
# articles ("Rick Perry (as “the Texas governor”)": the reader sees what was matched).
# Names and pronouns are left bare: a pronoun is the common case, and its sentence is
# one click away.
SHOWN_AS_WRITTEN = frozenset({"organisation", "role", "epithet"})
# First words that take a small letter inside another sentence ("The spokesman" ->
# "the spokesman"); any other first word may be a name ("Netanyahu's office", "Downing
# Street") and keeps its capital.
_LOWERED_FIRST = frozenset({"the", "a", "an", "his", "her", "its", "their"})
_POSSESSIVE = re.compile(r"\w['’]s?\s+\w")  # "Netanyahu’s office", "the Smiths' lawyer"


def quote_speaker_labels(quotes: Sequence[Mapping[str, Any]]) -> list[str]:
    """Each quote's speaker as a reader sees it: the name, "" when unresolved; with the
    words the article uses when it names the speaker through an office, a document or a
    title: "Benjamin Netanyahu (as “a statement from his office”)"; and for a statement
    quoted inside another quote (``within``) whose words it is: "Mitt Romney (quoted by
    Paul Ryan)"."""
    by_id = {q.get("id"): q for q in quotes}
    labels = []
    for quote in quotes:
        label = str(quote.get("speaker") or "")
        written = as_written(quote)
        if label and written:
            label = f"{label} (as “{written}”)"
        outer = quoted_by(quote, by_id)
        labels.append(f"{label} (quoted by {outer})" if outer is not None else label)
    return labels


def unresolved_label(quote: Mapping[str, Any]) -> str:
    """What a quote with no speaker shows: the words the article names its source with,
    marked unresolved ("unresolved: “the dashboard”", "unresolved: “the sources”"), or
    "unattributed" when the text names none. The session-20 reader took a bare
    "(unattributed)" beside "according to the dashboard" for a missed speaker; the words
    say who without a guess at a name."""
    written = " ".join(str(quote.get("speaker_as_written") or "").split())
    return f"unresolved: “{written}”" if written else "unattributed"


def as_written(quote: Mapping[str, Any]) -> str | None:
    """The words naming the speaker at the cue, when the speaker was found through them
    (:data:`SHOWN_AS_WRITTEN`) and they are not the name itself ("the White House" for
    "White House" is not shown)."""
    written = " ".join(str(quote.get("speaker_as_written") or "").split())
    speaker = str(quote.get("speaker") or "")
    if quote.get("speaker_resolved") not in SHOWN_AS_WRITTEN or not written or not speaker:
        return None
    a, b = written.lower().removeprefix("the "), speaker.lower().removeprefix("the ")
    # the name itself ("the White House" for "White House"), but not the name's office:
    # "Prime Minister Benjamin Netanyahu’s office" holds the name and is not the person
    # (a reader of session 19 took the bare name for the prime minister's own words);
    # nor a person or people the name only modifies (session 36: "The White House
    # coronavirus czar" read "White House", as if the body had said it): the words
    # hold the name and go on after it ("the Taliban's" is the name)
    if (a in b or re.sub(r"['’]s?$", "", a).endswith(b)) and not _POSSESSIVE.search(written):
        return None
    # "The spokesman" began a sentence: shown inside another, it reads "the spokesman".
    first = written.split(" ", 1)[0]
    return written[0].lower() + written[1:] if first.lower() in _LOWERED_FIRST else written


def quoted_by(quote: Mapping[str, Any], by_id: Mapping[Any, Mapping[str, Any]]) -> str | None:
    """Whose quote a statement quoted inside another one (``within``) sits in: the outer
    quote's speaker, "an unresolved speaker", or None for a quote of its own."""
    outer = by_id.get(quote.get("within")) if quote.get("within") else None
    if outer is None:
        return None
    return str(outer.get("speaker") or "an unresolved speaker")


def quoted_facts(facts: Sequence[Mapping[str, Any]], quotes: Sequence[Mapping[str, Any]]
                 ) -> dict[str, str]:  # fmt: skip
    """Fact id -> the speaker label (:func:`quote_speaker_labels`; "" when unresolved)
    of the direct quotation that holds most of the fact's first sentence, for the facts
    that are somebody's quoted words (:func:`mostly_quoted`, the summary's rule)."""
    labels = dict(zip((id(q) for q in quotes), quote_speaker_labels(quotes), strict=True))
    found = {}
    for fact in facts:
        evidence = (fact.get("evidence") or [{}])[0]
        start, end = as_int(evidence.get("start")), as_int(evidence.get("end"))
        for quote in quotes:
            if quote.get("kind") != "direct" or quote.get("article_id") != evidence.get(
                    "article_id"):  # fmt: skip
                continue
            if mostly_quoted(start, end, as_int(quote.get("start")), as_int(quote.get("end"))):
                found[str(fact.get("id"))] = labels[id(quote)]
                break
    return found


def headline_aliases(entity: Mapping[str, Any]) -> list[str]:
    """An entity row's headline forms (``headline_forms``, session 34) as "also called"
    entries, marked: a form no body writes, only a headline ("DOJ (in a headline)")."""
    forms = entity.get("headline_forms") or {}
    seen = dict.fromkeys(str(f) for fs in (forms.values() if isinstance(forms, Mapping)
                                           else []) for f in fs or [])  # fmt: skip
    return [f"{f} (in a headline)" for f in seen]
