"""A fact that is a later sentence of a quotation is shown after its quotation's earlier
words (issue 12, "no fragment, no unresolved pronoun"; session 33).

Facts are sentences, and a quotation of two sentences gives two facts. The second, listed
on its own, opens on the quotation's pronoun and ends on a closing mark that nothing
opened: "It would undermine its position in the world.”" (the seed pair's Al Jazeera
F10, the second sentence of Matthew Miller's quotation). A reader cannot tell what "it"
is, nor that the words are a quotation's.

Decided: the fact's own words stay as they are (the fact is that sentence, and its
citations are its sentence's), and the report shows before them, dimmed, the words of the
same quotation that come before it in the article, from the opening mark: "“This type of
invasion would weaken Israel’s security and make it less safe, not more secure." A long
lead-in keeps its last :data:`MAX_WORDS` words after "“…" (the sentence just before is
the one a pronoun points back to). The analysis JSON is unchanged: the report reads the
quote's offsets (``quotes[].start`` / ``end``, the quotation's inner words) against the
fact's evidence offsets, and finds the fact's first words in the quote's text. Not
shown: a lead-in that does not end a sentence, or a fact that opens on its own
quotation mark.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsprism.report._shared import as_int

# False: a quotation's later sentence is shown alone (as before session 33)
LEAD_IN_RULE = True
# the most words of the quotation shown before the fact; more are cut from the front
MAX_WORDS = 30
# the fact's first words looked for in the quotation's text
_PROBE_WORDS = 4
_OPENING_MARKS = "“\"‘'"
_SENTENCE_ENDS = ".!?…"


def lead_in(fact: Mapping[str, Any], quotes: Sequence[Mapping[str, Any]]) -> str:
    """The words of the direct quotation before ``fact``'s sentence, with the opening mark
    ("“… the words before"), or "" when the fact's sentence does not start inside a
    quotation's words (a fact of several outlets' sentences has none: its text is one
    outlet's, its context would be one outlet's too)."""
    evidence = fact.get("evidence") or []
    if not LEAD_IN_RULE or len(evidence) != 1:
        return ""
    start = as_int(evidence[0].get("start"))
    for quote in quotes:
        if quote.get("kind") != "direct" or quote.get("article_id") != evidence[0].get(
                "article_id"):  # fmt: skip
            continue
        begin, end = as_int(quote.get("start")), as_int(quote.get("end"))
        if begin < start < end:
            return _before(str(quote.get("text") or ""), str(fact.get("text") or ""))
    return ""


def _before(quoted: str, text: str) -> str:
    """The quotation's words before the fact's own, found by the fact's first words (the
    quote's text and the article's offsets can differ by a normalised space or mark),
    and only when they end a sentence: a lead-in that stops mid-word or mid-sentence
    would be a fragment of its own. "" for a fact that opens on its own quotation mark
    (it reads as a quotation already: "“I'm willing to …")."""
    if not LEAD_IN_RULE or text.lstrip()[:1] in _OPENING_MARKS:
        return ""
    probe = " ".join(text.split()[:_PROBE_WORDS])
    at = quoted.find(probe) if probe else -1
    before = quoted[:at].strip() if at > 0 else ""
    return _opened(before) if before and before[-1] in _SENTENCE_ENDS else ""


def _opened(before: str) -> str:
    """The lead-in with its opening mark, its front cut to :data:`MAX_WORDS` words."""
    words = before.split()
    if len(words) <= MAX_WORDS:
        return f"“{before}"
    return "“… " + " ".join(words[-MAX_WORDS:])


def lead_ins(facts: Sequence[Mapping[str, Any]], quotes: Sequence[Mapping[str, Any]]
             ) -> dict[str, str]:  # fmt: skip
    """Fact id -> its quotation's earlier words (:func:`lead_in`), for the facts that
    have them."""
    found = {str(f.get("id")): lead_in(f, quotes) for f in facts}
    return {fact_id: words for fact_id, words in found.items() if words}
