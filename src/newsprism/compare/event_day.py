"""One event, its day and its noun: the same-fact link ``event_day`` (session 25).

Two outlets often name one event by the same noun and date it by the same day, told
with other verbs and other lengths: "teeing up a Saturday vote to wind down debate" /
"A procedural vote was set for Saturday."; "the House resolution on the national motto
passed Tuesday" / "passing a resolution on Tuesday reaffirming the national motto".
The model reads such pairs as two sentences sharing a few words.

The link: a day both sentences name (a weekday, or a month and its day: "Aug. 3"), a
common noun both use as the head of a noun phrase (not a compound's modifier, not
inside a name, not an active verb's subject: "the company said Tuesday" names who
acted, not the act) **that the day dates in both** (the day hangs on the noun, "a Saturday
vote", or on a verb the noun is an argument of or stands under, "a vote was set for
Saturday", "on Tuesday, he heard the moratorium had been extended"), **that belongs to
the sentence's own statement in both** (its verb is the root, or a clause the root
reports, controls or is coordinated with; a noun under a relative clause, a participle or
an adverbial clause is background: "trying to sink legislation establishing a commission
on the Jan. 6 attack" states nothing dated Jan. 6, session 30), with a shared day that
dates an act in one of the two (hangs on a verb, or is a bare weekday adverb: "the Jan. 6
riot" in both names a past event, session 30), and that noun
stands in at most :data:`RARE` sentences of each article: a noun a story keeps
repeating ("marriage", "mosque") is its topic, and two sentences that date it name
two things of that topic. The two must not name different people, nor different
story entities, nor two numbers that cannot agree, and one must not deny what the
other states; the model's vetoes win over the link, as over every link. Measured on
the BASIL 2010–2012 golds in docs/eval-compare.md, "Session 25: one event, its day
and its noun" (``scripts/event_day_noun_pairs.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS
from newsprism.compare.tfidf import incidence, shared_counts

# a dated noun standing in more sentences of one article than this is the story's topic
RARE = 3
_MONTHS = {m[:3]: m[:3] for m in MONTH_NAMES} | {m[:4]: m[:3] for m in MONTH_NAMES} | {
    m: m[:3] for m in MONTH_NAMES}  # fmt: skip


# the arc of an active verb's subject: an actor, not an event
_AGENT = frozenset({"nsubj"})
# the arcs by which a verb heads the complement of the verb above it
_COMPLEMENT = frozenset({"ccomp", "xcomp"})
# the arcs that keep a verb in the sentence's own statement: a reported or controlled
# clause, or a verb coordinated with the main one (session 30)
_MAIN_CHAIN = _COMPLEMENT | {"conj"}


@dataclass
class DatedNouns:
    """A sentence's days and head nouns, as the link reads them."""

    days: set[str] = field(default_factory=set)  # "saturday", "aug 3"
    nouns: set[str] = field(default_factory=set)  # every head noun's lemma
    dated: set[str] = field(default_factory=set)  # the head nouns a day of the sentence dates
    acts: set[str] = field(default_factory=set)  # the days that date a verb, not only a noun


def _day_of(token: Any) -> str | None:
    """The day a token names: a weekday, or the number after a month's name."""
    if token.lower_ in WEEKDAYS:
        return token.lower_
    if token.like_num and token.i > 0 and token.text.isdigit() and len(token.text) <= 2:
        month = _MONTHS.get(token.nbor(-1).lower_.rstrip("."))
        if month is not None:
            return f"{month} {int(token.text)}"
    return None


def _verb_of(token: Any) -> Any | None:
    """The nearest verb above a token: the predicate its phrase belongs to."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _dates(noun: Any, days: Sequence[Any]) -> bool:
    """Whether one of ``days`` dates the noun: it hangs on the noun before any verb ("a
    Saturday vote"), or on the verb the noun's phrase belongs to ("a vote was set for
    Saturday"), or on the verb whose complement that verb heads ("on Tuesday, he heard
    the moratorium had been extended"). A day further up dates another act: "on Sunday
    tried to clarify …, saying he was referring to … the world" does not date "world"."""
    own = _verb_of(noun)
    for day in days:
        up = list(day.ancestors)
        verb = next((t for t in up if t.pos_ in ("VERB", "AUX")), None)
        below_verb = up[: up.index(verb)] if verb is not None else up
        if any(t.i == noun.i for t in below_verb):
            return True
        if own is None or verb is None:
            continue
        if own.i == verb.i or (own.dep_ in _COMPLEMENT and own.head.i == verb.i):
            return True
    return False


def _in_main_clause(noun: Any) -> bool:
    """Whether the noun's phrase belongs to the sentence's own statement: its verb is the
    root, or a clause the root reports, controls or is coordinated with ("said he would
    oppose the bill", "moved to arrange the vote"). A noun under a relative clause, a
    participle or an adverbial clause names background: "legislation establishing a
    commission on the Jan. 6 attack" does not state what happened to the attack, and
    two sentences that date it may state two other things (session 30, NeuS rows 81, 420)."""
    verb = _verb_of(noun)
    while verb is not None and verb.dep_ in _MAIN_CHAIN:
        verb = verb.head
    return verb is None or verb.dep_ == "ROOT"


def _dates_an_act(day: Any) -> bool:
    """Whether a day hangs on a verb ("was set for Saturday", "sued Friday"), not only on a
    noun ("the Jan. 6 attack", "a riot on Jan. 6"): a day that only names a thing may name
    a past event two sentences mention as background (session 30, NeuS rows 366, 420). A
    bare weekday used as an adverb ("ripped the roof off a hotel Saturday") dates an act
    whatever word the parse hangs it on."""
    if day.dep_ == "npadvmod":
        return True
    above = next((t for t in day.ancestors if t.pos_ not in ("ADP", "PROPN")), None)
    return above is not None and above.pos_ in ("VERB", "AUX")


def dated_nouns(tokens: Sequence[Any]) -> DatedNouns:
    """The days a sentence names and its head nouns, those it dates marked."""
    days = [t for t in tokens if _day_of(t) is not None]
    out = DatedNouns(days={d for d in (_day_of(t) for t in days) if d},
                     acts={d for d in (_day_of(t) for t in days if _dates_an_act(t)) if d})
    for token in tokens:
        if token.pos_ != "NOUN" or token.is_stop or token.dep_ == "compound" or token.ent_type_:
            continue
        lemma = token.lemma_.lower()
        out.nouns.add(lemma)
        # an active verb's subject is who acts ("the company said Tuesday"), not the act
        if days and token.dep_ not in _AGENT and _dates(token, days) and _in_main_clause(token):
            out.dated.add(lemma)
    return out


def _shares(sets: Sequence[set[str]]) -> np.ndarray:
    """Pairs whose sets share an item (one sparse product, not a loop over the pairs:
    session 26, two million pairs at 50 articles, issue 12)."""
    return shared_counts(sets) > 0


def _acted(found: Sequence[DatedNouns]) -> np.ndarray:
    """Pairs that share a day which dates an act in at least one of the two."""
    both = incidence([f.acts for f in found] + [f.days for f in found])
    half = len(found)
    cross = (both[:half] @ both[half:].T).toarray() > 0
    return cross | cross.T


def _disjoint(sets: Sequence[set[str]]) -> np.ndarray:
    """Pairs whose sets are both non-empty and share nothing (a set and itself never)."""
    filled = np.array([bool(s) for s in sets], dtype=bool)
    return filled[:, None] & filled[None, :] & ~_shares(sets)


def event_day(found: Sequence[DatedNouns], article: Sequence[str], people: Sequence[set[str]],
              named: Sequence[set[str]], specific: Sequence[set[str]],
              denied: Sequence[bool]) -> np.ndarray:  # fmt: skip
    """``event_day`` of every pair of sentences (the module's rule). ``people`` /
    ``named``: the story's people / entities each names; ``specific``: the numbers a
    reader would check; ``denied``: whether its statement is denied."""
    per_article = Counter((a, w) for a, f in zip(article, found, strict=True) for w in f.nouns)
    keep = [{w for w in f.dated if per_article[(a, w)] <= RARE} if f.days else set()
            for a, f in zip(article, found, strict=True)]  # fmt: skip
    owner = np.array(article)
    out = (owner[:, None] != owner[None, :]) & _shares(keep) & _acted(found)
    if not out.any():
        return out
    stop = _disjoint(people) | _disjoint(named) | _disjoint(specific)
    flag = np.array(denied, dtype=bool)
    stop |= flag[:, None] != flag[None, :]
    return out & ~stop
