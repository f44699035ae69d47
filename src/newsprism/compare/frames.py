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

Words in quotation marks (a speaker's) are skipped; entities are the story's entity ids.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.averages import averaged
from newsprism.compare.count_holders import count_holder
from newsprism.compare.dates import DatedAction, When, read_calendar
from newsprism.compare.legislation import (
    BILLS,
    PASSAGE_OBJECTS,
    agent_of,
    decided,
    passage_chamber,
)
from newsprism.compare.measures import event_statuses
from newsprism.compare.places import Placed, placed_agent, read_places
from newsprism.compare.refusals import NAMED_KINDS, Act, read_acts
from newsprism.extract.entities import load_names
from newsprism.extract.quotes.marks import counted_inside, quoted_spans
from newsprism.extract.quotes.people import HONORIFIC, load_given_names
from newsprism.extract.tree import climb
from newsprism.models import Claim, Mention

# verbs of saying date a statement, and people say things every day: two weekdays on
# "said" are two statements, not one action dated twice
REPORTING = frozenset("say tell add note state comment speak write tweet respond reply "
                      "explain insist argue claim suggest ask interview".split())  # fmt: skip
_BOUNDING = frozenset("by since until till through before after from".split())
# one-off events whose status outlets can disagree on; value = event class
EVENTS = {
    "charge": "charge", "indict": "charge", "indictment": "charge",
    "arrest": "arrest", "convict": "convict", "conviction": "convict",
    "resign": "resign", "resignation": "resign",
    "sign": "sign", "veto": "veto", "pass": "pass",
    "kill": "kill", "die": "die", "injure": "injure", "wound": "injure",
}  # fmt: skip
# verbs that state that charges exist (or, negated, that they do not)
_EXISTING = frozenset("file bring level issue lodge press return unseal face have".split())
_PATIENT_SUBJECT = frozenset("face plead deny admit fight contest".split())
_OFFICE_NOUNS = frozenset("congressman congresswoman lawmaker senator representative "
                          "governor mayor candidate official".split())  # fmt: skip
_BILL_EVENTS = frozenset({"sign", "veto", "pass"})  # only with a bill or law as object
_BILLS = BILLS
_EXPECTING = frozenset("expect plan likely set poised prepare intend intent intention seek aim "
                       "schedule anticipate predict".split())  # fmt: skip
_SHARES = frozenset({"%", "percent", "per cent", "percentage"})  # shares of some measure
# a count under one of these is a prospect, not a count (_prospect)
_FORECASTING = frozenset("expect anticipate predict forecast project".split())
_PROSPECTING = _EXPECTING | _FORECASTING
_DISTANCES = frozenset("mile kilometer kilometre km foot feet meter metre yard".split())
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_EXPECTED_ADJ = frozenset("expected planned likely possible potential imminent "
                          "anticipated looming".split())
_FUTURE_AUX = frozenset("will would could may might should 'll".split())
# a wish or a call for an event ("hoped she would veto", "urged him to resign") is not a
# statement of whether it happened or is expected
_WISHING = frozenset("hope want wish urge ask call demand pray plead".split())
_HOPE = frozenset({"hoped", "hopes", "hoping"})  # the tagger lemmatises "hoped" as "hop"
_NEGATORS = frozenset("not n't never no none nobody neither nor without".split())
_SUBJECTS = ("nsubj", "nsubjpass")
_PERSONAL = {"he": "m", "she": "f"}  # a subject pronoun read as a person (pronoun_person)


def name_key(name: str) -> str:
    """A name as a key: its last word, lower case, no possessive ("Grimm's") and no name
    suffix (data/names.toml): "Joseph R. Biden Jr." is "biden"; "jr" made every "… Jr."
    one subject (session 19)."""
    words = [w.lower().strip(".,") for w in re.sub(r"['’]s$", "", name.strip()).split()]
    suffixes = load_names().suffixes
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    return words[-1] if words else ""


@dataclass(frozen=True)
class Counted:
    value_text: str
    thing: str  # "page of indictment"
    subject: str | None
    index: int  # position among the claim's quantities
    prospect: bool = False  # forecast, planned or expected ("anticipated … would add 1 million")
    holder: str | None = None  # the noun it describes ("lawsuit involving N women")


@dataclass(frozen=True)
class Status:
    event: str
    word: str  # as written: "indicted", "charges"
    status: str  # done | not | expected
    patient: str | None
    complement: frozenset[str]  # "with tax fraud": what the event is about
    text: str
    agent: str | None = None  # who signs, vetoes or passes a bill (bill events only)


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


def in_quotes(token: Any) -> bool:
    """Whether a token stands inside quotation marks of its sentence: a quote's words
    are the speaker's, so its negation is no stance of the sentence (pairs) and its
    subject is no doer of the article's actions (frames). Read by the one quotation
    finder (``marks.quoted_spans``); the same-fact model's ``negated`` and ``modal``
    read :func:`fitted_in_quotes` (docs/compare.md "Quotation marks: one finder")."""
    sent = token.sent
    offset = token.idx - sent.start_char
    return any(a <= offset < b for a, b in quoted_spans(sent.text))


def fitted_in_quotes(token: Any) -> bool:
    """``in_quotes`` as the same-fact model was fitted on it, for its ``negated`` and
    ``modal`` only (pairs.py): marks counted (``marks.counted_inside``) until a refit."""
    sent = token.sent
    return counted_inside(sent.text, token.idx - sent.start_char)


def read_frames(doc: Any, claim: Claim, mentions: list[Mention], main_person: str | None,
                names: dict[str, str] | None = None,
                doers: dict[str, set[str]] | None = None,
                titles: dict[str, dict[str, str]] | None = None,
                places: frozenset[str] = frozenset(),
                people: frozenset[str] = frozenset(),
                published: date | None = None) -> ClaimFrame:  # fmt: skip
    """The frames of ``claim`` from its article's parsed ``doc``.

    Args:
        doc, claim, mentions: the article's parse, one of its claims, its mentions.
        main_person: the key of the person the article is about.
        names: entity id → the key of its canonical name ("the congressman" → "grimm").
        doers: :func:`named_doers`, for a dated action's subject named by a role noun.
        titles: ``places.article_titles``, for a placed act's agent named by a title.
        places, people: the article's place names (GPE); the story's person-name words.
        published: the publication date that resolves relative dates (None: unread).
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

    frame.lemmas = frozenset(t.lemma_.lower() for t in span
                             if t.is_alpha and not t.is_stop and t.pos_ != "PUNCT")  # fmt: skip
    frame.dated = [d for t in span if outside(t) for d in _dated(t, entity, doer)]
    # a calendar date's act needs a named actor: "prices rose in May" recurs monthly
    named = {key_of(m) for m in mentions if m.label in NAMED_KINDS} | set(names.values())
    frame.dated += read_calendar(
        span, outside, published, person_of,
        lambda verb, when: [d for d in _action(verb, "", when, entity, doer)
                            if d.subject in named or d.objects == PASSAGE_OBJECTS])  # fmt: skip
    frame.counted = _counted(span, claim, entity, outside)
    frame.statuses = [s for t in span if outside(t)
                      for s in _status(t, entity, main_person)]  # fmt: skip
    frame.statuses += event_statuses(span, outside, _polarity, Status, entity)
    frame.acts = read_acts(span, mentions, key_of, outside, frozenset(names.values()),
                           lambda t: pronoun_person(t, mentions, key_of))
    frame.places = read_places(
        span, outside,
        lambda verb: placed_agent(verb, mentions, key_of, titles or {},
                              lambda t: pronoun_person(t, mentions, key_of)),
        REPORTING, places, people)  # fmt: skip
    return frame


def _outside_quotes(claim: Claim) -> Callable[[Any], bool]:
    """A test of whether a token of ``claim`` lies outside its closed quotations (the
    finder's): a quotation left open at its end relays a report whose status is the
    claim's ("… now reports that Grimm has already "been secretly indicted …": a gold
    conflict; docs/eval-compare.md "One quotation finder, session 19")."""
    quoted = [(claim.start + a, claim.start + b)
              for a, b in quoted_spans(claim.text, unclosed=False)]  # fmt: skip
    return lambda token: not any(s <= token.idx < e for s, e in quoted)


def _entity(token: Any, mentions: list[Mention], names: dict[str, str],
            key_of: Callable[[Mention], str]) -> str | None:  # fmt: skip
    """Who a token's phrase names, as a key equal across articles: the surname of its
    first named mention, else its head word ("senate", "prosecutor"); None for a
    pronoun. Surnames rather than entity ids, so that a name the tagger labels a person
    in one article and an organisation in the other still matches."""
    at = token.idx
    hits = [m for m in mentions if m.start <= at < m.end
            and (m.label in NAMED_KINDS or m.entity_id in names)]  # fmt: skip
    if hits:
        return key_of(min(hits, key=lambda m: m.start))
    if token.lower_ in _PERSONAL:
        return pronoun_person(token, mentions, key_of)
    if token.pos_ == "PRON" or not token.is_alpha:
        return None
    return token.lemma_.lower()


def _role_doer(verb: Any, subject: Any, entity: Callable[[Any], str | None],
               doers: dict[str, set[str]]) -> str | None:  # fmt: skip
    """The one named person of the article who does ``verb``, for a role-noun subject."""
    if subject is None or subject.pos_ != "NOUN" or entity(subject) != subject.lemma_.lower():
        return None
    people = doers.get(verb.lemma_.lower(), set())
    return next(iter(people)) if len(people) == 1 else None


def pronoun_person(token: Any, mentions: list[Mention], key_of: Any) -> str | None:
    """The named person a subject "he" or "she" stands for, read in its own sentence: the
    subject of the nearest clause above it ("Blumenthal told the Times he had misspoken";
    "Obama called for … a plan that includes 23 steps he took").

    A wrong person here would date, count or negate someone else's act, so it is read
    only when nothing else could be meant: the pronoun is a subject outside quotation
    marks, the nearest subject above it is a person's name, the sentence names no other
    person before the pronoun ("Obama said Boehner told him he …" stays unknown), and
    the name's title or given name is not of the other gender. Otherwise None, as
    before: a pronoun is unknown by default."""
    gender = _PERSONAL.get(token.lower_)
    if gender is None or token.dep_ not in _SUBJECTS or in_quotes(token):
        return None
    people = [m for m in mentions if m.label == "PERSON"
              and token.sent.start_char <= m.start < token.idx]  # fmt: skip
    if len({key_of(m) for m in people}) != 1:
        return None
    above = subject_above(token)
    if above is None:
        return None
    hit = next((m for m in people if m.start <= above.idx < m.end), None)
    if hit is None or in_quotes(above) or gender_of(hit.text) not in (None, gender):
        return None
    return key_of(hit)


def subject_above(token: Any) -> Any | None:
    """The subject, before ``token``, of the nearest clause above it that has one; a
    relative pronoun is none ("a plan that includes 23 steps he took": the plan's)."""
    for verb in token.ancestors:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < token.i
                    and c.tag_ not in ("WDT", "WP")]  # fmt: skip
        if subjects:
            return subjects[0]
    return None


def gender_of(name: str) -> str | None:
    """The gender a name's title or given name states ("Mr. Blumenthal", "Hillary
    Clinton"), or None."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower().rstrip(".")
    return HONORIFIC.get(first) or load_given_names().get(first)


def _verb_of(token: Any) -> Any:
    return climb(token, lambda t: t.pos_ not in ("VERB", "AUX") or t.dep_ == "amod")


def _subject(verb: Any, entity: Any) -> str | None:
    """The entity of a verb's subject, inherited from the verb it hangs on ("X wants to
    sign", "X signed and praised"): :func:`subject_token`'s token, as ``entity`` reads it."""
    token = subject_token(verb)
    return None if token is None else entity(token)


def subject_token(verb: Any) -> Any | None:
    """The subject token of a verb: its own, else the one a clause without one inherits
    from the clause it hangs on (an xcomp, conj or advcl; four steps at most). Fact
    units (compare/units.py) restore a clause's subject with it too."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                return child
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
            current = current.head
            continue
        break
    return None


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
    text = verb.sent.text
    chamber = passage_chamber(verb)
    if chamber:  # "passed the resolution" / "voted 396-9 on a bill": one action, a bill's
        return [DatedAction(weekday, "pass", verb.text, chamber, PASSAGE_OBJECTS, text,
                            when)]  # fmt: skip
    objects = frozenset(
        entity(c) or c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr")
    )
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
        if averaged(noun, _verb_of(noun)):
            thing += " (average)"  # a mean of many is not the figure of one (averages.py)
        subject = _subject(_verb_of(noun), entity) or _taker(noun, entity)
        if subject == quantity.unit:
            subject = None  # "10 studies prove …": the counted thing is its own subject
        found.append(Counted(quantity.text, thing, subject, index, _prospect(noun),
                             count_holder(noun)))
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


def _status(token: Any, entity: Any, main_person: str | None) -> list[Status]:
    lemma = token.lemma_.lower()
    if lemma == "vote" and token.pos_ == "VERB":
        return _vote_status(token, entity)
    event = EVENTS.get(lemma)
    if event is None or token.pos_ not in ("VERB", "NOUN"):
        return []
    verb = token if token.pos_ == "VERB" else _verb_of(token)
    if token.pos_ == "NOUN" and not _existence(token, verb):
        return []  # "called for his resignation", "the charges had not been announced"
    if lemma in _BILL_EVENTS and not _about_bill(token):
        return []
    patient = _patient(token, verb, entity, main_person)
    complement = frozenset(
        g.lemma_.lower() for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "for")
        for g in c.subtree if g.pos_ in ("NOUN", "PROPN")
    )  # fmt: skip
    agent = agent_of(token, entity) if lemma in _BILL_EVENTS else None
    return [Status(event, token.text, _polarity(token, verb), patient, complement,
                   token.sent.text, agent)]  # fmt: skip


def _vote_status(token: Any, entity: Any) -> list[Status]:
    """A vote on a bill still expected ("is expected to vote on the bill") or denied ("did
    not vote on the bill") is a passage not yet done. A vote that took place says
    nothing of the passage (it may have failed or been procedural): no status."""
    bills = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "for")
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _BILLS]  # fmt: skip
    status = _polarity(token, token)
    if not bills or status not in ("expected", "not"):
        return []
    return [Status("pass", token.text, status, bills[0].lemma_.lower(), frozenset(),
                   token.sent.text, agent_of(token, entity))]  # fmt: skip


def _about_bill(token: Any) -> bool:
    near = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    return any(c.lemma_.lower() in _BILLS for c in near)


def _existence(noun: Any, verb: Any) -> bool:
    """Whether a noun event ("charges", "indictment") is stated as existing or not:
    filed, brought, faced, unsealed, or "no charges" — not "announced" or "called for"."""
    if noun.lemma_.lower() not in ("charge", "indictment"):
        return False
    if any(c.lower_ == "no" for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "nsubjpass", "nsubj") and verb.lemma_.lower() in _EXISTING


def _patient(token: Any, verb: Any, entity: Any, main_person: str | None) -> str | None:
    """The patient's key; an unnamed office ("the congressman") is the article's person."""
    key = _patient_key(token, verb, entity, main_person)
    return main_person if key in _OFFICE_NOUNS else key


def _patient_key(token: Any, verb: Any, entity: Any, main_person: str | None) -> str | None:
    """Who the event happens to: the passive subject ("Grimm was charged", "Grimm is
    expected to be indicted"), the object ("charged Grimm"), "against X", the subject
    of "X pleaded guilty to a charge" or of an intransitive ("X resigned"); for charges
    named without their target ("no formal charges have been filed"), the person the
    article is about."""
    for c in [*token.children, *([] if verb.i == token.i else verb.children)]:
        if c.dep_ == "prep" and c.lower_ == "against":
            return next((entity(g) for g in c.children if entity(g)), None)
    if token.pos_ == "VERB":
        for c in token.children:
            if c.dep_ in ("nsubjpass", "dobj") and entity(c):
                return entity(c)
        passive = any(c.dep_ == "auxpass" for c in token.children)
        if passive or token.lemma_.lower() in ("resign", "die"):
            return _subject(token, entity)
        return None
    if verb.lemma_.lower() in _PATIENT_SUBJECT:
        return _subject(verb, entity)
    return main_person


def _polarity(token: Any, verb: Any) -> str:
    """done, not (negated) or expected (announced for the future, not yet done)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "vote" and verb.head.i != verb.i:
        return _polarity(verb.head, verb.head)  # "voted to pass": as the vote is
    chain = [token, *([] if verb.i == token.i else [verb])]
    for t in chain:
        kids = [c.lower_ for c in t.children]
        if any(k in _NEGATORS for k in kids):
            return "not"
    if token.pos_ == "NOUN" and any(c.lower_ in ("no", "without") for c in token.children):
        return "not"
    if any(c.lemma_.lower() in _EXPECTED_ADJ for c in token.children if c.dep_ == "amod"):
        return "expected"  # "the expected indictment"
    if any(c.lower_ == "yet" for c in verb.children) and verb.lemma_.lower() == "have":
        return "not"  # "has yet to be charged"
    # "whether to sign or veto": the conjunct shares its head's "to" and "whether"
    heads = [verb, *([verb.head] if verb.dep_ == "conj" else [])]
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for h in heads for c in h.children)
    if any(c.lower_ == "whether" for h in heads for c in h.children):
        return "uncertain"  # "deciding whether to veto": an open question
    if any(a.lemma_.lower() in _WISHING or a.lower_ in _HOPE for a in list(verb.ancestors)[:3]):
        return "uncertain"  # "hoped Ms. Brewer would veto": a wish says nothing of the status
    for t in [verb, *verb.ancestors][:4]:
        auxes = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if auxes & _FUTURE_AUX and "have" in auxes:
            return "uncertain"  # "may have killed": doubt about the past, clashes with nothing
        if t.lemma_.lower() in _EXPECTING or auxes & _FUTURE_AUX:
            return "expected"
        if any(c.lower_ in _NEGATORS for c in t.children if c.dep_ == "neg"):
            return "not"
    if infinitive:
        if decided(token):
            return "decided"  # "announced her decision to veto": settled, not yet done
        return "uncertain"  # "urged her to veto", a headline's "Brewer to veto": not done
    return "done"
