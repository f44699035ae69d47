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
first that reads alone (the same test as every line) is the summary's line: the
articles' lead sentences, plainest first, then the most echoed by the other outlets'
openings (:func:`newsprism.compare.lead.ranked_leads` with no least echo), then every
other body sentence, plainest outlet first and in text order. Only a sentence that
states a dated act is tried (a named subject, an act that happened, a weekday or a
month, for a column a day of a month: what a news summary says; no condition): on
NeuS rows 0-505 the undated ones the fallback found were views and background
("Democrats in Congress have their work cut out for them this fall", "For the past
15 years, violence has been on the rise in Mexico …"; session 32). A column's dated
act may be the line (every outlet of r219 is a column; "Biles pulled out of the
competition on Tuesday, …"), never its thesis. A sentence the summary
leaves out on purpose stays out (``skip``: a column's charge, a figure of speech, a
private person's reaction), and so does the headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from newsprism.calendar_words import MONTH_NAMES, MONTH_TOKENS
from newsprism.compare.align import AlignedClaim
from newsprism.compare.lead import ranked_leads
from newsprism.compare.summary_undated import done_act, undated_leads, writer_speaks
from newsprism.models import Claim

# False: a story whose facts give no line keeps an empty summary (as before session 32)
SUMMARY_FALLBACK_RULE = True
# a column's sentence needs a day of the month: "On August 29, a US drone strike killed
# …" (r70), not "Remote learning has moved to the top … since March of last year" (r325)
COLUMN = 2  # a column's plainness (compare/summary.py's _COLUMN)
# a month by its name or the abbreviation news prints with its stop ("on Aug. 4", "on
# Sept. 28": NeuS r140, r51, session 33; False: full names only, as in session 32)
MONTH_ABBREVIATION_RULE = True
_NAMES = [m.capitalize() for m in MONTH_NAMES]
_SHORT = [re.escape(a.capitalize()) for a in sorted(MONTH_TOKENS) if "." in a]


def _month(day: bool) -> re.Pattern[str]:
    """A month (``day``: with its day's number) by name, or by its abbreviation."""
    months = "|".join(_NAMES + (_SHORT if MONTH_ABBREVIATION_RULE else []))
    return re.compile(r"\b(?:" + months + (r") \d{1,2}\b" if day else r")(?!\w)"))


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
            if _dated(claim, column=plainness(claim) >= COLUMN):
                ordered.append(claim)
    dated = {c.id for c in ordered}  # then a news report's undated act (session 33)
    return ordered + [c for c in undated_leads(leads, plainness, COLUMN, skip)
                      if c.id not in dated]


def _dated(claim: Claim, column: bool = False) -> bool:
    """Whether the sentence states a dated act: a named subject, an act and a weekday
    or a month (:func:`newsprism.compare.opening_event.core_event`): "House Minority
    Leader Kevin McCarthy said Tuesday that …" (r469), "The pace of consumer price
    inflation fell in August …" (r97), not "Liz Cheney sees a winning strategy where
    none of her conference colleagues will go" nor "Democrats in Congress have their
    work cut out for them this fall" (r33: a view, whatever its words)."""
    event = done_act(claim.text)
    if event is None or (column and writer_speaks(claim.text)):
        return False  # a column's "… shaped our world" is its view (session 33)
    month = _month(day=column).search(claim.text)
    return bool(event.days or month)


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
