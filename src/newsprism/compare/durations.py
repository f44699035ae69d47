"""How long one done act lasted, told two ways: a ``number`` conflict of durations
(issue 12, session 34).

The number rule (compare/conflicts.py) reads counted nouns only, and the claim reader
leaves a number inside a date or time phrase out of a claim's quantities, so "he
waited six hours to vote" against "waited in line … for seven hours" (one wait, two
figures) was never read. A duration is read here, narrowly, because most durations in
news are not the length of one act:

- the span is a number and a unit of time ("six hours", "nearly 10 years"): one
  number, no range, no fraction ("six to seven hours", "six and a half hours"), no
  other word on the unit ("the past three years", "another two weeks", "three years
  ago", "62 years old": a time, an age or a period up to now, not an act's length);
- it hangs on a verb as its object or adverb ("waited six hours", "served four years"),
  by "for" ("for seven hours") or, for a prison term, by "to" ("sentenced to 10
  years"); a unit followed by "before", "after", "later" … times something ("three
  hours before the vote"), and counts only right after an empty "for" ("testified for
  three hours before the committee", which the parser hangs on "before");
- the act is done and over: a verb in the past ("waited", "was sentenced", "had
  served"), not a present perfect or a progressive ("has been held for 30 hours" grows
  as the articles are written), a modal or a future ("could face 20 years": a maximum),
  a negation or a question; nor a verb of saying, "be" or "have";
- an infinitive of purpose is one act with the verb it completes ("waited in line to
  cast his ballot for seven hours" is the wait);
- the act's subject is a named entity (or a "he" / "she" read as one, frames.py, or a
  role noun with a name in apposition), the same on both sides, outside quotation
  marks.

Two durations conflict when they are of one unit ("hours" and "hours": two days and 48
hours are two precisions), of one act (a verb in common) of one subject, on one object when both
name one ("met the mayor for an hour" / "met the governor for two hours"), of one
term when the unit has one ("12 years in prison" / "5 years of probation"), on what
the time was spent when the verb says nothing without it ("spend", "serve": "served
four years in prison" and "served three years as governor" are two terms), the
sentences are topical (frames' overlap), name no two different dates, their articles
are at most a day apart, and the values disagree at their stated precision
(``quantities_agree``, a word number read as its digits: "six" is 6 exactly, "thirty"
is a round 30, "about 100" is 50–150 and never against 112).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newsprism.calendar_words import MONTH_NUMBERS, WEEKDAYS
from newsprism.extract.claims import PLURAL_COUNTS, WORD_NUMBERS, parse_quantities, quantities_agree
from newsprism.extract.nlp import span_text
from newsprism.models import Claim, Mention, Quantity

UNITS = frozenset("second minute hour day week month year decade".split())
# verbs whose duration says nothing without what the time was spent on
_LIGHT = frozenset("spend serve work live stay remain sit hold keep go take last".split())
_GENERIC = frozenset({"be", "have", "do", "get"})
_ON_VERB = frozenset({"dobj", "npadvmod", "obj"})
_MODALS = frozenset("will would could can may might should must shall 'll 'd".split())
_NUMBER_WORDS = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost",
                           "some", "more", "than", "over", "at", "least", "less", "fewer",
                           "under", "up", "to", "close", "just", "only"})  # fmt: skip
_ROUND_WORDS = frozenset({"dozen"}) | PLURAL_COUNTS  # "dozens", "hundreds": no count
# words after a unit that make it a distance in time, not a length ("three hours before")
_TIMING = frozenset("before after ago later earlier since until till into from prior "
                    "ahead early late".split())  # fmt: skip
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTH_NUMBERS)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Duration:
    """One act's length as a claim states it."""

    quantity: Quantity  # the number, a word number written as digits ("six" → "6")
    text: str  # as written: "six hours"
    unit: str  # "hour"
    verbs: frozenset[str]  # the act: its verb and, for an infinitive of purpose, the one above
    word: str  # the act's verb as written ("waited")
    subject: str  # the act's doer, a key equal across articles
    objects: frozenset[str]  # what the act is done to: its objects' nouns
    around: frozenset[str]  # its prepositions' nouns ("in prison", "as governor")
    term: frozenset[str]  # the nouns of the unit's own prepositions ("years of probation")


def read_durations(span: Any, outside: Callable[[Any], bool],
                   subject_of: Callable[[Any], str | None]) -> list[Duration]:  # fmt: skip
    """The durations of one claim's ``span`` the module docstring admits.

    Args:
        span: the claim's tokens in its article's parse.
        outside: whether a token lies outside the claim's quotations.
        subject_of: the key of a verb's subject (None when unnamed or unknown).
    """
    found = []
    for token in span:
        if token.lemma_.lower() not in UNITS or token.pos_ != "NOUN" or not outside(token):
            continue
        quantity = _number(token)
        verb = _verb(token)
        if quantity is None or verb is None or not outside(verb):
            continue
        act = _act(verb)
        if act is None:
            continue
        subject = subject_of(act)
        if not subject:
            continue
        verbs = frozenset({verb.lemma_.lower(), act.lemma_.lower()}) - _GENERIC
        objects, around = zip(_objects(verb, token), _objects(act, token), strict=True)
        found.append(Duration(quantity, f"{quantity_text(token)} {token.text}",
                              token.lemma_.lower(), verbs, act.text, subject,
                              objects[0] | objects[1],
                              around[0] | around[1], _term(token)))  # fmt: skip
    return found


def _number(unit: Any) -> Quantity | None:
    """The one plain number on a unit of time, its word number as digits; None for a
    unit with any other word on it, a range, a fraction or a loose word ("dozens")."""
    numbers = [c for c in unit.children if c.dep_ == "nummod"]
    others = [c for c in unit.children if c.dep_ not in ("nummod", "prep")]
    if len(numbers) != 1 or others:
        return None
    words = list(numbers[0].subtree)
    if any(not (w.like_num or w.lower_ in _NUMBER_WORDS) for w in words):
        return None  # "six and a half", "six to seven", "6-7"
    text = " ".join(w.text for w in words)
    if any(w.lower_ in _ROUND_WORDS for w in words) or "-" in text or "½" in text:
        return None
    found = parse_quantities(text)
    if len(found) != 1:
        return None
    [quantity] = found
    raw = next(w for w in words if w.like_num).lower_
    if raw in WORD_NUMBERS and quantity.qualifier == "exact" and quantity.text == raw:
        digits = str(int(quantity.value))  # "six" is 6, "thirty" a round 30
        return Quantity(digits, quantity.value, "exact", unit.lemma_.lower())
    return Quantity(quantity.text, quantity.value, quantity.qualifier, unit.lemma_.lower())


def quantity_text(unit: Any) -> str:
    """The number's words as written ("nearly seven")."""
    number = next(c for c in unit.children if c.dep_ == "nummod")
    return " ".join(w.text for w in number.subtree)


def _verb(unit: Any) -> Any | None:
    """The verb a duration hangs on: as object or adverb, by "for", or by "to" on
    "sentence"; None otherwise ("in three years", "after six hours"). A unit followed
    by "before", "after", "ago" … times something ("three hours before the vote"), so it
    counts only after "for" ("testified for three hours before the committee": the
    parser hangs the hours on "before" and leaves "for" empty)."""
    doc = unit.doc
    after = doc[unit.i + 1].lower_ if unit.i + 1 < len(doc) else ""
    first = min(w.i for w in unit.subtree)
    left = doc[first - 1] if first > 0 else unit
    if after in _TIMING:
        empty_for = left.lower_ == "for" and not any(c.dep_ == "pobj" for c in left.children)
        verb = left.head
        return verb if empty_for and verb.pos_ == "VERB" and verb.i < left.i else None
    if unit.dep_ in _ON_VERB and unit.head.pos_ == "VERB":
        return unit.head
    if unit.dep_ != "pobj":
        return None
    prep = unit.head
    verb = prep.head
    if verb.pos_ != "VERB" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "for" or (prep.lower_ == "to" and verb.lemma_.lower() == "sentence"):
        return verb
    return None


def _act(verb: Any) -> Any | None:
    """The done act a duration's verb belongs to (the verb itself, or the verb an
    infinitive of purpose completes), None when it is not done and over."""
    from newsprism.compare.frames import REPORTING  # frames is large; read lazily

    act = verb
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if verb.dep_ not in ("advcl", "xcomp") or verb.head.pos_ != "VERB":
            return None
        act = verb.head
    if act.lemma_.lower() in REPORTING | _GENERIC or not _done(act):
        return None
    return act


def _done(verb: Any) -> bool:
    """A past act, over: "waited", "was sentenced", "had served"; not "has served",
    "is waiting", "will serve", "could face", "did not wait", "did he wait?"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in verb.children) or span_text(verb.sent).rstrip().endswith("?"):
        return False
    if any(a.lower_ in _MODALS or a.tag_ in ("VBZ", "VBP", "MD") for a in aux):
        return False  # "has served", "is held", "will serve"
    if verb.tag_ == "VBD":
        return not aux
    if verb.tag_ == "VBN":
        return any(a.tag_ == "VBD" for a in aux)  # "was sentenced", "had waited"
    return False


def _objects(verb: Any, unit: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns an act is done to (its objects) and the nouns of its prepositions and
    of the unit's own ("10 years in prison"), the duration left out."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i != unit.i]
    preps = [c for c in [*verb.children, *unit.children] if c.dep_ == "prep"]
    around = [g for p in preps for g in p.children if g.dep_ == "pobj" and g.i != unit.i]
    return _nouns(objects), _nouns(around)


def _term(unit: Any) -> frozenset[str]:
    preps = [c for c in unit.children if c.dep_ == "prep"]
    return _nouns([g for p in preps for g in p.children if g.dep_ == "pobj"])


def _nouns(tokens: list[Any]) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN"))


def durations_clash(x: Duration, y: Duration) -> bool:
    """Whether two durations are of one act of one subject and disagree in value."""
    if x.unit != y.unit or x.subject != y.subject or not (x.verbs & y.verbs):
        return False
    if x.term != y.term:
        return False  # "12 years in prison" / "5 years of probation": two terms
    if x.objects and y.objects and not x.objects & y.objects:
        return False  # "met the mayor for an hour" / "met the governor for two hours"
    if (x.verbs | y.verbs) & _LIGHT and not (x.objects | x.around) & (y.objects | y.around):
        return False  # "spent three years in Iraq" / "two years at Harvard"
    return not quantities_agree(x.quantity, y.quantity)


def duration_conflicts(frames: Sequence[Any], docs: dict[str, Any],
                       mentions: Sequence[Mention], names: dict[str, str],
                       topical: Callable[[Any, Any], bool],
                       apart: Callable[[Any, Any], bool],
                       conflict: Callable[..., dict[str, Any]]
                       ) -> list[dict[str, Any]]:  # fmt: skip
    """Duration conflicts between claims of different articles, each (act, subject,
    values, articles) once.

    Args:
        frames: the story's claim frames (compare/frames.py), for the claims and lemmas.
        docs, mentions, names: the parses, mentions, entity id → name key.
        topical, apart: conflicts' topical test and its "published days apart" test.
        conflict: conflicts' builder of one conflict.
    """
    read = [(f, d) for f in frames for d in _claim_durations(f.claim, docs, mentions, names)]
    found, seen = [], set()
    for i, (a, x) in enumerate(read):
        for b, y in read[i + 1 :]:
            if a.claim.article_id == b.claim.article_id or not durations_clash(x, y):
                continue
            if not topical(a, b) or apart(a, b) or _other_dates(a.claim, b.claim):
                continue
            once = (x.subject, min(x.verbs & y.verbs), frozenset({(a.claim.article_id, x.text),
                                                                 (b.claim.article_id, y.text)}))
            if once in seen:
                continue
            seen.add(once)
            about = f"the length of “{x.word}” ({x.subject.title()})"
            found.append(conflict("number", about, a.claim, x.text, b.claim, y.text))
    return found


def _claim_durations(claim: Claim, docs: dict[str, Any], mentions: Sequence[Mention],
                     names: dict[str, str]) -> list[Duration]:  # fmt: skip
    """The durations of one claim, read with frames' own subject and quotation tests."""
    from newsprism.compare.frames import (  # frames imports much of compare
        _entity,
        _outside_quotes,
        name_key,
        subject_token,
    )

    if not any(unit in claim.text.lower() for unit in UNITS):
        return []
    doc = docs[claim.article_id]
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    local = [m for m in mentions if m.article_id == claim.article_id
             and claim.start <= m.start < claim.end]  # fmt: skip

    def key_of(m: Mention) -> str:
        return names.get(m.entity_id or "") or name_key(m.text)

    def named(token: Any) -> bool:
        return token.lower_ in ("he", "she") or token.pos_ == "PROPN" or any(
            m.start <= token.idx < m.end for m in local)

    def subject_of(verb: Any) -> str | None:
        token = subject_token(verb)
        if token is not None and not named(token):  # "the union chief, Dana Ortiz,"
            token = next((c for c in token.children if c.dep_ == "appos" and named(c)), None)
        return _entity(token, local, names, key_of) if token is not None else None

    return read_durations(span, _outside_quotes(claim), subject_of)


def _other_dates(a: Claim, b: Claim) -> bool:
    """Both sentences date what they tell (a weekday, a month or a year), and by no
    date in common: two occasions ("talked for two hours on Monday" / "for three
    hours on Tuesday"). A duration is itself a date or time phrase of the tagger's, so
    only calendar dates count."""
    mine, theirs = _calendar(a), _calendar(b)
    return bool(mine and theirs and not mine & theirs)


def _calendar(claim: Claim) -> set[str]:
    return {d.lower() for d in claim.dates
            if _YEAR.search(d) or set(re.findall(r"[a-z]+", d.lower())) & _CALENDAR}
