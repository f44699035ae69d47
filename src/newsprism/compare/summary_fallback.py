"""A story's summary never ends empty while one of its sentences reads alone (issue 12,
session 32).

The summary's lines come from shared facts, an echoed lead, conflicts and one unique
fact per outlet (:func:`newsprism.compare.summary.summarize`). A story whose outlets
each tell another angle of one event can have none of these: every fact "possibly
shared" (a partner under the bar), no lead another outlet's opening echoes, and the
one unique line an unnamed "her" in a quotation (NeuS r469, session 31: Reuters' lead
"The No. 3 Republican in the U.S. House of Representatives on Monday said former
President Donald Trump was “poisoning our democratic system” …" is a sentence a
reader can take alone, yet the story showed no summary at all). A reader sees an
empty summary as a failure; one plain line, cited to its own outlet, says what the
story is about.

So, when the summary is still empty, the candidates are tried in this order and the
first that reads alone (the same test as every line) is the summary's line: first the
sentences that state a dated act (a subject, an act, a weekday: what a news summary
leads with), then the others; within each, the articles' lead sentences, plainest
first, then the most echoed by the other outlets' openings (:func:`newsprism.compare.
lead.ranked_leads` with no least echo), then every other body sentence, plainest
outlet first and in text order. A column's sentence is tried only when it states a
dated act. A sentence the summary leaves out on purpose stays out (``skip``: a
column's charge, a figure of speech, a private person's reaction), and so does the
headline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from newsprism.compare.align import AlignedClaim
from newsprism.compare.lead import ranked_leads
from newsprism.compare.opening_event import core_event
from newsprism.models import Claim

# False: a story whose facts give no line keeps an empty summary (as before session 32)
SUMMARY_FALLBACK_RULE = True
# a column's plainness (compare/summary.py's _COLUMN): its sentences are tried only when
# they state a dated act, never its writer's thesis ("A human-rights catastrophe has
# taken shape on the border …", CNN Opinion, r75)
COLUMN = 2


def fallback_claims(opening: dict[str, list[Claim]], facts: Sequence[AlignedClaim],
                    plainness: Callable[[Claim], int], skip: Callable[[Claim], bool]
                    ) -> list[Claim]:  # fmt: skip
    """The sentences to try, in order (the module docstring): the leads, then the rest.
    ``opening``: each article's opening claims, the headline and any article whose
    text starts mid-article left out (their sentences are not tried either)."""
    leads = ranked_leads(opening, plainness, floor=0.0)
    if len(opening) == 1:  # (ranked_leads ranks against the other outlets: none here)
        leads = [c for found in opening.values() for c in found[:1]]
    rest = sorted((c for f in facts if f.status != "conflict" for c in f.claims
                   if c.article_id in opening and c.sentence_index
                   >= min((o.sentence_index for o in opening[c.article_id]), default=0)),
                  key=lambda c: (plainness(c), c.article_id, c.sentence_index, c.start))
    seen: set[str] = set()
    ordered = []
    for claim in [*leads, *rest]:
        if claim.id not in seen and not skip(claim):
            seen.add(claim.id)
            dated = _dated(claim)
            if dated or plainness(claim) < COLUMN:
                ordered.append((not dated, len(ordered), claim))
    return [claim for *_, claim in sorted(ordered)]


def _dated(claim: Claim) -> bool:
    """Whether the sentence states a dated act: a subject, an act and a weekday
    (:func:`newsprism.compare.opening_event.core_event`): "The No. 3 Republican … on
    Monday said …" before "Liz Cheney sees a winning strategy where none of her
    conference colleagues will go" (r469)."""
    event = core_event(claim.text)
    return event is not None and bool(event.days)


def first_line(claims: Iterable[Claim], line_of: Callable[[Claim], dict[str, Any] | None]
               ) -> dict[str, Any] | None:  # fmt: skip
    """The first candidate's line that reads alone (``line_of`` returns None when it
    does not), or None when no sentence of the story does."""
    if not SUMMARY_FALLBACK_RULE:
        return None
    for claim in claims:
        line = line_of(claim)
        if line is not None:
            return line
    return None
