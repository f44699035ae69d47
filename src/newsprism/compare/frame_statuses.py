"""The status frames of a claim: a one-off event of a lexicon (charged, indicted,
arrested, convicted, resigned, passed, signed, killed …) with its patient and its
status: done, not, expected, decided or uncertain; for a bill, the agent who acts on it.

Its own step because the status of an event is read from the words around its verb
(negation, "expected to", a wish, "whether"), which no other frame reads; the
conflict rules compare statuses apart from dates and counts. Moved out of
:mod:`newsprism.compare.frames` (session 34), which imports every name back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsprism.compare.frame_subjects import _subject, _verb_of
from newsprism.compare.legislation import BILLS, agent_of, decided
from newsprism.extract.nlp import span_text

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
_EXPECTED_ADJ = frozenset("expected planned likely possible potential imminent "
                          "anticipated looming".split())
_FUTURE_AUX = frozenset("will would could may might should 'll".split())
# a wish or a call for an event ("hoped she would veto", "urged him to resign") is not a
# statement of whether it happened or is expected
_WISHING = frozenset("hope want wish urge ask call demand pray plead".split())
_HOPE = frozenset({"hoped", "hopes", "hoping"})  # the tagger lemmatises "hoped" as "hop"
_NEGATORS = frozenset("not n't never no none nobody neither nor without".split())


@dataclass(frozen=True)
class Status:
    event: str
    word: str  # as written: "indicted", "charges"
    status: str  # done | not | expected
    patient: str | None
    complement: frozenset[str]  # "with tax fraud": what the event is about
    text: str
    agent: str | None = None  # who signs, vetoes or passes a bill (bill events only)


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
                   span_text(token.sent), agent)]  # fmt: skip


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
                   span_text(token.sent), agent_of(token, entity))]  # fmt: skip


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
