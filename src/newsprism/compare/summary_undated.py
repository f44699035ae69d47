"""A story with no dated act still gets one line: a news report's lead that states an
act that happened (issue 12, session 33).

:mod:`newsprism.compare.summary_fallback` gives a story that has no summary line the
first sentence that states a dated act (a weekday or a month) and reads alone. Eight
stories of NeuS rows 0-505 still showed an empty summary (session 32): their reports
tell of the event without a day ("New coronavirus infections in the U.S. fell by 25%
over the past two weeks", Axios, r51; "In one of the final decisions of its current
term, the Supreme Court unanimously ruled against the National Collegiate Athletic
Association …", Poynter, r305). A reader takes an empty summary for a failure.

So, after every dated candidate, the leads of the news reports are tried (plainest and
most echoed first, as the dated ones are): a lead that states an act that happened (a
named subject, a verb that is not one of being or having, its stance "done", no
condition: :func:`states_act`). Only leads, and only news reports': a column's lead is
its thesis ("Democrats keep telling Americans they have the votes …"), and a later
sentence undated is as often background ("For the past 15 years, violence has been on
the rise in Mexico …", r140) as the event. A story of columns alone with no dated act
keeps an empty summary (NeuS r33): no sentence of it is the event's, and a view in the
summary's first line would be read as what happened (precision first).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from newsprism.compare.checkable import _parse
from newsprism.compare.opening_event import CoreEvent, core_event
from newsprism.extract.quotes.marks import quoted_spans
from newsprism.models import Claim

# False: a story with no dated act keeps an empty summary (as in session 32)
UNDATED_RULE = True
# case kept: "US" is the country ("a US drone strike killed …", r70)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|us|[Oo]urs?|[Mm]y|[Mm]e)\b")
_PAST = ("VBD", "VBN")  # "fell", "has triggered"
_CONDITION = re.compile(r"(?:if|unless|whether)\b", re.IGNORECASE)


def done_act(text: str) -> CoreEvent | None:
    """The act the sentence states as done: a named subject, a verb of doing (not of
    being or having), its stance "done", not a condition; the event reader's core
    event (:func:`newsprism.compare.opening_event.core_event`), else None."""
    if _CONDITION.match(text.lstrip()):
        return None  # "If the military's task … sounds like a lot, consider …" (r118)
    event = core_event(text)
    return event if event is not None and event.stance == "done" else None


def states_act(text: str) -> bool:
    """Whether the sentence states an act that happened (:func:`done_act`), told in
    the past ("fell", "ruled", "has triggered"): with no day to place it, a verb in the
    present is a view or a state ("Port towns deserve …", "Biden is struggling with a
    Gordian knot …", NeuS r118), not the event."""
    if done_act(text) is None:
        return False
    root = next((t for t in _parse(text) if t.dep_ == "ROOT"), None)
    return root is not None and root.tag_ in _PAST and not _described_as(root)


def _described_as(root: Any) -> bool:
    """A passive whose complement is "as …": "Senator Marco Rubio … was widely seen as a
    champion of reformicons" (the r33 column's second sentence) describes someone; no
    one did anything."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children)
    return passive and any(c.dep_ == "prep" and c.lower_ == "as" for c in root.children)


def writer_speaks(text: str) -> bool:
    """Whether the writer's own first person is in the sentence outside quotation marks
    ("The terror attacks on Sept. 11, 2001 changed a generation and shaped our world
    like few events ever have", a column, NeuS r105): a column's sentence so told is
    its view, whatever date it names."""
    spans = quoted_spans(text)
    return any(not any(s <= m.start() < e for s, e in spans) for m in _FIRST_PERSON.finditer(text))


def undated_leads(leads: Sequence[Claim], plainness: Callable[[Claim], int], column: int,
                  skip: Callable[[Claim], bool]) -> list[Claim]:
    """The news reports' leads (``plainness`` under ``column``) that state an act, in
    the order given; none when the rule is off. ``skip``: the summary's own left-outs."""
    if not UNDATED_RULE:
        return []
    return [c for c in leads if plainness(c) < column and not skip(c) and states_act(c.text)]
