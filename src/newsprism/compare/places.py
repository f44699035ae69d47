"""Where one named agent did one thing: "he had misspoken at a 2008 event in Norfolk" /
"he had misspoken about his service during the Norwalk event" (issue 12, session 17).

Two outlets that put one act of one person in two towns cannot both be right. A person
does many acts in many places, though (a candidate speaks in Ames and in Des Moines the
same day), so a place is compared only when everything else is one:

- **one slot**: a place name (a GPE of the parse) as the object of "in" / "at" hanging
  on a verb ("spoke in Norwalk") or on a noun the verb governs ("misspoken at a 2008
  event in Norfolk"), or a name before such a noun ("the Norwalk event"); the verb and
  the noun (none or the same) must be the same lemma on both sides; the noun is one of
  an occasion (:data:`EVENT_NOUNS`: "a Bridgeport newspaper" labels a thing), and a
  place on the verb itself is no place of a verb of saying (people say things
  everywhere; "spoke at a rally in Hartford" places the rally) nor one after "at"
  ("took a dig at Biden");
- **one named agent**: the verb's subject is a named person or organisation, a "he" /
  "she" whose sentence names its person as the subject above it
  (``frames.pronoun_person``), or a title the article gives one named person before his
  name ("the attorney general", "The A.G." for "Attorney General Richard Blumenthal"),
  also as the subject above a "he" / "she"; a common noun ("the event", "protesters")
  is no agent;
- **two places that cannot hold each other**: neither is a US state or a country
  (``data/us_states.toml``, ``data/countries.toml``: a city is in its state), neither
  name holds the other ("New York City" / "New York");
- **neither article names the other's place anywhere in its own words** ("visited
  Norfolk, then spoke in Norwalk" is two places of one trip, and an article telling
  both is telling both); a town named only inside a quotation or in a sentence copied
  word for word from the other article is no second place (compare/own_words.py).

Read by :func:`read_places` into :class:`Placed` frames; compared in
compare/conflicts.py with the other frames (same candidate pairs, same topical check).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from newsprism.compare.own_words import own_words
from newsprism.extract.nlp import span_ents
from newsprism.extract.states import state_code, state_names
from newsprism.extract.tree import climb
from newsprism.models import Mention

_PREPOSITIONS = frozenset({"in", "at"})
_NAMED = frozenset({"PERSON", "ORG"})
_PERSONAL = {"he": "m", "she": "f"}
_SUBJECTS = ("nsubj", "nsubjpass")
# words before a name that are no part of its title: "Democratic Attorney General X"
_NOT_TITLE = frozenset("democratic democrat republican independent gop mr. mrs. ms. dr. "
                       "former then the a an".split())  # fmt: skip
_TITLE_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,4})$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# nouns of an occasion, which happens somewhere: a place on any other noun labels a
# thing ("a Bridgeport newspaper", "six months in Parris Island"), not where an act was
EVENT_NOUNS = frozenset("event rally speech ceremony meeting conference fundraiser debate "
                        "hearing summit visit appearance address forum convention gathering "
                        "stop interview protest march vigil parade funeral memorial "
                        "celebration reception dinner luncheon breakfast banquet session "
                        "briefing campaign tour trip".split())  # fmt: skip


@dataclass(frozen=True)
class Placed:
    """One place an agent's act is put in."""

    place: str  # as written: "Norfolk"
    verb: str  # lemma of the act: "misspeak"
    noun: str  # lemma of the noun the place qualifies ("event"), "" for the verb itself
    subject: str  # key of the named agent (a surname, as frames.name_key)
    text: str  # the sentence
    word: str = ""  # the verb as written: "misspoken"


@cache
def _containers() -> frozenset[str]:
    """Places that hold cities: countries (data/countries.toml) and US states."""
    raw = files("newsprism").joinpath("data", "countries.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["countries"]) | frozenset(state_names())


def is_container(place: str) -> bool:
    """Whether a place name is a country or a US state (in any spelling)."""
    folded = place.lower().strip()
    return folded in _containers() or re.sub(r"^the\s+", "", folded) in _containers() or bool(
        state_code(place) and len(place) <= 6)


def article_titles(text: str, mentions: Sequence[Mention], key_of: Callable[[Mention], str]
                   ) -> dict[str, dict[str, str]]:  # fmt: skip
    """Title written before a person's name → {person key: the name as written}:
    "Attorney General Richard Blumenthal" → "attorney general" and its initials "ag".

    Only capitalised words right before the name count (a title in front of a name);
    party words and honorifics are dropped."""
    titles: dict[str, dict[str, str]] = {}
    for m in mentions:
        if m.label != "PERSON" or len(m.text.split()) < 2:
            continue
        match = _TITLE_BEFORE.search(text[max(0, m.start - 60) : m.start])
        if match is None:
            continue
        words = [w.lower() for w in match.group(1).split()]
        while words and words[0] in _NOT_TITLE:
            words.pop(0)
        if not words or any(w in _NOT_TITLE for w in words):
            continue
        for form in (" ".join(words), "".join(w[0] for w in words) if len(words) > 1 else ""):
            if form:
                titles.setdefault(form, {})[key_of(m)] = m.text
    return titles


def titled_person(token: Any, titles: dict[str, dict[str, str]]) -> tuple[str, str] | None:
    """(key, name) of the one person the article titles as ``token``'s phrase names
    ("the attorney general", "The A.G."), or None."""
    words = [c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i]
    phrase = " ".join([*words, token.lower_])
    letters = re.sub(r"[^a-z]", "", phrase) if "." in phrase else ""
    people = titles.get(phrase) or (titles.get(letters) if letters else None) or {}
    return next(iter(people.items())) if len(people) == 1 else None


def placed_agent(verb: Any, mentions: Sequence[Mention], key_of: Callable[[Mention], str],
                 titles: dict[str, dict[str, str]], pronoun: Callable[[Any], str | None]
                 ) -> str | None:  # fmt: skip
    """The named agent of ``verb``: its subject (or the subject it inherits, as
    ``frames.subject_token``) as a named person or organisation, a title of one named
    person, or a "he" / "she" that stands for either; None otherwise."""
    from newsprism.compare.frames import subject_token  # frames imports this module

    who = subject_token(verb)
    if who is None:
        return None
    if who.lower_ in _PERSONAL:
        return pronoun(who) or _pronoun_title(who, mentions, titles)
    hit = next((m for m in mentions if m.start <= who.idx < m.end), None)
    if hit is not None and hit.label == "PERSON":
        return key_of(hit)
    titled = titled_person(who, titles)
    if titled is not None:
        return titled[0]
    return key_of(hit) if hit is not None and hit.label in _NAMED else None


def _pronoun_title(token: Any, mentions: Sequence[Mention],
                   titles: dict[str, dict[str, str]]) -> str | None:  # fmt: skip
    """A "he" / "she" under a titled subject ("the attorney general said that he had
    misspoken"), with no person named before it in the sentence and a name not of the
    other gender."""
    from newsprism.compare.frames import gender_of, in_quotes, subject_above

    if token.dep_ not in _SUBJECTS or in_quotes(token):
        return None
    if any(m.label == "PERSON" and token.sent.start_char <= m.start < token.idx
           for m in mentions):  # fmt: skip
        return None
    above = subject_above(token)
    titled = None if above is None else titled_person(above, titles)
    if titled is None or gender_of(titled[1]) not in (None, _PERSONAL[token.lower_]):
        return None
    return titled[0]


def read_places(span: Any, outside: Callable[[Any], bool], agent: Callable[[Any], str | None],
                reporting: frozenset[str], known: frozenset[str] = frozenset(),
                people: frozenset[str] = frozenset()) -> list[Placed]:  # fmt: skip
    """The places a claim puts a named agent's act in (module docstring).

    ``known`` are the place names the article's tagger found elsewhere: the same word
    untagged here ("during the Norwalk event", a GPE three sentences earlier) is that
    place. ``people`` are the words of the story's person names: the tagger sometimes
    calls a person a place ("digs at Biden")."""
    found = []
    names = [(e.text, e.root) for e in span_ents(span) if e.label_ == "GPE"]
    names += [(t.text, t) for t in span
              if not t.ent_type_ and t.pos_ == "PROPN" and t.text in known]  # fmt: skip
    for text, root in names:
        if not outside(root) or is_container(text) or text in people:
            continue  # a person's name tagged as a place ("digs at Biden") is no place
        if root.dep_ == "pobj" and root.head.lower_ in _PREPOSITIONS:
            held = root.head.head  # "in Norfolk" on a verb or a noun
        elif root.dep_ == "compound" and root.head.pos_ == "NOUN":
            held = root.head  # "the Norwalk event"
        else:
            continue
        if held.pos_ == "VERB" and root.head.lower_ == "in":
            verb, noun = held, ""  # "at" on a verb aims more than it places: "digs at X"
        elif held.pos_ == "NOUN" and held.lemma_.lower() in EVENT_NOUNS:
            verb = climb(held, lambda t: t.pos_ not in ("VERB", "AUX") or t.dep_ == "amod")
            noun = held.lemma_.lower()
        else:
            continue
        if verb.pos_ != "VERB" or (not noun and verb.lemma_.lower() in reporting):
            continue  # "said in Hartford": people say things everywhere; "spoke at a
            # rally in Hartford" places the rally
        subject = agent(verb)
        if subject:
            found.append(Placed(text, verb.lemma_.lower(), noun, subject, span.text, verb.text))
    return found


def places_clash(x: Placed, y: Placed, text_x: str, text_y: str) -> bool:
    """Two places of one slot that cannot both hold: different, neither holding the
    other, neither named anywhere in the other's article, and no two different years in
    the two sentences (two events years apart)."""
    a, b = x.place.lower(), y.place.lower()
    if (x.verb, x.noun, x.subject) != (y.verb, y.noun, y.subject) or a in b or b in a:
        return False
    if _names(own_words(text_y, text_x), a) or _names(own_words(text_x, text_y), b):
        return False  # named in words of its own (compare/own_words.py, session 30)
    years_x, years_y = set(_YEAR.findall(x.text)), set(_YEAR.findall(y.text))
    return not (years_x and years_y and not years_x & years_y)


def _names(text: str, place: str) -> bool:
    """Whether an article's text names a place anywhere (any case, whole words)."""
    return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text, re.IGNORECASE) is not None
