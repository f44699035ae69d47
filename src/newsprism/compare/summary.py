"""The neutral merged summary: extractive, shared facts first, every line cited.

A fact's claims are clauses cut out of sentences ("…, but he reiterated his
opposition …", "adding that Blinken …"), so the shortest rendering is often not a
readable sentence. The line for a fact is therefore the rendering a reader can take
alone: one that starts a sentence, names its subject instead of "he" or "she", and
closes the quotation marks it opens; then the shortest. The only edits made to the
outlet's words are at the edges (a leading connective dropped, a pronoun subject
replaced by the quote's resolved speaker, a stray closing mark dropped, a capital and
a full stop added); the line keeps ``original``, the exact clause, and its
``claim_id`` points at the evidence sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsprism.compare.align import AlignedClaim
from newsprism.models import Article, Claim, Quote

SUMMARY_UNIQUE_PER_ARTICLE = 1
_CONNECTIVE = re.compile(
    r"^(?:and|but|while|whereas|as|so|yet|adding|saying|noting|stressing|explaining)"
    r"(?:\s+that)?\s+|^that\s+",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(r"^(he|she|they)\b", re.IGNORECASE)
_OPENING = '"“'
_CLOSING = '"”'


def summarize(
    articles: Sequence[Article], facts: Sequence[AlignedClaim], quotes: Sequence[Quote] = ()
) -> list[dict[str, Any]]:
    """A neutral extractive summary: shared facts first, each line with its citations.

    Each shared fact once (its most readable rendering, see the module docstring); then
    each conflict, stated from both sides; then the first unique fact of each article,
    marked as reported by that article only.
    """
    outlet = {a.id: a.outlet or a.id for a in articles}
    summary = []
    used: set[str] = set()  # a sentence of two facts renders one of them, not both
    for fact in facts:
        options = [c for c in fact.claims if c.id not in used]
        if fact.status == "shared" and options:
            line = _line(fact, options, quotes)
            used |= {c.id for c in options if _readable(c, quotes) == line["text"]}
            summary.append(line)
    for fact in facts:
        if fact.status == "conflict":
            sides = "; ".join(f"{outlet.get(c.article_id, c.article_id)}: {c.text}"
                              for c in fact.claims)  # fmt: skip
            line = _summary_line(f"Accounts differ — {sides}", fact)
            foreign = sorted({c.language for c in fact.claims if c.language})
            if foreign:  # one side is quoted as written in its own language
                line["language"] = foreign[0]
            summary.append(line)
    for article in articles:
        unique = [f for f in facts if f.status == "unique" and f.article_ids == [article.id]]
        for fact in unique[:SUMMARY_UNIQUE_PER_ARTICLE]:
            summary.append(_line(fact, fact.claims[:1], quotes))
    return summary


def _line(fact: AlignedClaim, claims: Sequence[Claim], quotes: Sequence[Quote]) -> dict[str, Any]:
    # An English rendering first where the fact has one: the summary is read in English,
    # and an Arabic sentence is shown only where no English one states the fact, as
    # written and marked ("language"), never translated (docs/crosslang.md).
    readable = [(_readable(c, quotes) if not c.language else c.text, c) for c in claims]
    text, claim = min(readable, key=lambda rc: (bool(rc[1].language), _flaws(rc[0]),
                                                len(rc[0]), rc[1].id))  # fmt: skip
    line = _summary_line(text, fact)
    if text != claim.text:
        line["original"] = claim.text
    if claim.language:
        line["language"] = claim.language
    return line


def _readable(claim: Claim, quotes: Sequence[Quote]) -> str:
    """The clause with its edges mended so that it reads as a sentence on its own."""
    stripped = claim.text.lstrip()
    connective = _CONNECTIVE.match(stripped)
    text = stripped[connective.end() :] if connective else stripped
    text = text.rstrip()
    pronoun = _PRONOUN_SUBJECT.match(text)
    if pronoun:
        at = claim.start + len(claim.text) - len(claim.text.lstrip()) + len(stripped) - len(
            stripped[connective.end() :] if connective else stripped)  # fmt: skip
        speaker = _speaker_of(claim, at, quotes)
        if speaker:
            text = speaker + text[pronoun.end() :]
    if _unbalanced_closing(text):
        body = text.rstrip(" .,;")
        text = body[:-1].rstrip() + text[len(body) :]
    opened = text.count("“") > text.count("”")
    text = text[:1].upper() + text[1:]
    if text and text[-1] not in ".!?" + _CLOSING:
        text += "."
    if opened:
        text += "”"  # the outlet's quotation ran on past the clause
    return text


def _flaws(text: str) -> int:
    """How far a rendering is from a sentence a reader can take alone."""
    flaws = 0
    if _PRONOUN_SUBJECT.match(text):
        flaws += 1  # "He said …": who?
    if sum(text.count(c) for c in _OPENING + _CLOSING) % 2 and '"' not in text:
        flaws += 1  # an opened quotation never closed, or the reverse
    return flaws


def _unbalanced_closing(text: str) -> bool:
    """A closing mark at the end with no opening one: the clause was cut from a quote."""
    stripped = text.rstrip(" .,;")
    return bool(stripped) and stripped[-1] == "”" and "“" not in text


def _speaker_of(claim: Claim, pronoun_at: int, quotes: Sequence[Quote]) -> str | None:
    """Who "he"/"she" at ``pronoun_at`` is, when it is the speaker of a quote.

    Only a pronoun outside the quoted words is the quote's speaker ("He pointed out
    that …"); inside them it names someone else ("Miller said that Blinken … but he
    reiterated …": "he" is Blinken, not Miller), and is left alone.
    """
    for quote in quotes:
        if (quote.article_id == claim.article_id and quote.speaker
                and quote.start < claim.end and claim.start < quote.end
                and not quote.start <= pronoun_at < quote.end):  # fmt: skip
            return quote.speaker
    return None


def _summary_line(text: str, fact: AlignedClaim) -> dict[str, Any]:
    return {"text": text, "claim_id": fact.id, "status": fact.status,
            "article_ids": fact.article_ids}  # fmt: skip
