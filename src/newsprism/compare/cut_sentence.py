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
same_fact`), kept to a tally: two numbers joined by a dash, the larger first ("94-1",
"52–48": a vote, a score, a result; not a range, "ages 5-11") that the cut part and a
sentence of the fact both print, no other sentence of the story prints and the cut
article's kept text does not. Any number
was measured first and is not kept: an amount names the thing a story is about, not a
fact of it (NeuS r33: Krugman's cut "… tweets out stuff like this: “The $3.5 trillion
Biden plan isn't..." counted as stating a shared fact of the $3.5 trillion plan that it
does not state).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.compare.align import AlignedClaim
from newsprism.extract.claims import cut_off_end
from newsprism.extract.titles import TITLE_ABBREVIATIONS
from newsprism.models import Article

# a tally: two numbers joined by a dash ("94-1", "52–48"); not a date ("2020-21")
_TALLY = re.compile(r"(?<![\w.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w/-])")
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


def states_in_cut(fact: AlignedClaim, article: Article, cut: str,
                  others: Sequence[str] = ()) -> bool:  # fmt: skip
    """Whether ``cut`` (the cut part of ``article``, :func:`cut_part`) prints a tally of
    the fact that neither the article's kept text nor ``others`` (the story's sentences
    outside the fact) print."""
    kept = article.text[: max(article.text.rfind(cut), 0)]
    anchors = _tallies(cut) - _tallies(kept) - set().union(*map(_tallies, others))
    return any(anchors & _tallies(claim.text) for claim in fact.claims
               if claim.article_id != article.id)  # fmt: skip


def _tallies(text: str) -> set[str]:
    """The tallies a text prints, as "94-1": the larger number first, as a vote or a
    score is written; "ages 5-11" and "June 15-16" are ranges, "50-50" a split."""
    return {f"{a}-{b}" for a, b in _TALLY.findall(text) if int(a) > int(b)}
