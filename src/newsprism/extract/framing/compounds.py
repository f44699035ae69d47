"""A flag on one piece of a hyphenated compound is judged as the compound.

spaCy splits "open-necked", "law-abiding" and "suicide-bomb" at the hyphen, and the
MiniLM scores each piece in context, so a piece can pass the threshold alone: "necked"
of "an open-necked shirt", "abiding" of "law-abiding citizens", "suicide" of "a double
suicide-bomb attack" (session 20's readers, docs/eval-compare.md). A piece is not the
outlet's word choice; the compound is. BASIL's annotators never mark a piece: of the 240
`lex` spans of 2010–2014, 11 touch a hyphenated compound and all 11 cover it whole
("gaffe-prone", "knuckle-rapping", "over-the-top"; docs/eval-framing.md, session 21).

So a flagged phrase that covers part of a compound is judged by the compound's score,
the mean of its content words' scores (the MiniLM was trained on whole compounds, so a
loaded one scores in each content piece): at the threshold or above, the flag is
widened to the whole compound ("hard-core", "flip-flopped", "over-the-top" over its
function words); below, the piece is dropped ("high" of "high-profile", "blank" of
"point-blank", "fought" of "hard-fought"), and a word of the phrase outside the
compound stays ("terrorists" of "left-wing terrorists"). On BASIL 2010–2012 the first form tried,
every content word flagged, dropped three loaded compounds' heads ("prone" of
"gaffe-prone", "core", "flopped"); the mean drops one ("gaffe-prone" at 0.47).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from newsprism.extract.framing.features import is_candidate

HYPHENS = frozenset({"-", "‐", "‑"})  # hyphen-minus, hyphen, non-breaking hyphen


def _joined(doc: Doc, k: int) -> bool:
    """``doc[k]`` is a hyphen written between two words with no space on either side."""
    if not 0 < k < len(doc) - 1 or doc[k].text not in HYPHENS:
        return False
    left, right = doc[k - 1], doc[k + 1]
    return not doc[k].whitespace_ and not left.whitespace_ and left.is_alpha and right.is_alpha


def compound_extent(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """The tokens of the hyphenated compound(s) that ``doc[a:b]`` lies in (``(a, b)``
    itself when it touches no hyphen)."""
    while a >= 2 and _joined(doc, a - 1):
        a -= 2
    while b < len(doc) - 1 and _joined(doc, b):
        b += 2
    return a, b


def _loaded(doc: Doc, a: int, b: int, scores: Mapping[int, float], threshold: float) -> bool:
    """The compound ``doc[a:b]`` scores at the threshold: the mean of its content words'
    scores (an unscored one counts 0)."""
    content = [t.i for t in doc[a:b] if is_candidate(t)]
    return sum(scores.get(i, 0.0) for i in content) / max(len(content), 1) >= threshold


def judge_compound(
    doc: Doc, a: int, b: int, scores: Mapping[int, float], threshold: float
) -> tuple[int, int] | None:
    """The span to flag for the flagged phrase ``doc[a:b]``. A compound it covers only
    in part is judged on its own (:func:`_loaded`, ``scores`` by token index): loaded,
    the phrase is widened over it; not, the compound's part is cut off the phrase
    ("left-wing terrorists" keeps "terrorists"). None when nothing is left."""
    la, lb = compound_extent(doc, a, a + 1)
    ra, rb = compound_extent(doc, b - 1, b)
    start, end = a, b
    if la < a:
        start = la if _loaded(doc, la, lb, scores, threshold) else lb
    if rb > b:
        end = rb if _loaded(doc, ra, rb, scores, threshold) else ra
    if start >= end or not any(is_candidate(t) for t in doc[start:end]):
        return None
    return start, end
