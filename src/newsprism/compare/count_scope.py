"""A count over a span of time is not the count of one occasion (session 37).

"Obama signed 23 executive orders at the White House on Wednesday" and "Obama has signed
147 executive orders since taking office in 2009" count one thing of one man, and both
are true: the second counts every order of his tenure. The number rule (conflicts.py)
asks one counted thing and one owner, and the pair passed it as "Accounts differ on a
number (order)". A count's sentence that scopes it over a span ("since 2009", "to date",
"so far this year", "in total", "over the past decade", "during his presidency") counts
something else than a sentence without that scope, so two counts are compared only when
their sentences carry the same span words (none on both sides, the usual case).

Read from the sentence, not the count's own clause: a fact-checker loses a conflict
when a span word stands elsewhere in the sentence, never gains a false one. "So far"
alone is left out: a death toll "so far" against another toll is the same measurement.

A running total told in the present perfect with no day of its own ("Obama has signed
147 executive orders, more than any recent president") is the same kind of count with
no span word: :func:`running_total` marks it on the count (``Counted.running``), and a
running total is compared only with another one.

Two counts whose own verbs are dated to different times ("signed 39 executive orders in
2012" against "signed 23 … on Wednesday") count two occasions: :func:`verb_days` keeps
the DATE words among the count's verb's own modifiers (``Counted.days``), and two counts
that both carry such words, none shared, are not compared (:func:`days_apart`). Dates
elsewhere in the sentence belong to other verbs ("lawmakers who were briefed on the plan
said Monday"): a sentence-level reading lost two gold conflicts (docs/eval-compare.md).

Session 38 (:func:`times_apart`): a count whose verb is dated by a period rather than a
day ("deported 410,000 immigrants last year", "signed 39 orders in 2011", "recorded 41
burglaries last month", "has deported 40,000 this year") is a period's total; a count
of the same thing with no date of its own is the story's occasion, so the two are not
compared (one side dated by a day, "on Wednesday", is still compared with an undated
side: one event's reports usually date it once). And "last year" against "this year"
share the word "year" but no time: the words every period shares ("year", "the", "of")
do not count as a shared date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["days_apart", "named_elsewhere", "period_dated", "running_total", "scopes_differ",
           "span_scope", "times_apart", "verb_days"]

_SPAN = re.compile(
    r"\b(?:since|to date|so far this (?:year|month|week|season)|in total|all told|"
    r"altogether|cumulative(?:ly)?|over (?:the|his|her|their|its) (?:past|last|first|"
    r"previous)|during (?:his|her|their|its) (?:tenure|presidency|term|time|first)|"
    r"in (?:his|her|their|its) (?:tenure|presidency|first term|time in office))\b",
    re.IGNORECASE,
)


def span_scope(text: str) -> frozenset[str]:
    """The span words of one sentence, lower-cased ("since", "to date", …)."""
    return frozenset(" ".join(m.group(0).lower().split()) for m in _SPAN.finditer(text))


def scopes_differ(text_a: str, text_b: str) -> bool:
    """Whether two counts' sentences scope them over different spans of time."""
    return span_scope(text_a) != span_scope(text_b)


_DAY_KINDS = frozenset({"DATE", "TIME"})


def running_total(verb: Any) -> bool:
    """Whether a count's verb states a running total: a present perfect ("has signed",
    "have killed") with no day or time of its own among its modifiers ("has signed 23 on
    Wednesday" dates one occasion)."""
    if verb is None or verb.tag_ != "VBN":
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                  for c in verb.children)  # fmt: skip
    return perfect and not verb_days(verb, _DAY_KINDS)


def verb_days(verb: Any, kinds: frozenset[str] = frozenset({"DATE"})) -> frozenset[str]:
    """The lower-cased words of ``kinds`` entities among a verb's own time modifiers
    ("in 2012" → {"2012"}, "on Wednesday" → {"wednesday"}); empty for no verb."""
    if verb is None:
        return frozenset()
    return frozenset(t.lower_ for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")
                     for t in c.subtree if t.ent_type_ in kinds)  # fmt: skip


def days_apart(days_a: frozenset[str], days_b: frozenset[str]) -> bool:
    """Whether two counts' verbs are both dated and share no date word."""
    return bool(days_a) and bool(days_b) and not days_a & days_b


# the words of a DATE entity that name a period longer than a day: a count so dated is a
# period's total ("last year", "in 2011", "last month", "in March", "the fiscal year")
_PERIODS = frozenset("year years month months decade quarter season fiscal".split())
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())  # fmt: skip
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
# words any two period dates may share without naming one time ("last year" / "this year")
_GENERIC = frozenset("the a an of year years month months week weeks day days".split())
# words that place a time only with another word: a period "last year" and a sentence that
# says "officials said last week" share "last" but no time (session 38b)
_RELATIVE = frozenset("last this next past previous earlier later coming".split())


def period_dated(days: frozenset[str]) -> bool:
    """Whether a count's verb's date words name a period, not a day: a year ("2011"), a
    word of a period ("last year", "this month", "fiscal"), or a month with no day
    ("in March"; "March 5" is a day)."""
    if any(_YEAR.fullmatch(w) or w in _PERIODS for w in days):
        return True
    return bool(days & _MONTHS) and not any(_DAY_NUMBER.fullmatch(w) for w in days)


def named_elsewhere(dated: frozenset[str], elsewhere: Sequence[str]) -> bool:
    """Whether an undated count's sentence names, among its date phrases ``elsewhere``,
    a word of the other count's period ``dated`` that places a time on its own ("2011",
    "july"; not "the", "year", "last")."""
    named = {w.lower() for phrase in elsewhere for w in phrase.split()} - _GENERIC
    return bool((dated - _GENERIC - _RELATIVE) & named)


def times_apart(days_a: frozenset[str], days_b: frozenset[str],
                dates_a: Sequence[str] = (), dates_b: Sequence[str] = ()) -> bool:
    """Whether two counts' verbs date them to different times: both dated and sharing no
    date word but the generic ones ("last year" / "this year"), or one dated by a period
    and the other not dated at all ("deported 410,000 last year" / "deported 380,000")
    unless the undated count's sentence names that period elsewhere (``dates_a``,
    ``dates_b``: each sentence's date phrases; "the economy added 850,000 jobs, the July
    report showed" is July's count)."""
    if bool(days_a) != bool(days_b):
        dated, elsewhere = (days_a, dates_b) if days_a else (days_b, dates_a)
        return period_dated(dated) and not named_elsewhere(dated, elsewhere)
    if not days_apart(days_a, days_b):
        marked_a, marked_b = days_a - _GENERIC, days_b - _GENERIC
        return bool(marked_a) and bool(marked_b) and not marked_a & marked_b
    return True
