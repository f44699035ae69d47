"""A verb that only names the act reported ("insisted", "acknowledged", "contended") is
counted with the neutral attributions, not flagged.

The lexicon took its attribution verbs from Wikipedia's "Synonyms for said" (MOS:SAID),
which warns that "insisted" can suggest resoluteness and "acknowledged" or "conceded"
a concession. Measured rule by rule on words people marked as biased by three separate
schemes (session 33, ``scripts/framing_by_year.py``), these verbs are not what readers
mark: BASIL 2010, 2011 and 2012 (its annotators) 23 flags, none touching a bias span
(insist 11, acknowledge 8, contend 4); BABE's report part (experts) 3 flags, none;
MBIC (crowd) 12 flags, 1. In news prose they are how a reporter says that a source
repeated a position ("insisted", "maintained"), granted a point or answered a charge
("acknowledged", "conceded") or took a side in a dispute ("contended"): the act, not a
verdict on it. The verbs the same three sets do mark stay flags ("claimed" for BABE's
experts, "complained", "boasted", "scoffed", "admitted" for BASIL's annotators), and so
does "denied", whose count is too small to say.

A verb inside a quotation was never counted (session 24) and stays in ``attributions``.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.framing.results import AttributionUse

PLAIN_ACTS = frozenset({"insist", "acknowledge", "concede", "contend"})


def is_plain_act(use: AttributionUse) -> bool:
    """``use`` is the outlet's verb that only names the act reported."""
    return not use.span.in_quote and use.verb in PLAIN_ACTS


def split_plain_acts(uses: Sequence[AttributionUse]) -> tuple[list[AttributionUse], int]:
    """``uses`` without the outlet's plain speech-act verbs, and how many were taken
    out (to count with the neutral attributions)."""
    kept = [u for u in uses if not is_plain_act(u)]
    return kept, len(uses) - len(kept)
