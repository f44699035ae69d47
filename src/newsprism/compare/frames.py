"""What a claim says, read from its parse: who did what, when, how many, and whether.

The conflict rules (compare/conflicts.py) compare values only between statements about
the same subject and the same action, so each claim is read into small frames:

- :class:`DatedAction`: a weekday and the action it dates ("signed … Thursday" →
  sign), with the action's subject and object. A weekday that bounds rather than dates
  ("by Saturday", "since Monday") is skipped.
- :class:`Counted`: a number, the thing it counts ("a 48-page indictment" → page of
  indictment) and the subject of its clause. A number in a list of numbers of one unit
  (poll results) is left out: list items belong to different subjects.
- :class:`Status`: a one-off event of a lexicon (charged, indicted, arrested,
  convicted, resigned, passed, signed, killed …) with its patient and its status: done,
  not (negated: "no formal charges have been filed"), or expected ("is expected to be
  indicted", "plan to file charges"), or decided ("announced her decision to veto"); for
  a bill, the agent who acts on it.

Words in quotation marks (a speaker's) are skipped, but for counts (session 37); entities
are the story's entity ids.

Two steps live in modules of their own (session 34): who a token names
(:mod:`.frame_subjects`) and the status frames (:mod:`.frame_statuses`). Their names are
imported back here (``name as name`` where this module does not use one), so every old
import from this module still works.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.administration_owner import head_of_government
from newsprism.compare.averages import averaged
from newsprism.compare.count_holders import count_holder
from newsprism.compare.count_periods import verb_dates
from newsprism.compare.count_scope import running_total, verb_days
from newsprism.compare.dates import DatedAction, When, read_calendar
from newsprism.compare.frame_statuses import _BILL_EVENTS as _BILL_EVENTS
from newsprism.compare.frame_statuses import _BILLS as _BILLS
from newsprism.compare.frame_statuses import _EXISTING as _EXISTING
from newsprism.compare.frame_statuses import _EXPECTED_ADJ as _EXPECTED_ADJ
from newsprism.compare.frame_statuses import _EXPECTING, Status, _polarity, _status
from newsprism.compare.frame_statuses import _FUTURE_AUX as _FUTURE_AUX
from newsprism.compare.frame_statuses import _HOPE as _HOPE
from newsprism.compare.frame_statuses import _NEGATORS as _NEGATORS
from newsprism.compare.frame_statuses import _OFFICE_NOUNS as _OFFICE_NOUNS
from newsprism.compare.frame_statuses import _PATIENT_SUBJECT as _PATIENT_SUBJECT
from newsprism.compare.frame_statuses import _WISHING as _WISHING
from newsprism.compare.frame_statuses import EVENTS as EVENTS
from newsprism.compare.frame_statuses import _about_bill as _about_bill
from newsprism.compare.frame_statuses import _existence as _existence
from newsprism.compare.frame_statuses import _patient as _patient
from newsprism.compare.frame_statuses import _patient_key as _patient_key
from newsprism.compare.frame_statuses import _vote_status as _vote_status
from newsprism.compare.frame_subjects import _PERSONAL as _PERSONAL
from newsprism.compare.frame_subjects import _SUBJECTS as _SUBJECTS
from newsprism.compare.frame_subjects import (
    _entity,
    _role_doer,
    _subject,
    _verb_of,
    in_quotes,
    name_key,
    pronoun_person,
    subject_token,
)
from newsprism.compare.frame_subjects import fitted_in_quotes as fitted_in_quotes
from newsprism.compare.frame_subjects import gender_of as gender_of
from newsprism.compare.frame_subjects import subject_above as subject_above
from newsprism.compare.legislation import PASSAGE_OBJECTS, passage_chamber
from newsprism.compare.measures import event_statuses
from newsprism.compare.other_instances import other_instance
from newsprism.compare.places import Placed, placed_agent, read_places
from newsprism.compare.rank_cuts import rank_cut
from newsprism.compare.rates import per_unit
from newsprism.compare.refusals import NAMED_KINDS, Act, read_acts
from newsprism.extract.nlp import doc_text, span_text
from newsprism.extract.quotes.marks import quoted_spans
from newsprism.extract.tree import climb
from newsprism.models import Claim, Mention

# verbs of saying date a statement, and people say things every day: two weekdays on
# "said" are two statements, not one action dated twice
REPORTING = frozenset("say tell add note state comment speak write tweet respond reply "
                      "explain insist argue claim suggest ask interview".split())  # fmt: skip
_BOUNDING = frozenset("by since until till through before after from".split())
_SHARES = frozenset({"%", "percent", "per cent", "percentage"})  # shares of some measure
# a count under one of these is a prospect, not a count (_prospect)
_FORECASTING = frozenset("expect anticipate predict forecast project".split())
_PROSPECTING = _EXPECTING | _FORECASTING
_DISTANCES = frozenset("mile kilometer kilometre km foot feet meter metre yard".split())
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Counted:
    value_text: str
    thing: str  # "page of indictment"
    subject: str | None
    index: int  # position among the claim's quantities
    prospect: bool = False  # forecast, planned or expected ("anticipated … would add 1 million")
    holder: str | None = None  # the noun it describes ("lawsuit involving N women")
    running: bool = False  # a running total, "has signed 147" (count_scope.running_total)
    days: frozenset[str] = frozenset()  # its verb's date words (count_scope.verb_days)
    ranked: bool = False  # "the 100 poorest countries": an exact set (rank_cuts.rank_cut)
    periods: tuple[str, ...] = ()  # its verb's date phrases (count_periods.verb_dates)


@dataclass
class ClaimFrame:
    """The frames of one claim."""

    claim: Claim
    dated: list[DatedAction] = field(default_factory=list)
    counted: list[Counted] = field(default_factory=list)
    statuses: list[Status] = field(default_factory=list)
    lemmas: frozenset[str] = frozenset()
    acts: list[Act] = field(default_factory=list)
    places: list[Placed] = field(default_factory=list)  # compare/places.py
    article_text: str = ""  # its article's text: a place named anywhere in it (places)
    published: date | None = None  # its article's day: weekdays of far-apart days (conflicts)
    named: frozenset[str] = frozenset()  # name keys of its mentions and the story's entities


def named_doers(doc: Any, mentions: list[Mention], names: dict[str, str]) -> dict[str, set[str]]:
    """Verb lemma → the named people an article makes its active subject, outside
    quotation marks ("Lauten later apologized" → apologize: {lauten}).

    An unnamed role noun doing one of these one-off actions in the same article ("A
    Republican staffer on Friday apologized") is that person when only one is named
    doing it: the same article tells one apology, first by role, then by name."""
    people = [m for m in mentions if m.label == "PERSON"]
    # a surname the tagger left untagged ("Lauten later apologized") is still the person
    # the article names with it
    surnames = {name_key(m.text): names.get(m.entity_id or "") or name_key(m.text)
                for m in people}  # fmt: skip
    doers: dict[str, set[str]] = {}
    for token in doc:
        if token.dep_ != "nsubj" or in_quotes(token):
            continue
        hit = next((m for m in people if m.start <= token.idx < m.end), None)
        if hit is not None:
            key = names.get(hit.entity_id or "") or name_key(hit.text)
        elif token.pos_ == "PROPN" and token.lower_ in surnames:
            key = surnames[token.lower_]
        else:
            continue
        doers.setdefault(token.head.lemma_.lower(), set()).add(key)
    return doers


def read_frames(doc: Any, claim: Claim, mentions: list[Mention], main_person: str | None,
                names: dict[str, str] | None = None,
                doers: dict[str, set[str]] | None = None,
                titles: dict[str, dict[str, str]] | None = None,
                places: frozenset[str] = frozenset(),
                people: frozenset[str] = frozenset(),
                published: date | None = None) -> ClaimFrame:  # fmt: skip
    """The frames of ``claim`` from its article's parsed ``doc``.

    ``doc``, ``claim``, ``mentions``: the article's parse, one of its claims, its mentions;
    ``main_person``: the key of the person the article is about; ``names``: entity id →
    the key of its canonical name ("the congressman" → "grimm"); ``doers``:
    :func:`named_doers`, for a dated action's subject named by a role noun; ``titles``:
    ``places.article_titles``, for a placed act's agent named by a title; ``places``,
    ``people``: the article's place names (GPE), the story's person-name words;
    ``published``: the publication date that resolves relative dates (None: unread).
    """
    names = names or {}
    frame = ClaimFrame(claim)
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return frame
    outside = _outside_quotes(claim)

    def key_of(m: Mention) -> str:
        return names.get(m.entity_id or "") or name_key(m.text)

    def entity(token: Any) -> str | None:
        return _entity(token, mentions, names, key_of)

    def doer(verb: Any, subject: Any) -> str | None:
        return _role_doer(verb, subject, entity, doers or {})

    def person_of(token: Any) -> str | None:
        hit = next((m for m in mentions if m.label == "PERSON" and m.start <= token.idx < m.end),
                   None)  # fmt: skip
        return key_of(hit) if hit else None

    frame.lemmas = _content_lemmas(span)
    frame.dated = [d for t in span if outside(t) for d in _dated(t, entity, doer)]
    # a calendar date's act needs a named actor: "prices rose in May" recurs monthly
    frame.named = named = frozenset(
        {key_of(m) for m in mentions if m.label in NAMED_KINDS} | set(names.values()))
    frame.dated += read_calendar(
        span, outside, published, person_of,
        lambda verb, when: [d for d in _action(verb, "", when, entity, doer)
                            if d.subject in named or d.objects == PASSAGE_OBJECTS])  # fmt: skip
    # counts inside quotation marks are read too (session 37, READ_QUOTED_COUNTS)
    frame.counted = _counted(span, claim, head_of_government(entity, main_person, doc_text(doc)),
                             _anywhere if READ_QUOTED_COUNTS else outside)
    frame.statuses = [s for t in span if outside(t) for s in _status(t, entity, main_person)
                      ] + event_statuses(span, outside, _polarity, Status, entity)  # fmt: skip
    frame.acts = read_acts(span, mentions, key_of, outside, frozenset(names.values()),
                           lambda t: pronoun_person(t, mentions, key_of))
    frame.places = read_places(
        span, outside,
        lambda verb: placed_agent(verb, mentions, key_of, titles or {},
                              lambda t: pronoun_person(t, mentions, key_of)),
        REPORTING, places, people)  # fmt: skip
    return frame


def _content_lemmas(span: Any) -> frozenset[str]:
    """The lower-case lemmas of a claim's content words (the frames' topical overlap)."""
    return frozenset(t.lemma_.lower() for t in span
                     if t.is_alpha and not t.is_stop and t.pos_ != "PUNCT")  # fmt: skip


READ_QUOTED_COUNTS = True
"""Whether a count inside quotation marks is read (session 37). Speier's "there are “19
independent steps that the president can take”" (NYT) against "23 steps he took" (Fox)
is one figure told two ways (gold/conflicts-basil 526cabb7); the quoted figure is the
speaker's, and the conflict shows it beside the speaker's sentence."""


def _anywhere(_token: Any) -> bool:
    return True


def _outside_quotes(claim: Claim) -> Callable[[Any], bool]:
    """A test of whether a token of ``claim`` lies outside its closed quotations (the
    finder's): a quotation left open at its end relays a report whose status is the
    claim's ("… now reports that Grimm has already "been secretly indicted …": a gold
    conflict; docs/eval-compare.md "One quotation finder, session 19")."""
    quoted = [(claim.start + a, claim.start + b)
              for a, b in quoted_spans(claim.text, unclosed=False)]  # fmt: skip
    return lambda token: not any(s <= token.idx < e for s, e in quoted)


def _dated(token: Any, entity: Any, doer: Any) -> list[DatedAction]:
    if token.lower_ not in WEEKDAYS or token.ent_type_ not in ("DATE", "TIME"):
        return []
    if any(t.lower_ in _BOUNDING for t in token.doc[max(0, token.i - 2) : token.i]):
        return []
    return _action(_verb_of(token), token.lower_, None, entity, doer)


def _action(verb: Any, weekday: str, when: When | None, entity: Any, doer: Any
            ) -> list[DatedAction]:  # fmt: skip
    """The act a date dates: one verb (not of saying), its subject and objects; a
    bill's passage by one chamber however worded. The weekday and the calendar rules
    read the act alike, so they pair the same sentences."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in REPORTING:
        return []
    text = span_text(verb.sent)
    chamber = passage_chamber(verb)
    if chamber:  # "passed the resolution" / "voted 396-9 on a bill": one action, a bill's
        return [DatedAction(weekday, "pass", verb.text, chamber,
                            PASSAGE_OBJECTS | other_instance(verb), text, when)]  # fmt: skip
    objects = frozenset(
        entity(c) or c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr")
    ) | other_instance(verb)  # "released a second report", "met again": not the first act
    who = subject_token(verb)
    subject = entity(who) if who is not None else None
    if who is not None and who.dep_ == "nsubj":
        subject = doer(verb, who) or subject
    return [DatedAction(weekday, verb.lemma_.lower(), verb.text, subject, objects, text,
                        when)]  # fmt: skip


def _counted(span: Any, claim: Claim, entity: Any, outside: Any) -> list[Counted]:
    units = Counter(q.unit for q in claim.quantities if q.unit)
    found = []
    for index, quantity in enumerate(claim.quantities):
        if not quantity.unit or units[quantity.unit] > 1 or quantity.unit in _DISTANCES:
            continue  # a list of one measure: each number has its own subject; a distance
            # places an event ("25 miles west of Baghdad") rather than counting a thing
        if _YEARLIKE.fullmatch(quantity.text):
            continue  # "the cited 2013 study"
        at = claim.text.find(quantity.text)
        token = span.doc.char_span(claim.start + at, claim.start + at + len(quantity.text),
                                   alignment_mode="expand") if at >= 0 else None  # fmt: skip
        if token is None or not outside(token[0]):
            continue
        unit = quantity.unit
        noun = climb(token[-1], lambda t, u=unit: t.lemma_.lower() != u)
        thing = unit
        if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
            thing += " of " + noun.head.lemma_.lower()  # "48-page indictment"
        else:
            of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [g for c in of for g in c.children if g.dep_ == "pobj"]
            if objs:
                thing += " of " + objs[0].lemma_.lower()  # "55,000 pages of documents"
        if thing == unit and unit in _SHARES:
            measured = _measured(noun)
            if measured is None:
                continue  # a share of nothing named cannot be compared
            thing = f"{unit} ({measured})"  # still a bare unit: the subject must match
        verb = _verb_of(noun)  # read once: six readers below ask for it
        if averaged(noun, verb):
            thing += " (average)"  # a mean of many is not the figure of one (averages.py)
        elif per_unit(noun, verb):
            thing += " (rate)"  # "30 a day" is not a total (rates.py, session 38)
        subject = _subject(verb, entity) or _taker(noun, entity)
        if subject == quantity.unit:
            subject = None  # "10 studies prove …": the counted thing is its own subject
        found.append(Counted(quantity.text, thing, subject, index, _prospect(noun),
                             count_holder(noun), running_total(verb), verb_days(verb),
                             rank_cut(noun), verb_dates(verb)))
    return found


def _prospect(noun: Any) -> bool:
    """Whether a counted noun is a forecast or an intention rather than a count: the
    clause it counts in is the complement of a verb or adjective of expecting or
    planning ("Forecasters had anticipated that the economy would add nearly 1 million
    jobs", "is planning to give 60 million doses", "are set to receive"), or it is the
    object of a verb of forecasting ("had expected a 3.6% increase", "projected a
    pick-up of five seats"). A prospect is no statement of the count: the outcome may
    differ and both be true.

    Not a prospect: a plain "will" / "would" or the noun "plan" (news states the
    content of a plan or a bill so: "a plan that will lay out 19 actions"); a count in
    the subject of the planning verb ("three-quarters of states plan to …": the states
    are counted); a count in a side clause ("preparing to take up … after the $447
    billion package failed") or in another role of a verb of the list ("prepared by a
    12-person task force", "sets forth nine values")."""
    verb = _verb_of(noun)
    top = next((t for t in [noun, *noun.ancestors] if t.head.i == verb.i), noun)
    if verb.lemma_.lower() in _FORECASTING and top.dep_ == "dobj":
        return True
    current = verb
    for _ in range(3):
        if current.dep_ not in ("xcomp", "ccomp") or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in _PROSPECTING and current.pos_ in ("VERB", "AUX", "ADJ"):
            return True
    return False


def _measured(noun: Any) -> str | None:
    """What a percentage measures: the object or subject of the verb it completes ("kept
    its growth projection at 4.9%" → projection; "unemployment rose to 5.2 percent" →
    unemployment; "growth was 6%" → growth). One subject (the IMF) states many shares
    (a global projection, a US forecast): the share alone is not one thing.

    The measure keeps the words that qualify it (session 17): "core inflation rose
    3.8%" and "inflation rose 5%" are two measures (NeuS row 358, a false conflict
    before), as are "the unemployment rate" and "unemployment"."""
    if noun.dep_ == "pobj":
        noun = noun.head
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for deps in (("dobj",), ("nsubj", "nsubjpass")):
        for child in verb.children:
            if child.dep_ in deps and child.i != noun.i and child.pos_ in ("NOUN", "PROPN"):
                words = [m.lemma_.lower() for m in child.children
                         if m.dep_ in ("compound", "amod") and m.i < child.i]  # fmt: skip
                return " ".join([*words, child.lemma_.lower()])
    return None


def _taker(noun: Any, entity: Any) -> str | None:
    """Whose counted things they are when the clause names nobody: the subject of the
    relative clause on the noun ("19 separate actions the president could take")."""
    for child in noun.children:
        if child.dep_ == "relcl":
            return next((entity(c) for c in child.children if c.dep_ == "nsubj"), None)
    return None
