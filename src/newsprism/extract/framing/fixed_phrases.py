"""A flag on a word of a set phrase or a name: the phrase, not the outlet, chose the word.

Session 34 (docs/eval-framing.md, "Session 34: the own-voice band, kept where it
judges") read 7 of 23 wrong own-voice flags as words of fixed expressions, terms and
names ("conventional wisdom", "make no mistake", "heavily redacted", "critical race
theory"), past the fixed-pair rule of :mod:`.fixed_pairs`, which judges only a flagged
noun or verb and keeps any word a strong bias lexicon lists. This module reads a word in
its phrase, by three tests measured apart (``scripts/framing_phrase_sweep.py``;
"Session 35: fixed expressions and named concepts"):

- ``name``: the word is inside a name of two or more capitalised words that is not at
  the head of its sentence alone ("Mickey Mouse", "the Terrorism Risk Insurance Act"),
  or inside quotation marks that hold only a proper name (a nickname quoted is a name,
  not a scare quote);
- ``book``: the word and an adjacent word it is joined to in the parse (either heads
  the other) are a fixed pair of general English (:func:`.fixed_pairs.fixed_pairs`,
  Google Books counts), whatever the word's part of speech ("terribly wrong", "cast
  doubt");
- ``news``: the word is inside a two- or three-word set phrase of plain news writing
  (``data/news_ngrams.tsv.gz``, built by ``scripts/build_news_ngrams.py`` from news text
  that no framing evaluation or reading uses: "jobless claims", "hotly contested").

``strong``: with it, a word that a strong bias lexicon lists (:data:`.fixed_pairs.STRONG_LISTS`)
is never judged plain by ``book`` or ``news`` (a set phrase can judge: "wishful
thinking", "a far cry").

Measured: ``news`` with ``strong`` (the choice on BASIL 2010–2012) removes a handful of
flags a year, no span lost, and its changes on NeuS read 17 right, 4 wrong; chosen leave
one year out it did not carry (folds lost a span), so no shipped description holds
``phrases`` and :func:`with_phrases` changes no shipped output; ``eval framing`` scores
the rule beside the default (``eval/framing_variants.WITH_PHRASES``). What it cannot
tell: a set phrase that judges ("witch hunt", "bombshell report") from a term.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsprism.extract.framing.fixed_pairs import STRONG_LISTS, fixed_pairs
from newsprism.extract.framing.voice_band import listed

NEWS_FILE = "news_ngrams.tsv.gz"
TESTS = ("name", "book", "news")
HEADLINE_SHARE = 0.6  # of a sentence's content words capitalised: a headline
_QUOTES = frozenset('"“”‘’\'')


@cache
def news_phrases() -> frozenset[tuple[str, ...]]:
    """The packaged set phrases of news writing, lower case."""
    raw = files("newsprism").joinpath("data", NEWS_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset(tuple(line.split("\t")) for line in lines if line and line[0] != "#")


def _capital(token: Token) -> bool:
    return (token.is_alpha and token.text[:1].isupper() and not token.is_upper) or (
        token.is_upper and len(token.text) > 1 and token.pos_ == "PROPN")


def _headline(sent: Span) -> bool:
    """Most words of the sentence are capitalised: a headline's style, where a capital
    says nothing of a name."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(words) >= 3 and sum(_capital(t) for t in words) > HEADLINE_SHARE * len(words)


def in_name(token: Token) -> bool:
    """``token`` is one word of a run of two or more capitalised words that does not
    start its sentence (a sentence's first word is capitalised whatever it is, so a run
    from it counts only past its second word) or of a multi-word proper noun; never in a
    sentence written in a headline's capitals."""
    doc, i = token.doc, token.i
    if not _capital(token) or _headline(token.sent):
        return False
    a = i
    while a > token.sent.start and _capital(doc[a - 1]):
        a -= 1
    b = i + 1
    while b < token.sent.end and _capital(doc[b]):
        b += 1
    run = b - a - (1 if a == token.sent.start else 0)
    return run >= 2 or (b - a >= 2 and all(t.pos_ == "PROPN" for t in doc[a:b]))


def quoted_name(doc: Doc, a: int, b: int) -> bool:
    """``doc[a:b]`` stands inside quotation marks that hold a proper name and nothing
    else ("the ‘Unabomber’": capitalised proper nouns): the name a source or the public
    uses, not a scare quote."""
    inner = [t for t in doc[a:b] if t.text not in _QUOTES]
    if not inner or not all(t.pos_ == "PROPN" and _capital(t) for t in inner):
        return False
    left = doc[a - 1].text if a > 0 and doc[a].text not in _QUOTES else doc[a].text
    last = b - 1 if doc[b - 1].text in _QUOTES else b
    right = doc[last].text if last < len(doc) else ""
    return left in _QUOTES and right in _QUOTES


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def in_book_pair(token: Token) -> bool:
    """``token`` and an adjacent word joined to it in the parse are a fixed pair of
    general English (any part of speech)."""
    table, doc, i = fixed_pairs(), token.doc, token.i
    for j in (i - 1, i + 1):
        if not 0 <= j < len(doc) or not (doc[j].head.i == i or token.head.i == j):
            continue
        first, second = (doc[j], token) if j < i else (token, doc[j])
        if any((x, y) in table for x in _forms(first) for y in _forms(second)):
            return True
    return False


def in_news_phrase(token: Token) -> bool:
    """``token`` is a word of a packaged set phrase of news writing, as written."""
    table, doc, i = news_phrases(), token.doc, token.i
    for n in (2, 3):
        for a in range(max(token.sent.start, i - n + 1), min(i, token.sent.end - n) + 1):
            if tuple(t.lower_ for t in doc[a:a + n]) in table:
                return True
    return False


def set_phrase_word(token: Token, tests: Iterable[str], strong: bool = True) -> bool:
    """Whether ``token`` is a word of a name or set phrase by any of ``tests`` (names in
    :data:`TESTS`); with ``strong``, a strongly listed word passes only ``name``."""
    tests = frozenset(tests)
    if "name" in tests and in_name(token):
        return True
    if strong and listed(token.lower_, token.lemma_.lower(), STRONG_LISTS):
        return False
    return ("book" in tests and in_book_pair(token)) or (
        "news" in tests and in_news_phrase(token))


def phrase_rule(model: Any) -> dict[str, Any] | None:
    """The detector's set-phrase rule (its description's ``phrases``: ``tests``, a list
    of :data:`TESTS`, and ``strong``), or None."""
    return (getattr(model, "meta", None) or {}).get("phrases")


def with_phrases(doc: Doc, model: Any, voice: Callable[[int], float]) -> Callable[[int], float]:
    """``voice`` with the detector's set-phrase rule: a word of a name or set phrase is
    never flagged (its threshold over any score), so it also cuts the phrase it was in.
    Unchanged for a detector whose description has no ``phrases`` (every shipped one)."""
    rule = phrase_rule(model)
    if rule is None:
        return voice
    tests, strong = tuple(rule["tests"]), bool(rule.get("strong", True))
    judged: dict[int, bool] = {}

    def threshold(i: int) -> float:
        if i not in judged:
            judged[i] = set_phrase_word(doc[i], tests, strong)
        return 2.0 if judged[i] else voice(i)

    return threshold
