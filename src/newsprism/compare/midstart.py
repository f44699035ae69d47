"""Texts that start mid-article: a first sentence that is no lead.

The summary reads an article's first body sentence as its lead (the inverted pyramid:
:mod:`newsprism.compare.lead`), and stands down from opening on an echoed lead when a
line it shows holds one. A crawled excerpt need not start where the report does: the
Daily Caller's text of NeuS raw row 503 starts "Republican Sen. Josh Hawley the only
senator to vote against it." (the end of a sentence whose start, the Senate passing the
bill, the crawl left out), so the shared fact of Hawley's vote counted as a lead held,
and the summary was that line alone, the event nowhere (docs/compare.md, "Mid-article
starts and cut sentences (session 24)").

A first sentence is a lead only when it reads like one. It does not when it both

- reads as the middle of something: it starts lower-case, has no finite verb (a
  fragment: "Republican Sen. Josh Hawley the only senator to vote against it."), or
  points back (a pronoun or connective subject, a shell noun: "It's not over just
  yet.", "They're a source of frustration."; :func:`newsprism.compare.readable.
  unusable_reasons` "pronoun"); and
- repeats none of the title's content words while a later opening sentence does: the
  event the title names is stated after it. A drop cap's lost letter ("ederal laws
  imposing a minimum age … violate the Second Amendment") repeats the title and stays
  a lead.

Over the 1,500 reports of the NeuS raw crawl 11 first sentences pass both tests: row
503's fragment and ten openings of columns and features ("Her name is Frances
Haugen.", "Possibly."), none of which states an event.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsprism.cluster.terms import STOP_WORDS
from newsprism.models import Article, Claim

_WORD = re.compile(r"[a-z0-9]+")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OPEN_MARKS = "\"“‘'([ "


def no_lead_articles(articles: Sequence[Article],
                     opening: Mapping[str, Sequence[Claim]]) -> set[str]:  # fmt: skip
    """The ids of the articles whose first body sentence is no lead
    (:func:`reads_mid_article`), given each article's opening claims in text order
    (:func:`newsprism.compare.lead.openings`)."""
    found = set()
    for article in articles:
        sentences = _opening_sentences(article, opening.get(article.id) or [])
        if len(sentences) > 1 and reads_mid_article(sentences[0], article.title or "",
                                                    sentences[1:]):  # fmt: skip
            found.add(article.id)
    return found


def reads_mid_article(first: str, title: str, later: Sequence[str]) -> bool:
    """Whether ``first``, an article's first body sentence, reads as the middle of an
    article rather than its lead: the middle of something (lower-case start, no finite
    verb, a subject that points back) and none of the title's content words, which a
    ``later`` opening sentence repeats."""
    named = _content(title)
    if not named or _content(first) & named:
        return False
    if not any(_content(sentence) & named for sentence in later):
        return False
    return _starts_lower(first) or _verbless(first) or _points_back(first)


def _opening_sentences(article: Article, claims: Sequence[Claim]) -> list[str]:
    """The text of each opening sentence, in order: the article's span from the first
    claim of the sentence to its last (a sentence may hold several claims)."""
    spans: dict[int, list[Claim]] = {}
    for claim in claims:
        spans.setdefault(claim.sentence_index, []).append(claim)
    sentences = []
    for index in sorted(spans):
        parts = spans[index]
        start, end = min(c.start for c in parts), max(c.end for c in parts)
        whole = 0 <= start < end <= len(article.text)
        sentences.append(article.text[start:end] if whole else " ".join(c.text for c in parts))
    return sentences


def _content(text: str) -> set[str]:
    """Content words, lower case, a plural's "s" off ("Crimes" is "crime")."""
    return {w.removesuffix("s") for w in _WORD.findall(text.lower())
            if len(w) > 2 and w not in STOP_WORDS}  # fmt: skip


def _starts_lower(text: str) -> bool:
    """Whether the sentence starts on a lower-case letter (the crawl cut into it)."""
    return text.lstrip(_OPEN_MARKS)[:1].islower()


def _verbless(text: str) -> bool:
    """Whether no word of the sentence is a finite verb and its root is no imperative:
    a fragment, the end of a sentence whose start the text does not hold."""
    from newsprism.compare.line_parse import parse_line

    doc = parse_line(text)
    if any(t.tag_ in _FINITE for t in doc):
        return False
    return not any(t.dep_ == "ROOT" and t.tag_ == "VB" for t in doc)


def _points_back(text: str) -> bool:
    """Whether the sentence's subject or opener points back to a sentence before it."""
    from newsprism.compare.readable import unusable_reasons

    return "pronoun" in unusable_reasons(text, [], text, "")
