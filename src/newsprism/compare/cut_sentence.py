"""What the complete part of a cut last sentence states: evidence for the unknowns only.

A text that stops mid-sentence ("It ultimately passed 94-1 with Sen. Josh Hawley (R-MO)
as the lone vote...", Vox, NeuS raw row 503) loses its last sentence: it is no claim,
never shown (``extract.claims.cut_off_end``; docs/compare.md "Paywall-cut articles").
Its words before the cut are still the outlet's, and when they print the fact's own
number the outlet does state that fact: NPR's "… was approved by a 94-1 vote." was
listed as "maybe in Vox's text … unknown whether they say it" beside Vox's "passed
94-1".

So the cut part counts as evidence that its outlet states a fact, for the lists of what
a cut text may not say (``not_seen_in_truncated``, a cut article's ``not_seen``) and
never more: no status changes, no line or shared fact is made of it (it is a fragment;
what it says after the cut is unknown). The evidence is the one a reader checks at a
glance and the same-fact model links on (``anchor_number``, :mod:`newsprism.compare.
same_fact`): a number of two digits or more, no year, that the cut part and a sentence
of the fact both print and no sentence of the cut article's kept text prints.
"""

from __future__ import annotations

import re

from newsprism.compare.align import AlignedClaim
from newsprism.extract.claims import cut_off_end
from newsprism.extract.titles import TITLE_ABBREVIATIONS
from newsprism.models import Article

# a score or range ("94-1", "52–48"), or a number of two digits or more ("1,200", "88%")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[-–]\d+)+(?!\w)|(?<![\w.,])\d[\d,.]*\d%?(?!\w)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[…\])\s*[\"”’]?\s*$")


def cut_part(article: Article) -> str | None:
    """The words of the article's last sentence before the text stops mid-sentence, or
    None when the text is whole (or cut by a paywall after a whole sentence)."""
    if cut_off_end(article.text) is None:
        return None
    paragraph = article.text.rstrip().rsplit("\n", 1)[-1]
    start = 0
    for end in _SENTENCE_END.finditer(paragraph):
        before = paragraph[: end.start()].split()
        word = before[-1].strip("\"”’") if before else ""
        if word not in TITLE_ABBREVIATIONS and not re.fullmatch(r"[A-Z]\.", word):
            start = end.end()  # a full stop after "Sen." or an initial ends no sentence
    return _ELLIPSIS.sub("", paragraph[start:]).strip() or None


def states_in_cut(fact: AlignedClaim, article: Article, cut: str) -> bool:
    """Whether ``cut`` (the cut part of ``article``, :func:`cut_part`) prints a number of
    the fact that no sentence of the article's kept text prints."""
    kept = article.text[: max(article.text.rfind(cut), 0)]
    anchors = _numbers(cut) - _numbers(kept)
    if not anchors:
        return False
    return any(anchors & _numbers(claim.text) for claim in fact.claims
               if claim.article_id != article.id)  # fmt: skip


def _numbers(text: str) -> set[str]:
    """The anchor numbers a text prints (thousands commas and en dashes made plain)."""
    found = {m.group().replace(",", "").replace("–", "-") for m in _NUMBER.finditer(text)}
    return {n for n in found if not _YEAR.match(n)}
