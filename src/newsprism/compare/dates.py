"""Calendar dates of one act, read for the ``date`` conflict (issue 12, session 18).

The weekday rule (compare/frames.py) compares "signed Thursday" with "signed
Wednesday". Outlets also disagree on calendar dates: a primary "in mid May" against "on
April 30", a senator who held his seat "from 1966 to 1978" against one who served
"from 1967 to 1979". This module reads such dates as day intervals into the frame the
weekday rule uses (:class:`DatedAction`, defined here, read by compare/frames.py: one
verb, one subject, one object), so a date pair is compared only when the conflict
rules already read the two sentences as one act of one actor.

A date is read only from a closed list of forms, each an interval of days:

- a year ("in 2009"), a decade ("the 1970s"), a month with or without a year ("in
  April", "April 2013"), a part of a month ("early / mid / late May", widened by
  three days on each side: "late April" is no clash with "May 1"), a day ("April 30",
  "Jan. 5, 2013", "5 January");
- a date relative to the article's own publication date, and only when that date is
  known: "earlier / later this month", "this month", "last / next month", "this year",
  "earlier / later this year", "last / next year", "yesterday".

Everything else is no date here: durations ("three years"), "ago", seasons, weekdays
(the weekday rule's), bounds ("by May", "since 2009", "until June", "before April").
A day or month without a year takes the year that puts it nearest to the publication
date (an article of January 3 that says "Dec. 28" means the December before).

A **tenure** is a person's time in one office, "from Y1 to Y2" (or "Y1-Y2") on a verb
of holding office (serve; hold a seat, office or post; represent; be): it is read as
the act ``tenure`` of the person, with the one office the sentence names (senator →
senate, governor …). Two tenures of one person and one office conflict when they
overlap (one term) but their first or last years differ.

An **event noun** (a primary, an election, a referendum …) is its own act: "Both
parties will hold primaries in mid May" and "The primary would be held on April 30"
date one event, whoever holds it, so its subject is the noun and its words ("special",
"Democratic") must not differ.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from newsprism.calendar_words import MONTH_NUMBERS, WEEKDAYS
from newsprism.extract.nlp import span_ents, span_text

Interval = tuple[date, date]

_MONTHS = MONTH_NUMBERS  # English names and abbreviations; the page reader adds foreign ones
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PART = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_FUZZ = timedelta(days=3)  # "late April" is no clash with "May 1"
_FORMS = [
    ("year", re.compile(rf"{_YEAR}")),
    ("decade", re.compile(r"(?P<year>(?:19|20)\d0)'?s")),
    ("day", re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?")),
    ("day", re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
                       rf"(?:,?\s+{_YEAR})?")),
    ("part", re.compile(rf"(?P<part>early|mid|late)[\s-]*{_MONTH}(?:,?\s+{_YEAR})?")),
    ("month", re.compile(rf"{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?")),
]  # fmt: skip
_RELATIVE = re.compile(r"(?P<when>earlier|later)?\s*(?P<which>this|last|next)\s+"
                       r"(?P<unit>month|year)")
_LEADING = re.compile(r"^(?:(?:in|on|of|the|during|around|about|as\s+early\s+as)\s+)+")
# a date that bounds an act rather than dates it: "by May", "since 2009"
BOUNDING = frozenset("by since until till through before after from between".split())
# verbs of holding an office over a span of years; "hold" needs an office object
TENURE_VERBS = frozenset("serve hold represent be".split())
_HELD = frozenset("seat office post position job".split())
# office words, folded to the office they name: "senator" and "the Senate" are one
OFFICES = {
    "senator": "senate", "senate": "senate", "congressman": "house",
    "congresswoman": "house", "representative": "house", "governor": "governor",
    "mayor": "mayor", "president": "president", "presidency": "president",
    "chancellor": "chancellor", "premier": "premier", "justice": "court",
}  # fmt: skip
# one-off events named by a noun, dated as themselves whoever holds them
EVENT_NOUNS = frozenset("primary election referendum caucus caucuses inauguration "
                        "runoff plebiscite".split())  # fmt: skip
_RANGE = re.compile(r"\b(?:from\s+)?(?P<a>(?:19|20)\d\d)\s*(?:to|until|through|till|-|–|—)"
                    r"\s*(?P<b>(?:19|20)\d\d)\b")  # fmt: skip


_TIME_PREPS = frozenset("in on during".split())
# verbs that hold or schedule an event: their object or subject event is what they date
_SCHEDULING = frozenset("hold schedule set slate plan call move postpone delay reschedule "
                        "be occur happen take".split())  # fmt: skip
# verbs of saying or making known, beyond the weekday rule's: people declare, announce and
# confirm things many times ("Cheney declared in July she plans to challenge Enzi")
_SAYING = frozenset("say tell add note state comment speak write tweet respond reply explain "
                    "insist argue claim suggest ask interview announce declare report confirm "
                    "reveal disclose acknowledge admit deny warn predict promise vow "
                    "pledge".split())  # fmt: skip
# a clause under one of these states no act but a condition ("if his party takes control
# of the Senate this year")
_CONDITIONS = frozenset("if unless whether once".split())
# a light verb states no act of its own: "is up for re-election in November" and "was in
# the news in January" are two states, not one act dated twice
_LIGHT = frozenset("be have do get".split())


@dataclass(frozen=True)
class When:
    """A date as read: the days it may be, as written, and whether it is a span."""

    interval: Interval
    text: str
    span: bool = False  # a tenure "from 1967 to 1979": its ends are stated, not a point


@dataclass(frozen=True)
class DatedAction:
    """A dated act: a weekday ("signed … Thursday", compare/frames.py) or a calendar
    date, the act's verb lemma (or ``tenure`` / ``event``), subject and objects."""

    weekday: str  # "" for a calendar date (``when``)
    verb: str
    word: str  # the verb as written: "signed"
    subject: str | None
    objects: frozenset[str]
    text: str
    when: When | None = None  # a calendar date or a tenure's years
    qualifiers: frozenset[str] = frozenset()  # an event noun's words ("special", "Democratic")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(month: int, day: int, published: date) -> int:
    """The year that puts (month, day) nearest to the publication date."""
    def gap(year: int) -> int:
        return abs((date(year, month, min(day, 28)) - published).days)
    return min((published.year - 1, published.year, published.year + 1), key=gap)


def resolve(text: str, published: date | None) -> Interval | None:
    """The days a date written as ``text`` may be, or None when it is not one of the
    forms above (or needs a publication date that is unknown).

    >>> resolve("mid-May", date(2013, 1, 30))
    (datetime.date(2013, 5, 8), datetime.date(2013, 5, 23))
    """
    words = _LEADING.sub("", " ".join(text.lower().split())).strip(" ,.")
    rel = _RELATIVE.fullmatch(words)
    if rel:
        return _relative(rel, published) if published else None
    if words == "yesterday":
        return (published - timedelta(days=1),) * 2 if published else None  # type: ignore[return-value]
    for kind, pattern in _FORMS:
        m = pattern.fullmatch(words)
        if m:
            return _absolute(kind, m, published)
    return None


def _absolute(kind: str, m: re.Match[str], published: date | None) -> Interval | None:
    """One of the absolute forms, its missing year taken from the publication date."""
    year = int(m["year"]) if m["year"] else None
    if kind == "year":
        return date(year, 1, 1), date(year, 12, 31)  # type: ignore[arg-type]
    if kind == "decade":
        return date(year, 1, 1), date(year + 9, 12, 31)  # type: ignore[operator]
    month = _MONTHS[m["mon"]]
    day = int(m["day"]) if kind == "day" else 1
    if year is None:
        if published is None:
            return None
        year = _nearest_year(month, day, published)
    if kind == "day":
        if day > calendar.monthrange(year, month)[1]:
            return None
        return date(year, month, day), date(year, month, day)
    if kind == "part":
        first, last = _PART[m["part"]]
        last = min(last, calendar.monthrange(year, month)[1])
        return date(year, month, first) - _FUZZ, date(year, month, last) + _FUZZ
    return date(year, month, 1), _month_end(year, month)


def _relative(m: re.Match[str], published: date) -> Interval:
    """"earlier this month", "last year" … against the publication date."""
    step = {"this": 0, "last": -1, "next": 1}[m["which"]]
    if m["unit"] == "year":
        year = published.year + step
        start, end = date(year, 1, 1), date(year, 12, 31)
    else:
        index = published.year * 12 + published.month - 1 + step
        year, month = divmod(index, 12)
        start, end = date(year, month + 1, 1), _month_end(year, month + 1)
    if step == 0 and m["when"] == "earlier":
        end = published
    elif step == 0 and m["when"] == "later":
        start = published
    return start, end


def disjoint(x: When, y: When) -> bool:
    """Two dates of one act that cannot both hold: two points (a day, a month, a year)
    with no day in common, or two tenures of one term (they overlap) with different
    ends. A span against a point never clashes: a year inside a term is one of its
    years, and one outside it may be another term."""
    if x.span and y.span:
        overlap = x.interval[0] <= y.interval[1] and y.interval[0] <= x.interval[1]
        return overlap and x.interval != y.interval
    if x.span or y.span:
        return False
    return x.interval[1] < y.interval[0] or y.interval[1] < x.interval[0]


def tenure_ranges(span: Any, outside: Any) -> list[tuple[Any, When]]:
    """Year ranges "from 1967 to 1979" outside quotation marks: (first year's token,
    the span)."""
    found = []
    doc = span.doc
    for m in _RANGE.finditer(span.text):
        a, b = int(m["a"]), int(m["b"])
        start = span.start_char + m.start("a")
        token = doc.char_span(start, start + 4, alignment_mode="expand")
        if token is None or not outside(token[0]) or not 0 < b - a < 60:
            continue
        written = span.text[m.start("a"):m.end("b")]
        found.append((token[0], When((date(a, 1, 1), date(b, 12, 31)), written, True)))
    return found


def office_of(span: Any) -> str | None:
    """The one office a sentence names (senator and Senate are one), else None."""
    offices = {OFFICES[t.lemma_.lower()] for t in span if t.lemma_.lower() in OFFICES}
    return next(iter(offices)) if len(offices) == 1 else None


def is_tenure(verb: Any) -> bool:
    """A verb of holding office: "served", "held the seat", "represented"."""
    lemma = verb.lemma_.lower()
    if lemma not in TENURE_VERBS:
        return False
    if lemma == "hold":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _HELD for c in verb.children)
    return True


def tenure_holder(verb: Any, subject: Any, person_at: Any) -> str | None:
    """Whose tenure: the named person who is the verb's subject, the noun a "who"
    describes ("Edward Brooke, who served …"), or the one person named inside a
    common-noun subject (the parser reads "the first black senator since Edward Brooke,
    a Republican, held the seat" with "senator" as the subject)."""
    if subject is None:
        return None
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head
    own = person_at(subject)
    if own:
        return own
    inside = {p for t in subject.subtree if (p := person_at(t))}
    return next(iter(inside)) if len(inside) == 1 else None


def event_noun(verb: Any) -> Any | None:
    """The event noun a date on ``verb`` dates: its one object or subject that names an
    event, when the verb holds or schedules it ("will hold primaries in mid May", "The
    primary would be held on April 30", "The primary is April 30"). A date on another
    verb dates that verb's act: "Snowe wouldn't seek re-election this year" is Snowe's,
    not the election's."""
    if verb.lemma_.lower() not in _SCHEDULING:
        return None
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
             and c.lemma_.lower() in EVENT_NOUNS and c.pos_ == "NOUN"]  # fmt: skip
    return nouns[0] if len(nouns) == 1 else None


def qualifiers(noun: Any) -> frozenset[str]:
    """The words that tell one event from another of its kind ("Democratic", "special",
    "general", "Snowe's")."""
    return frozenset(c.lemma_.lower() for c in noun.children
                     if c.dep_ in ("amod", "compound", "nmod", "poss") and c.is_alpha)  # fmt: skip


def _anchor(root: Any) -> Any | None:
    """The word a date hangs on as a time adverbial: the verb of "held on April 30",
    "quit earlier this month", "will hold primaries in mid May", or the event noun of
    "a primary in April". A date that qualifies a noun ("the 2012 race", "a 2008
    event") dates that thing, not the act, and is no anchor."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _TIME_PREPS:
        return root.head.head
    if root.dep_ in ("npadvmod", "tmod", "obl", "attr") and root.head.pos_ in ("VERB", "AUX"):
        return root.head
    return None


def read_calendar(span: Any, outside: Any, published: date | None, person_of: Any,
                  action: Any) -> list[DatedAction]:  # fmt: skip
    """The calendar dates of a sentence, each with the act it dates: a tenure, an event
    noun, or the verb's own act (``action(verb, when)``, the weekday rule's reading).
    Weekdays, bounds and dates inside quotation marks are left out."""
    found: list[DatedAction] = []
    office = office_of(span)
    for ent in span_ents(span):  # the Doc's entities built once (session 27)
        if ent.label_ != "DATE" or not outside(ent[0]) or any(
                t.lower_ in WEEKDAYS for t in ent):  # fmt: skip
            continue
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in BOUNDING:
            continue
        interval = resolve(ent.text, published)
        anchor = _anchor(ent.root) if interval else None
        if anchor is None:
            continue
        if _unsaid(anchor):
            continue
        when = When(interval, ent.text)  # type: ignore[arg-type]
        if anchor.pos_ == "NOUN" and anchor.lemma_.lower() in EVENT_NOUNS:
            found.append(_event(anchor, when))
        elif anchor.pos_ in ("VERB", "AUX"):
            # a year in office ("held the seat in 1970") is a point of a tenure: it
            # meets a term only to be found inside it or another term (never a clash)
            tenure = _tenure(anchor, office, person_of)
            noun = event_noun(anchor)
            if tenure or noun is not None:
                found.append(_held(anchor, when, tenure) if tenure else _event(noun, when))
            elif anchor.lemma_.lower() not in _LIGHT:
                found += action(anchor, when)
    for token, when in tenure_ranges(span, outside):
        verb = token.head.head if token.head.dep_ == "prep" else token.head
        tenure = _tenure(verb, office, person_of)
        if tenure:
            found.append(_held(verb, when, tenure))
    return found


def _unsaid(anchor: Any) -> bool:
    """A date on a verb of saying, or in a clause that states a condition: no act."""
    verb = anchor
    while verb.pos_ == "NOUN" and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() in _SAYING:
        return True
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS
               for t in (verb, *verb.ancestors) for c in t.children)  # fmt: skip


def _held(verb: Any, when: When, tenure: tuple[str, str]) -> DatedAction:
    """A tenure as an act: ``tenure`` of its holder in its office."""
    return DatedAction("", "tenure", verb.text, tenure[0], frozenset({tenure[1]}),
                       span_text(verb.sent), when)


def _event(noun: Any, when: When) -> DatedAction:
    """An event noun as an act: ``event`` with the noun as its subject."""
    return DatedAction("", "event", noun.text, noun.lemma_.lower(), frozenset(),
                       span_text(noun.sent), when, qualifiers(noun))


def _tenure(verb: Any, office: str | None, person_of: Any) -> tuple[str, str] | None:
    """(holder, office) when ``verb`` holds an office the sentence names for a named
    person, else None."""
    if not office or verb.pos_ not in ("VERB", "AUX") or not is_tenure(verb):
        return None
    holder = tenure_holder(verb, _subject_of(verb), person_of)
    return (holder, office) if holder else None


def _subject_of(verb: Any) -> Any | None:
    """The verb's subject, or the one of the clause it is joined to ("… and held")."""
    for current in (verb, verb.head if verb.dep_ == "conj" else None):
        if current is not None:
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)  # fmt: skip
            if subject is not None:
                return subject
    return None



def calendar_clash(x: Any, y: Any, text_x: str, text_y: str) -> bool:
    """Whether two calendar dates of one act (two ``DatedAction`` of one verb, subject
    and object) cannot both hold: :func:`disjoint` dates, the same event words (a
    "Democratic" primary is not a "Republican" one), and neither article writing the
    other's date anywhere (an article that names both tells two moments: a primary
    moved from May to April 30); for an event noun, both dates in one year (the 2010
    and the 2012 primary are two primaries)."""
    if x.qualifiers and y.qualifiers and x.qualifiers != y.qualifiers:
        return False
    if x.verb == "event" and _years(x.when) | _years(y.when) != _years(x.when):
        return False  # primaries and elections recur: two years are two of them
    if not disjoint(x.when, y.when):
        return False
    return not (_names(text_y, x.when.text) or _names(text_x, y.when.text))


def _years(when: When) -> set[int]:
    return set(range(when.interval[0].year, when.interval[1].year + 1))


def _names(text: str, written: str) -> bool:
    """Whether ``text`` writes the date ``written`` as a word group of its own (case
    kept: "May" the month is not "may" the modal)."""
    return re.search(rf"(?<!\w){re.escape(written)}(?!\w)", text) is not None


# the forms above that name a day of a month ("Oct. 7", "7 October", "October 7th, 2021"),
# searched in running text rather than matched whole: a word may not run into the month,
# nor a digit into the day ("October 2020" is no "October 20"), nor a word run on from
# the end ("3 Junior" is no June 3)
_DAYS_IN_TEXT = [re.compile(rf"(?<![\w.,$]){pattern.pattern}(?!\w)")
                 for kind, pattern in _FORMS if kind == "day"]  # fmt: skip


def month_days(text: str) -> set[tuple[int, int]]:
    """The (month, day) pairs that ``text`` writes as a calendar date, in the day forms
    :func:`resolve` reads, whatever their year: the unique check's figure test
    (compare/unique.py, session 23) needs "Oct. 7", "October 7" and "7 October" to be one
    figure, and a one-digit day is no figure there. The month must be capitalised as
    written ("may 7" is the modal), and the day must exist in that month; a bare month or
    a weekday is no day."""
    return {day for day, _, _ in month_day_spans(text)}


def month_day_spans(text: str) -> list[tuple[tuple[int, int], int, int]]:
    """Each calendar day of :func:`month_days` with where ``text`` writes it (start, end):
    what surrounds a date says whether it dates a fact or names an event ("the Jan. 6
    attack")."""
    lowered = text.lower()
    found = []
    for pattern in _DAYS_IN_TEXT:
        for m in pattern.finditer(lowered):
            month, day = _MONTHS[m["mon"]], int(m["day"])
            if text[m.start("mon")].isupper() and 1 <= day <= calendar.monthrange(2000, month)[1]:
                found.append(((month, day), m.start(), m.end()))
    return found
