"""A name run on into the next one across a possessive, and cut at "and" (session 28).

The tagger reads "the Bureau of Labor Statistics' Job Openings and Labor Turnover Survey"
(NeuS raw row 365, the Washington Examiner) as one organisation, "Bureau of Labor
Statistics' Job Openings", and "UNC’s Hussman School of Journalism and Media" (row 284)
as "UNC’s Hussman School of Journalism": the owner's name, its possessive and the first
half of the owned thing's name, which goes on after "and". The row is a name no one
writes; the owner before the possessive is a name of its own (the agency, the
university), the owned thing's name is not whole in the span. The span is cut before the
possessive: the owner stays, the half name goes.
"""

from __future__ import annotations

from collections.abc import Sequence

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def run_on_possessor(tokens: Sequence[object]) -> int:
    """Where a non-person span ends when it runs across a possessive into a half name:
    before the possessive, when the span's possessor opens on a capitalised word, every
    word after the possessive is capitalised (or "of", "for", "the" inside it) and the
    text right after the span is "and" and a capitalised word (the owned name goes on).
    Otherwise the span's length: "Harvard’s Kennedy School" (whole, nothing after), "the
    Fed's Open Market Committee and the Treasury" (an article after "and": another name)
    stay."""
    n = len(tokens)
    cut = next((i for i, t in enumerate(tokens)
                if t.tag_ == "POS" and t.text in _POSSESSIVE and 0 < i < n - 1), None)  # type: ignore[attr-defined]
    if cut is None:
        return n
    owner = [t for t in tokens[:cut] if t.lower_ != "the"]  # type: ignore[attr-defined]
    if not owner or not _capitalised(owner[0]):
        return n
    owned = tokens[cut + 1 :]
    if not _capitalised(owned[0]) or not all(
            _capitalised(t) or t.lower_ in ("of", "for", "the") for t in owned):  # type: ignore[attr-defined]
        return n
    doc, end = tokens[0].doc, tokens[-1].i + 1  # type: ignore[attr-defined]
    runs_on = (end + 1 < len(doc) and doc[end].lower_ == "and"
               and _capitalised(doc[end + 1]) and doc[end + 1].lower_ != "the")
    return cut if runs_on else n


def _capitalised(token: object) -> bool:
    text = token.text  # type: ignore[attr-defined]
    return text[:1].isupper()
