"""Quote variants: one statement of one speaker, quoted by several articles.

A fact-checker reads a variant group as "these outlets quote the same words"; a group
that joins two different statements, or two speakers, is worse than no group. So a link
needs three things (measured on gold/quote-variants, docs/compare.md "Quote variants"):

1. **Words on both sides.** A direct quote's text, or the words inside quotation marks
   of a reported one ("Blinken “reiterated …”"); a paraphrase with no quoted words is
   not a rendering of anyone's words.
2. **One speaker.** The same speaker entity on both sides. Where a side has none (the
   attribution was not resolved), only nearly the same words link: a long shared run.
3. **The same words.** A shared run of content words (in order), a short quote whose
   content words all lie in the shared run ("crush the outbreak"), or a close embedding
   of the quoted words together with at least one shared content word.

Groups are complete-link: a quote joins a group only when it passes with every member
and its article has no quote there yet, so one outlet's two statements never chain
through a third outlet's quote.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from newsprism.cluster.terms import STOP_WORDS
from newsprism.extract.quotes.marks import find_quotations
from newsprism.models import Quote

__all__ = ["FRAGMENT_WORDS", "QUOTE_VARIANT_RUN", "QUOTE_VARIANT_RUN_UNNAMED",
           "QUOTE_VARIANT_THRESHOLD", "link_quote_variants", "quoted_words", "shared_run",
           "word_diff"]  # fmt: skip

# Chosen on the 8 tuning triplets of gold/quote-variants, checked on the other 8 stories
# (docs/eval-compare.md, "Quote variants").
QUOTE_VARIANT_THRESHOLD = 0.85  # cosine of the quoted words, with a shared content word
QUOTE_VARIANT_RUN = 3  # content words shared in one run: the same words, whatever the cosine
QUOTE_VARIANT_RUN_UNNAMED = 5  # the run that links a quote whose speaker is unresolved
FRAGMENT_WORDS = 2  # a short quote all of whose (at least 2) content words are shared

_WORD = re.compile(r"\w+", re.UNICODE)


def quoted_words(quote: Quote) -> str | None:
    """The speaker's own words in a quote: a direct quote's text, the parts in quotation
    marks of a reported one, None for a paraphrase (nothing quoted)."""
    if quote.kind == "direct":
        return quote.text
    parts = [quote.text[a:b] for q in find_quotations(quote.text) for a, b in q.parts]
    return " ".join(parts) if parts else None


def _content(tokens: list[str]) -> int:
    return sum(w not in STOP_WORDS for w in tokens)


def _tokens(text: str | None) -> list[str]:
    return [w.lower() for w in _WORD.findall((text or "").replace("’", "'"))]


def shared_run(a: list[str], b: list[str]) -> int:
    """The most content words in one run of words the two texts share, in order.

    Function words count for the run's continuity but not its length, so "the United
    States" matches as two words and "that it was" as none.
    """
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return max((sum(w not in STOP_WORDS for w in a[m.a:m.a + m.size])
                for m in matcher.get_matching_blocks()), default=0)  # fmt: skip


def _link_score(a: Quote, b: Quote, run: int, cosine: float,
                fragment: bool = False) -> float | None:  # fmt: skip
    """How surely two quotes of different articles render one statement; None: not.

    ``fragment``: one side is a short quote (two or three content words: "crush the
    outbreak", "legitimate rape") whose words all lie in the shared run.
    """
    if a.article_id == b.article_id:
        return None
    if a.speaker_entity_id and b.speaker_entity_id:
        if a.speaker_entity_id != b.speaker_entity_id:
            return None
        same_words = (run >= QUOTE_VARIANT_RUN or fragment
                      or (cosine >= QUOTE_VARIANT_THRESHOLD and run >= 1))  # fmt: skip
    else:  # an unresolved speaker "matches" anyone: only nearly the same words will do
        same_words = run >= QUOTE_VARIANT_RUN_UNNAMED
    return run + cosine if same_words else None


def _may_link(a: Quote, b: Quote, words_a: set[str], words_b: set[str]) -> bool:
    """The cheap half of :func:`_link_score`, before the run of words is looked for
    (difflib on every pair of a 50-article story would cost seconds)."""
    if a.article_id == b.article_id:
        return False
    if a.speaker_entity_id and b.speaker_entity_id:
        return a.speaker_entity_id == b.speaker_entity_id and bool(words_a & words_b)
    return len(words_a & words_b) >= 2  # a run of 5 content words has 2 different ones


def _complete_link(quotes: Sequence[Quote],
                   edges: list[tuple[float, int, int]]) -> list[list[int]]:  # fmt: skip
    """Groups where every pair is an edge and no article appears twice, strongest first."""
    passing = {(i, j) for _, i, j in edges} | {(j, i) for _, i, j in edges}
    group = {i: [i] for i in range(len(quotes))}
    for _, i, j in sorted(edges, reverse=True):
        gi, gj = group[i], group[j]
        if gi is gj or {quotes[x].article_id for x in gi} & {quotes[x].article_id for x in gj}:
            continue
        if all((x, y) in passing for x in gi for y in gj):
            merged = sorted(gi + gj)
            for x in merged:
                group[x] = merged
    unique = {id(g): g for g in group.values() if len(g) > 1}
    return sorted(unique.values())


def link_quote_variants(quotes: Sequence[Quote], vectors: np.ndarray) -> list[dict[str, Any]]:
    """Link the same statement quoted by different articles; show the wording differences.

    Args:
        quotes: the story's quotes.
        vectors: unit embeddings of each quote's :func:`quoted_words` (its text when it
            has none), in the same order.

    Returns:
        The ``quote_variants`` of the JSON; each group gets an id (``V1``…) set on its
        quotes as ``variant_group``.
    """
    words = [quoted_words(q) for q in quotes]
    tokens = [_tokens(w) for w in words]
    content = [{w for w in t if w not in STOP_WORDS} for t in tokens]
    edges = []
    for i, j in itertools.combinations(range(len(quotes)), 2):
        if words[i] is None or words[j] is None or not _may_link(quotes[i], quotes[j],
                                                                 content[i], content[j]):
            continue  # a paraphrase renders nobody's words; the rest cannot pass
        run = shared_run(tokens[i], tokens[j])
        shorter = min(_content(tokens[i]), _content(tokens[j]))
        score = _link_score(quotes[i], quotes[j], run, float(vectors[i] @ vectors[j]),
                            fragment=run >= FRAGMENT_WORDS and run >= shorter)  # fmt: skip
        if score is not None:
            edges.append((score, i, j))
    variants = []
    for members in _complete_link(quotes, edges):
        group_id = f"V{len(variants) + 1}"
        for i in members:
            quotes[i].variant_group = group_id
        named = [i for i in members if quotes[i].speaker_entity_id] or members
        first = quotes[named[0]]
        variants.append({
            "id": group_id,
            "speaker": first.speaker,
            "speaker_entity_id": first.speaker_entity_id,
            "quote_ids": [quotes[i].id for i in members],
            "differences": [word_diff(quotes[members[0]].text, quotes[i].text)
                            for i in members[1:]],
        })  # fmt: skip
    return variants


def word_diff(a: str, b: str) -> list[dict[str, str]]:
    """Word-level differences between two renderings: [{op, a, b}] for each change."""
    left, right = a.split(), b.split()
    changes = []
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            changes.append({"op": op, "a": " ".join(left[i1:i2]), "b": " ".join(right[j1:j2])})
    return changes
