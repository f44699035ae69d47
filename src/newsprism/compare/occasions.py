"""Two occasions of one kind of act: the shared-pair veto ``occasion_clash`` (issue 12,
session 35).

Two sentences state one shared fact only when they state it of one time. Outlets tell
one kind of act more than once: a governor "announced last week a vague ambition" to
build a wall, and "during a press conference on Wednesday … detailed his plan" (NeuS
raw row 340, in a story dated that Wednesday: two acts a week apart). The weekday veto
(``date_disjoint``, compare/weekday_acts.py) reads two weekdays only; nothing read a
relative date ("last week", "yesterday", "this month") or a month against another time.

The rule reads each sentence's **own** times: a date or time entity, outside quotation
marks, that hangs on a verb as its adverb ("announced last week"), through a preposition
on the verb ("shipped in March") or through the one noun of a "during" / "at" phrase
("during a press conference on Wednesday"); not on any other noun ("from 5.2% in
August", "the March agreement"), not after a preposition that bounds an act ("since
May", compare/dates.py ``BOUNDING``), and only on a verb of the sentence's own statement
(it and every verb above it hang on verbs up to the root, none a relative, adjectival or
adverbial clause). Each time the sentence names is resolved to the days it may be
against its article's own publication date (:func:`occasion_days`): a relative time is
widened by a day on each side (a report crawled a day late), a weekday may be its last
or its next one, a month or a day with no year may be of the years around, and a range
or an approximation holds every day it may mean ("this year" holds "in March"). A time
it cannot resolve is no time here.

A time on a verb of saying whose content is a clause ("said Tuesday that it had cut
500 jobs"), on one set after the clause it reports ("…, data showed Thursday"), or on a
verb of data dates the statement, which may report an earlier act; it is compared only
with another statement's time, an act's time only with another act's. The veto holds
when both sentences have own times of one kind, no time of the one (own or background:
a misparse may hide the act's time) shares a day with any time of the other, and they
are not all bare weekdays (two weekdays are the weekday veto's, with its lift for a
statement about an event). Found on NeuS rows 0–505: docs/eval-compare.md "Session 35:
two occasions of one act".
A sentence with no time of its own is no mismatch.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.dates import BOUNDING, Interval, resolve
from newsprism.compare.weekday_acts import SAYING
from newsprism.extract.nlp import doc_text, span_ents

_DAY = timedelta(days=1)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# words that name the publication day itself, or the day before
_TODAY = frozenset("today tonight".split())
_PARTS = frozenset("morning afternoon evening night".split())
# prepositions of a frame a time may date through its noun ("during a press conference
# on Wednesday", "at a rally in May")
_FRAMES = frozenset("during at".split())
# verbs of data and findings: their day is the report's ("data showed Thursday")
_DATA = frozenset("show find indicate estimate suggest reveal".split())
_QUOTES = "\"“”"
# words that open an adverbial clause
_SUBORDINATORS = frozenset("when while after before once as since until because".split())


@dataclass(frozen=True)
class Occasion:
    """One time of a sentence: the days it may be, whether it dates a statement (a
    verb of saying with a clause), whether it is a bare weekday, and whether it is the
    sentence's own (a time in background only keeps a pair together: it may be the
    other's act, told as background or through a misparse)."""

    days: tuple[Interval, ...]
    said: bool
    weekday: bool
    own: bool = True


def _widened(start: date, end: date) -> Interval:
    """A relative time a day wider on each side: a report may be crawled a day late."""
    return start - _DAY, end + _DAY


def _week(published: date, step: int) -> Interval:
    """Monday to Sunday of the publication week (``step`` 0), the one before (-1) or after."""
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    return monday, monday + timedelta(days=6)


def _weekday_days(name: str, published: date, last: bool) -> tuple[Interval, ...]:
    """A weekday as its last occurrence on or before the publication day and its next
    one after it ("last Wednesday": also the one a week before the last)."""
    back = (published.weekday() - WEEKDAYS.index(name) % 7) % 7
    recent = published - timedelta(days=back)
    days = [recent, recent - timedelta(days=7)] if last else [recent, recent + timedelta(days=7)]
    return tuple((d, d) for d in days)


def occasion_days(text: str, published: date | None) -> tuple[Interval, ...]:
    """The days a time written as ``text`` may be, against the publication day; empty
    when it is no form read here or the day is unknown.

    >>> occasion_days("last week", date(2021, 6, 16))
    ((datetime.date(2021, 6, 6), datetime.date(2021, 6, 14)),)
    """
    if published is None:
        return ()
    words = [w.strip(".,") for w in text.lower().replace("-", " ").split()]
    words = [w for w in words if w not in ("on", "the", "in", "during", "of", "early", "late")]
    phrase = " ".join(words)
    if phrase in _TODAY or (words[:1] == ["this"] and words[1:] and words[1] in _PARTS):
        return (_widened(published, published),)
    if phrase == "last night":
        return (_widened(published - _DAY, published),)
    if len(words) > 1 and words[-1] in _PARTS:
        words = words[:-1]  # "Wednesday night", "yesterday morning"
        phrase = " ".join(words)
    if phrase == "yesterday":
        return (_widened(published - _DAY, published - _DAY),)
    if phrase == "tomorrow":
        return (_widened(published + _DAY, published + _DAY),)
    if words and words[-1] == "week" and len(words) <= 3:
        step = {"last": -1, "this": 0, "next": 1}.get(words[-2] if len(words) > 1 else "")
        return () if step is None else (_widened(*_week(published, step)),)
    if words and words[-1] in WEEKDAYS and len(words) <= 2:
        if len(words) == 2 and words[0] not in ("last", "this", "next"):
            return ()
        return _weekday_days(words[-1], published, words[0] == "last")
    found = resolve(" ".join(text.split()), published)
    if found is None:
        return ()
    relative = any(w in ("this", "last", "next", "yesterday", "earlier", "later") for w in words)
    if relative:
        return (_widened(*found),)
    if not _YEAR.search(text) and found[1] - found[0] < timedelta(days=62):
        # a month or a day with no year may be of an earlier year ("on March 4" told of
        # the last election: NeuS r269), so it holds that day of the years around
        return tuple(_in_year(found, y) for y in range(published.year - 2, published.year + 2))
    return (found,)


def _in_year(days: Interval, year: int) -> Interval:
    """``days`` moved to ``year`` (the 29th of February to the 28th)."""
    start, end = (d.replace(year=year + d.year - days[0].year, day=min(d.day, 28))
                  if d.month == 2 else d.replace(year=year + d.year - days[0].year)
                  for d in days)  # fmt: skip
    return start, end


def _inside_quotes(token: Any, start: int) -> bool:
    """Whether a token stands inside quotation marks of its sentence (from ``start``, the
    sentence's first character): a quoted "today" is the speaker's day."""
    before = doc_text(token.doc)[start:token.idx]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def _verb(token: Any) -> Any | None:
    """``token`` when it is a verb of the sentence's own statement (it and every verb
    above it hang on verbs up to the root), else None."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    # every verb above it up to the root: a verb under a noun tells background ("since
    # Martin Luther King Jr. Day was added in 1983"), and so does an adverbial clause
    # ("comes as the variant continues to threaten … lockdowns to curb it last year")
    if any(t.pos_ not in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "advcl")
           for t in (token, *token.ancestors) if t.head.i != t.i):  # fmt: skip
        return None
    return token


def _own_verb(root: Any) -> Any | None:
    """The verb a time hangs on: as its adverb ("announced last week"), through a
    preposition on the verb ("shipped in March"), or through the one noun of a "during" /
    "at" phrase on it ("during a press conference on Wednesday"). None for a time on any
    other noun ("from 5.2% in August", "the March agreement"), in background, or after a
    bounding preposition (see the module)."""
    if root.dep_ in ("npadvmod", "advmod", "tmod"):
        return _verb(root.head)
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ in BOUNDING:
        return None
    if prep.head.pos_ in ("VERB", "AUX"):
        return _verb(prep.head)
    noun, frame = prep.head, prep.head.head
    if noun.dep_ == "pobj" and frame.lower_ in _FRAMES and frame.dep_ == "prep":
        return _verb(frame.head)
    return None


def _states(verb: Any) -> bool:
    """Whether a time on ``verb`` dates a statement: a verb of saying with a clause for
    its content ("said Tuesday that it had cut 500 jobs"), one set after the clause it
    reports ("…, data showed Thursday"), or a verb of data ("figures show"). A verb a
    subordinator opens ("When the mayor announced last week a plan …, many were
    puzzled") heads an adverbial clause the parse took for the root: its "clause" is the
    main one, not what was said (NeuS r340)."""
    lemma = verb.lemma_.lower()
    if lemma in _DATA:
        return True
    if lemma not in SAYING:
        return False
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in _SUBORDINATORS and c.i < verb.i
           for c in verb.children):  # fmt: skip
        return False
    after = verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i
    return after or any(c.dep_ == "ccomp" for c in verb.children)


def sentence_occasions(span: Any, published: date | None) -> tuple[Occasion, ...]:
    """The times of a sentence (a spaCy span, or None when lost) it can resolve, its
    own marked; empty when it has no own time."""
    if span is None or published is None:
        return ()
    found = []
    for ent in span_ents(span):
        if ent.label_ not in ("DATE", "TIME") or _inside_quotes(ent.root, span.start_char):
            continue
        days = occasion_days(ent.text, published)
        if days:
            verb = _own_verb(ent.root)
            bare = any(t.lower_ in WEEKDAYS for t in ent) and len(days) == 2
            found.append(Occasion(days, verb is not None and _states(verb), bare,
                                  verb is not None))
    return tuple(found) if any(o.own for o in found) else ()


def _meet(a: Occasion, b: Occasion) -> bool:
    """Whether two times may share a day."""
    return any(s <= f and t <= e for s, e in a.days for t, f in b.days)


def occasions_differ(a: Sequence[Occasion], b: Sequence[Occasion]) -> bool:
    """Whether two sentences' own times name different occasions (the module's rule):
    no time of the one, own or not, meets any of the other."""
    own_a, own_b = [o for o in a if o.own], [o for o in b if o.own]
    if not own_a or not own_b or all(o.weekday for o in (*own_a, *own_b)):
        return False
    if any(_meet(x, y) for x in a for y in b):
        return False
    return any(x.said == y.said for x in own_a for y in own_b)


def occasion_clash(claims: Sequence[Any], docs: Mapping[str, Any],
                   published: Mapping[str, date | None]) -> np.ndarray:  # fmt: skip
    """The veto of every pair of ``claims`` from different articles (``docs``: parsed
    articles by id; ``published``: each article's publication day)."""
    times = []
    for claim in claims:
        doc = docs.get(claim.article_id)
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand") if doc else None
        times.append(sentence_occasions(span, published.get(claim.article_id)))
    out = np.zeros((len(claims), len(claims)), dtype=bool)
    timed = [i for i, t in enumerate(times) if t]
    for k, i in enumerate(timed):
        for j in timed[k + 1:]:
            apart = claims[i].article_id != claims[j].article_id
            if apart and occasions_differ(times[i], times[j]):
                out[i, j] = out[j, i] = True
    return out


def _day(stamp: str | None) -> date | None:
    """The day of an ISO publication stamp, None when unknown or unreadable."""
    try:
        return date.fromisoformat(stamp[:10]) if stamp else None
    except ValueError:
        return None


def veto_occasions(articles: Sequence[Any], claims: Sequence[Any], docs: Mapping[str, Any],
                   probability: np.ndarray, joined: Sequence[tuple[int, int]]
                   ) -> tuple[np.ndarray, list[tuple[int, int]]]:  # fmt: skip
    """The grouping probabilities and the joined lead pairs less the pairs whose own
    times name different occasions (:func:`occasion_clash`): the veto wins over every
    link, as the model's vetoes do."""
    clash = occasion_clash(claims, docs, {a.id: _day(a.published_at) for a in articles})
    if not clash.any():
        return probability, list(joined)
    out = probability.copy()
    out[clash] = 0.0
    return out, [(i, j) for i, j in joined if not clash[i, j]]
