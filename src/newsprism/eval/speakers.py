"""Is a predicted speaker the gold one? Name matching for the quote evaluations.

Gold speakers are written as a reader would name them ("Michael Steele", "a White House
spokesman", BASIL's "Mitt_Romney"); newsprism names the speaker as the story's entity
canonical name or the article's words. A named person matches on the surname, and on the
given names where both sides have them (an initial matches its name: "James R. Clapper"
is "James Clapper"; a nickname is not resolved here). An unnamed source ("a spokesman")
matches on the content words of its description. No speaker never matches.
"""

from __future__ import annotations

import re

__all__ = ["name_tokens", "same_speaker"]

_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
    "governor", "president", "vice", "secretary", "gen", "general", "judge", "justice",
    "speaker", "leader", "minister", "prime", "chairman", "chairwoman", "former", "the",
    "jr", "sr", "ii", "iii", "a", "an", "of",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def name_tokens(name: str) -> list[str]:
    """Lower-cased words of a name without titles and suffixes (``_`` is a space)."""
    return [w for w in (t.lower() for t in _WORD.findall(name.replace("_", " ")))
            if w not in _TITLES]  # fmt: skip


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    for x, y in zip(a, b, strict=False):
        if (
            x != y
            and not (len(x) == 1 and y.startswith(x))
            and not (len(y) == 1 and x.startswith(y))
        ):
            return False
    return True


def same_speaker(predicted: str | None, gold: str) -> bool:
    """Whether ``predicted`` names the person (or unnamed source) ``gold`` names."""
    if not predicted:
        return False
    p, g = name_tokens(predicted), name_tokens(gold)
    if not p or not g:
        return False
    named = any(c.isupper() for c in gold.replace("_", " ").split()[-1][:1])
    if named:
        return p[-1] == g[-1] and _given_names_agree(p[:-1], g[:-1])
    return 2 * len(set(p) & set(g)) >= len(set(g))
