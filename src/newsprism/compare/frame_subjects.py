"""Who a token of a claim names, for the claim frames: a name as a key equal across
articles, a subject and the subject a clause inherits, a "he" or "she" read as the
one person it can stand for, and whether a token is inside quotation marks.

Its own step because every frame reads it (a dated action's subject, a count's
holder, a status's patient) and so do other readers of the parse (fact units, places,
weekday acts), while it reads no frame. Moved out of :mod:`newsprism.compare.frames`
(session 34), which imports every name back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from newsprism.compare.refusals import NAMED_KINDS
from newsprism.compare.titled_names import titled_name
from newsprism.extract.entities import load_names
from newsprism.extract.nlp import span_text
from newsprism.extract.quotes.marks import counted_inside, quoted_spans
from newsprism.extract.quotes.people import HONORIFIC, load_given_names
from newsprism.extract.tree import climb
from newsprism.models import Mention

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


def in_quotes(token: Any) -> bool:
    """Whether a token stands inside quotation marks of its sentence: a quote's words
    are the speaker's, so its negation is no stance of the sentence (pairs) and its
    subject is no doer of the article's actions (frames). Read by the one quotation
    finder (``marks.quoted_spans``); the same-fact model's ``negated`` and ``modal``
    read :func:`fitted_in_quotes` (docs/compare.md "Quotation marks: one finder")."""
    sent = token.sent
    offset = token.idx - sent.start_char
    return any(a <= offset < b for a, b in quoted_spans(span_text(sent)))


def fitted_in_quotes(token: Any) -> bool:
    """``in_quotes`` as the same-fact model was fitted on it, for its ``negated`` and
    ``modal`` only (pairs.py): marks counted (``marks.counted_inside``) until a refit."""
    sent = token.sent
    return counted_inside(span_text(sent), token.idx - sent.start_char)


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
    if (titled := titled_name(token, mentions)) is not None:  # "treasurer | Mark Ellison"
        return key_of(titled)
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
