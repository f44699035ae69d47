"""Section headings that open a paragraph and end in a colon ("What they're saying:",
"Why it matters:", "The big picture:"), as Axios and others write them.

Such a heading is a label over the paragraph, not a sentence of it: its words are no
speech cue ("What they're saying: The report..." was read as "they" saying "The
report"; NeuS raw row 191, session 25). A heading is told from a sentence that
introduces a quotation with a colon ("Trump said: …") by its form: it is short, opens
its paragraph, and asks the question the paragraph answers (a wh-word first) — a
sentence has a subject before its verb.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["after_heading", "heading_end", "heading_spans", "in_heading", "outside_headings"]

# a heading is a few words: "What they're saying", "Why it matters", "How it works"
_MAX_WORDS = 5
_WH_WORDS = frozenset({"what", "why", "how", "where", "who", "when", "which"})
_QUOTES = frozenset("\"“”‘’'«»")
# a phrase heading has no finite verb ("The big picture", "Driving the news"); a cue
# that introduces a quotation has one ("Reuters reported:", "Walensky also said:")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MIN_PHRASE_WORDS = 2


def _paragraph_start(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens its paragraph (the text's start or a line break before)."""
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def _colon_run(doc: Doc, start: int) -> tuple[int, list[Token]] | None:
    """The colon that ends a short run of words from ``start`` and the words, or None."""
    words: list[Token] = []
    for tok in doc[start : min(len(doc), start + 3 * _MAX_WORDS)]:
        if tok.text == ":":
            return (tok.i, words) if len(words) <= _MAX_WORDS and tok.i + 1 < len(doc) \
                else None  # fmt: skip
        if tok.is_space or tok.text in _QUOTES or tok.text in (".", "?", "!", ";"):
            return None
        if not tok.is_punct and not tok.text.startswith("'"):
            words.append(tok)
    return None


def _phrase_heading(words: list[Token]) -> bool:
    """Whether a capitalised run is a heading phrase ("The big picture", "Between the
    lines", "Driving the news"): 2–5 words, no finite verb, no name, no number.

    A name or a finite verb makes it a cue or a label of a list ("Reuters reported:",
    "Marine Corps: 53% …"), a number a time ("By 11:30")."""
    if not _MIN_PHRASE_WORDS <= len(words) <= _MAX_WORDS or not words[0].text[:1].isupper():
        return False
    return not any(t.tag_ in _FINITE or t.pos_ == "PROPN" or t.like_num or t.is_digit
                   for t in words)  # fmt: skip


def heading_end(doc: Doc, start: int) -> int | None:
    """The index of the colon of the heading that opens at token ``start``, or None."""
    if not _paragraph_start(doc, start):
        return None
    run = _colon_run(doc, start)
    if run is None:
        return None
    colon, words = run
    if doc[start].lower_ in _WH_WORDS or _phrase_heading(words):
        return colon
    return None


def in_heading(token: Token) -> bool:
    """Whether ``token`` stands in a paragraph's opening heading (before its colon).

    The paragraph start is the nearest one at most ``3 * _MAX_WORDS + 1`` tokens back
    (past that no heading reaches the token), read from the starts and colons found once
    per Doc (:func:`_headings_by_start`): walking back and reading the heading again
    for each token asked cost 1.6 s of the 50-article story's profile (session 28)."""
    starts, colons = _headings_by_start(token.doc)
    at = bisect_right(starts, token.i) - 1
    if at < 0 or token.i - starts[at] > 3 * _MAX_WORDS + 1:
        return False
    end = colons.get(starts[at])
    return end is not None and token.i < end


def _headings_by_start(doc: Doc) -> tuple[list[int], dict[int, int]]:
    """Every paragraph start of ``doc`` (token indices, in order) and the colon of each
    one that opens a heading, found once per Doc."""
    cached = doc.user_data.get("newsprism_heading_starts")
    if cached is None:
        starts = _paragraph_starts(doc)
        colons = {i: end for i in starts if (end := heading_end(doc, i)) is not None}
        cached = doc.user_data["newsprism_heading_starts"] = (starts, colons)
    return cached


def _paragraph_starts(doc: Doc) -> list[int]:
    """The tokens that open a paragraph (as :func:`_paragraph_start`), read on the
    tokens' strings."""
    starts = [0] if len(doc) else []
    previous = None
    for tok in doc:
        if previous is not None and ("\n" in previous[0]
                                     or (previous[1] and "\n" in previous[2])):
            starts.append(tok.i)
        previous = (tok.whitespace_, tok.is_space, tok.text)
    return starts


def heading_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of every paragraph's opening heading, its colon included.

    Found once per Doc (the quote extractor and the claims both ask) and only at the
    tokens that open a paragraph, read on the tokens' strings: asking
    :func:`_paragraph_start` of every token made two Token objects each, 200,000 in the
    50-article story (session 27)."""
    cached = doc.user_data.get("newsprism_headings")
    if cached is None:
        cached = doc.user_data["newsprism_headings"] = tuple(_heading_spans(doc))
    return list(cached)


def _heading_spans(doc: Doc) -> list[tuple[int, int]]:
    """:func:`heading_spans`, computed."""
    starts, colons = _headings_by_start(doc)
    return [(doc[i].idx, doc[colons[i]].idx + 1) for i in starts if i in colons]


def outside_headings(parts: list[tuple[int, int]], spans: list[tuple[int, int]]
                     ) -> list[tuple[int, int]]:
    """``parts`` with any heading cut off: a quote's content starts after the heading's
    colon ("Why it matters: The suit argues that …" reports no "Why it matters")."""
    out = []
    for a, b in parts:
        for hs, he in spans:
            if hs <= a < he:
                a = he
        if b > a:
            out.append((a, b))
    return out


def after_heading(text: str, start: int, spans: list[tuple[int, int]]) -> tuple[str, int]:
    """A sentence's ``text`` (at ``start``) with the heading that opens it cut off, and
    its new start: "Why it matters: The law, one of the most restrictive …" is the
    sentence "The law, one of …" under Axios's label (session 26; the quote's start
    was moved the same way in session 25). A sentence under no heading is as it was,
    and so is one whose words after the colon open in lower case ("Burst your filter
    bubble: understand perspectives …", a site's blurb, NeuS row 202): no sentence
    starts there."""
    for hs, he in spans:
        if hs <= start < he:
            rest = text[he - start :].lstrip()
            if rest[:1] and not rest[:1].islower():
                return rest, start + len(text) - len(rest)
    return text, start
