"""The cut note of a fact whose closest sentence is in the cut text (issue 12, session 35).

A one-outlet fact names the cut texts it was not seen in (``not_seen_in_truncated``), and
the reader read "maybe in the NYT's text, which stops mid-sentence: unknown whether it
says it" beside Reuters' "Democrats in the U.S. Senate hope on Tuesday to advance
sweeping election reform legislation", with the NYT's own "A key Senate committee is
expected to vote as soon as Tuesday to advance Democrats' sweeping elections overhaul"
shown as the closest sentence (NeuS r448). The note blamed the cut for a doubt the kept
text answers, or nearly.

Not every such sentence states the fact: on 39 NeuS rows (every 13th of 0–505), of the
63 facts whose closest sentence worth checking (``compare.unique.worth_checking``) is in
a cut text, about half were another fact of the same event. So compare's list is left as
it is (the text is cut, and its missing part may state the fact either way), and only
the words change: the reader is sent to the sentence shown, not told nothing is known.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsprism.compare.unique import worth_checking


def checked_near(fact: Mapping[str, Any] | None) -> frozenset[str]:
    """The articles of the fact's near sentences worth checking (the "closest
    elsewhere" a reader is told to check)."""
    rows = (fact or {}).get("near") or []
    return frozenset(str(r.get("article_id")) for r in rows if worth_checking(r))


def near_cut_note(ids: Sequence[Any], who: str) -> str:
    """"the NYT's closest sentence may state it (its text is cut)": ``who`` is the
    possessive of the cut texts ``ids`` (one or more)."""
    one = len(ids) == 1
    return (f"{who} closest sentence{'' if one else 's'} may state it "
            f"({'its text is' if one else 'their texts are'} cut)")
