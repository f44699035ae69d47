"""An opening line cited to every outlet whose own opening states its core event
(issue 12, session 32).

The summary cites a line to an outlet when one of its sentences backs the line at the
pair model's bar (:func:`newsprism.compare.story._backing`, P >= 0.5). Reports open on
the event in their own words, and the model scores another outlet's lead 0.00-0.48
against the line (docs/eval-compare.md, session 31: 7 of 22 lines under-cited, the
Hill's "The Supreme Court on Monday ruled that immigrants who entered the U.S.
illegally … are not eligible …" not cited to the Examiner's "The Supreme Court on
Monday ruled unanimously against an illegal, but temporarily protected, immigrant
seeking permanent residency"). A lower bar alone would cite a different measure
(session 31: the seven-day average beside the daily count, 0.23).

So the event is read instead (:mod:`newsprism.compare.opening_event`): a line that is
an article's lead sentence is also cited to another article whose lead sentence has
the same subject, act, thing acted on, stance, day and every figure of the line. The
act is the same when the verb is, or when the pair model puts the two leads at
:data:`OPENING_FLOOR` or more ("unveiled a $568 billion infrastructure plan
Thursday" / "on Thursday called for spending upward of $568 billion", 0.38), or when
WordNet gives the two verbs a common sense (:mod:`newsprism.compare.verb_senses`,
session 33: "signed" / "ratified"). Only
leads: a lead against another report's later sentence joined a background sentence
with the event (compare/lead_pairs.py, NeuS r423). A citation only: which line opens
the summary and its words are unchanged; a conflict's sentences are never cited so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsprism.compare.align import AlignedClaim
from newsprism.compare.opening_event import core_event, same_event
from newsprism.compare.verb_senses import one_act
from newsprism.models import Claim

Near = Callable[[Claim, Claim], bool]

# on: read on 12 fresh NeuS rows and rows 0-505 (docs/eval-compare.md, session 32)
OPENING_BACKERS_RULE = True
# the pair model's least probability for two leads' verbs to name one act: the floor
# measured for two leads in compare/lead_pairs.py (LEAD_FLOOR, session 24)
OPENING_FLOOR = 0.15
# a unique line is marked as one outlet's and a conflict line cites each side already
_CITABLE = ("shared", "possibly_shared")


def cite_openings(summary: Sequence[dict[str, Any]], facts: Sequence[AlignedClaim],
                  leads: Mapping[str, Sequence[Claim]], near: Near | None) -> None:
    """Add to each lead line's citations the articles whose lead states its core event
    (the module docstring). ``leads``: each article's lead claims (none for a text that
    starts mid-article); ``near``: the pair model at :data:`OPENING_FLOOR`."""
    if not OPENING_BACKERS_RULE or near is None:
        return
    claim_of = {c.id: c for found in leads.values() for c in found}
    in_conflict = {c.id for f in facts if f.status == "conflict" for c in f.claims}
    for line in summary:
        claim = claim_of.get(line["claim_ids"][0])
        if claim is None or claim.id in in_conflict or line.get("status") not in _CITABLE:
            continue
        more = [aid for aid, found in leads.items() if aid not in line["article_ids"]
                and any(_states(claim, other, near) for other in found
                        if other.id not in in_conflict)]  # fmt: skip
        if more:
            line["article_ids"] = sorted({*line["article_ids"], *more})


def _states(claim: Claim, other: Claim, near: Near) -> bool:
    """Whether ``other`` (another article's lead) states the core event of ``claim``."""
    mine, theirs = core_event(claim.text), core_event(other.text)
    if mine is None or theirs is None:
        return False
    return same_event(mine, theirs, same_act=one_act(mine.act, theirs.act)
                      or near(claim, other))  # WordNet's senses first (session 33)
