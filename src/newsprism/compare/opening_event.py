"""The core event of a report's opening sentence: who did what to what, on which day,
with which figures, read from one parse (issue 12, session 32).

Outlets open on one event in their own words: "President Biden will sign an executive
order Friday afternoon that takes aim at …" and "President Biden on Friday will sign a
sweeping new executive order aimed at cracking down on …" (NeuS r272); the pair model
scores such leads 0.00-0.48, under the summary's citation bar, so the summary's opening
line was cited to one outlet though another's opening states the same checkable event
(7 of 22 lines in session 31's reading). This module reads the event itself:

- **who**: the subject of the act, as its head word and the proper nouns of its phrase
  ("The Supreme Court" = "the Supreme Court"; "President Joe Biden" = "President
  Biden"; "The company behind a pipeline" is not "A pipeline"); when the act is
  reported ("McConnell said … that Republicans will oppose …") the speaker too;
- **act**: the main verb (with its particle: "shot down"), its stance (done, negated,
  expected, uncertain: :func:`newsprism.compare.events.stance`); a verb of being or
  having states no act, and such a sentence has no core event here;
- **what**: the content words under the act, outside its subject;
- **day**: the weekdays the sentence names; **figures**: its numbers.

:func:`same_event` is strict on each part; whether two different verbs name one act is
left to the caller (compare/opening_backers.py asks the pair model).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.checkable import _number, _parse
from newsprism.compare.events import LIGHT, SPEECH, stance

_SUBJECTS = ("nsubj", "nsubjpass")
_CONTENT = ("NOUN", "PROPN")
# a clause inside the subject's phrase says something of it, it does not name it ("the
# company behind a pipeline that would have stretched between Canada and the US")
_CLAUSES = ("relcl", "acl", "advcl")
_WEEKDAYS = frozenset(day.lower() for day in WEEKDAYS)
# False: a subject is its head word only (as in session 32), not its appositive name too
APPOSITIVE_RULE = True


@dataclass(frozen=True)
class CoreEvent:
    """One opening sentence's event as the parts :func:`same_event` compares."""

    who: tuple[frozenset[str], frozenset[str]]  # head lemmas (:func:`_who`), proper nouns
    speaker: tuple[frozenset[str], frozenset[str]] | None  # who reports a reported act
    act: str  # the verb's lemma (and particle)
    stance: str
    objects: frozenset[str]  # content lemmas under the act, outside its subject
    days: frozenset[str]
    figures: frozenset[str]
    joined: bool = False  # a second act joined to it (:func:`_second_act`)


def core_event(text: str) -> CoreEvent | None:
    """The sentence's core event, None when it has none to compare: no verb at its
    root, a subject the parse cannot name (a pronoun, none), or a verb of being."""
    doc = _parse(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    act, speaker = root, None
    reported = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if root.lemma_.lower() in SPEECH and reported:
        speaker, act = _who(root), reported[0]
        if speaker is None:
            return None
    who = _who(act)
    if who is None or act.lemma_.lower() in LIGHT:
        return None
    subject = {t.i for c in act.children if c.dep_ in _SUBJECTS for t in c.subtree}
    days = frozenset(t.lower_ for t in doc if t.lower_ in _WEEKDAYS)
    objects = frozenset(t.lemma_.lower() for t in act.subtree if t.pos_ in _CONTENT
                        and t.i not in subject and t.lower_ not in _WEEKDAYS)  # fmt: skip
    figures = frozenset(n for t in doc if not _fraction(t) for n in [_number(t)]
                        if n and n[:1].isdigit())  # fmt: skip
    particle = "".join(f" {c.lower_}" for c in act.children if c.dep_ == "prt")
    return CoreEvent(who, speaker, act.lemma_.lower() + particle, stance(act), objects,
                     days, figures, _second_act(act))  # fmt: skip


def _fraction(token: Any) -> bool:
    """A number word of a fraction ("one-quarter the size", "two-thirds of"): a share,
    not the figure "1" another outlet would write (NeuS r501)."""
    follows = token.doc[token.i + 1 : token.i + 2]
    return token.is_alpha and bool(follows) and follows[0].text == "-"


def _second_act(act: Any) -> bool:
    """Whether a verb joined to the act states a second event ("fired two missiles …
    and South Korea said …", which the parse hangs on "fired" as a clause of its own
    subject; "visited the border … and called for an end to …"):
    another opening that states the first would be cited for both (NeuS r95, r313).
    The parse also joins a verb of a clause inside the sentence at times ("… as his
    allies melt away and his military proves unable …"); such a line is not cited
    further either (precision first)."""
    verbs = [c for c in act.children if c.pos_ in ("VERB", "AUX")]
    return any(c.dep_ == "conj" or (c.dep_ in ("advcl", "parataxis") and any(
        g.dep_ in _SUBJECTS for g in c.children)) for c in verbs)  # fmt: skip


def _who(verb: Any) -> tuple[frozenset[str], frozenset[str]] | None:
    """The verb's subject as (head lemmas, proper nouns of its phrase: "the state of
    Mississippi" is not any state); a passive with an agent is read by its agent; a
    pronoun or a missing subject is None. The head lemmas are the head's and its
    appositive name's, which is the same referent ("The governor of New York, Kathy
    Hochul, is considering …" / "New York Governor Kathy Hochul is considering …",
    NeuS r62, session 33)."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]  # fmt: skip
    subjects = agents or [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].pos_ not in _CONTENT:
        return None
    head = subjects[0]
    clauses = {t.i for c in head.subtree if c.dep_ in _CLAUSES for t in c.subtree}
    names = frozenset(t.lower_ for t in head.subtree if t.pos_ == "PROPN" and t.i not in clauses)
    return frozenset({head.lemma_.lower(), *_appositive(head)}), names


def _appositive(head: Any) -> set[str]:
    """The lemmas of the names in apposition to ``head``; the small parser hangs the name
    on the place of "The mayor of Dunmere, Alva Roskin," at times, so a name after the
    object of the head's own "of" counts too."""
    if not APPOSITIVE_RULE:
        return set()
    holders = [head, *(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj")]  # fmt: skip
    return {c.lemma_.lower() for h in holders for c in h.children
            if c.dep_ == "appos" and c.pos_ == "PROPN"}


def same_who(one: tuple[frozenset[str], frozenset[str]],
             other: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The same subject: a head word in common, and a proper noun in common when both
    name one ("President Joe Biden" / "President Biden"; "A federal judge" / "A federal
    judge in Texas"; "Senate Democrats" is not "House Democrats")."""
    if not one[0] & other[0]:
        return False
    return bool(one[1] & other[1]) or not (one[1] and other[1])


def same_event(line: CoreEvent, other: CoreEvent, same_act: bool) -> bool:
    """Whether ``other`` states the event of ``line``: the same subject (and speaker), a
    thing acted on in common (a content word or a figure under the act), the same
    stance, every weekday and figure of the line (and no other weekday), and the same
    act (its verb, else ``same_act``, the caller's judgment of two verbs). A line of
    two acts is not read (``joined``); ``other`` may state more than the line."""
    if line.joined or not same_who(line.who, other.who) or line.stance != other.stance:
        return False
    if line.speaker is not None and (other.speaker is None
                                     or not same_who(line.speaker, other.speaker)):
        return False
    if line.days and line.days != other.days:
        return False  # the line's day, stated, and no other day
    if not line.figures <= other.figures:
        return False
    if not (line.objects & other.objects or line.figures & other.figures):
        return False
    return line.act == other.act or same_act
