"""Story-level rules that make one row of one thing, and count every form of it.

Fresh readers found one thing in several rows and counts below what the articles say
(issue 12, session 21): "HHS" apart from "Department of Health and Human Services
(HHS)", "Abbey" (of "Abbey gate") apart from "Abbey Gate", and Facebook counted 0 in a
report that names it four times (the tagger missed it there). These rules run on the
mentions of all of a story's articles, before and after ``entities.link_entities``
merges them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS
from newsprism.extract.initials import spells_skipping
from newsprism.extract.states import state_code
from newsprism.extract.titles import fold, load_roles, one_word_roles
from newsprism.models import Entity, Mention

_BRACKETED = re.compile(r"^\s*\(([A-Z][A-Za-z&]{1,7})\)?")
_NEXT_WORD = re.compile(r"^ ([a-z][a-z-]+)\b")


def bracket_acronyms(mentions_by_article: dict[str, list[Mention]], texts: dict[str, str],
                     key: Callable[[str], str]) -> dict[str, str]:
    """Acronyms written in brackets after a name ("Department of Health and Human
    Services (HHS)"), as merge key of the acronym -> merge key of the name. The acronym
    is made a mention of its own where the tagger did not tag it, so it is an alias and
    counted. ``key`` is the merge key of a name (``entities._org_key``)."""
    out: dict[str, str] = {}
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        starts = {m.start for m in mentions}
        added: list[Mention] = []
        for m in mentions:
            match = _BRACKETED.match(text[m.end : m.end + 12])
            if m.label in ("PERSON", "ROLE") or not match:
                continue
            acronym = match.group(1)
            if not (spells_skipping(acronym, m.text) or _capitals_of(acronym, m.text)):
                continue  # "New Hampshire (CNN)", "(Reuters)": no acronym of the name
            out.setdefault(key(acronym), key(m.text))
            start = m.end + match.start(1)
            if start not in starts:
                added.append(Mention(article_id, m.sentence_index, acronym, m.label, start,
                                     start + len(acronym)))
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda x: x.start)
    return out


def _capitals_of(acronym: str, name: str) -> bool:
    """Whether an acronym is the capitals of a one-word name written with capitals
    inside it: "KZN" of "KwaZulu-Natal" (session-27 reader, NeuS raw row 251: the
    province and its short form were two rows). Exactly those capitals, in order."""
    capitals = "".join(c for c in name if c.isupper())
    return len(name.split()) == 1 and len(capitals) >= 2 and acronym == capitals


def extend_by_common_word(mentions_by_article: dict[str, list[Mention]],
                          texts: dict[str, str]) -> None:
    """A name followed by a lower-case word that, with it, is a name the story tags
    elsewhere ("Abbey" of "near Abbey gate" and the "Abbey Gate" of another report) is
    that longer name: the tagger cut the head noun."""
    longer = {fold(m.text): m for ms in mentions_by_article.values() for m in ms
              if m.label not in ("PERSON", "ROLE") and " " in m.text}  # fmt: skip
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        for i, m in enumerate(mentions):
            match = _NEXT_WORD.match(text[m.end : m.end + 30])
            if m.label in ("PERSON", "ROLE") or not match:
                continue
            found = longer.get(fold(text[m.start : m.end + match.end()]))
            if found is not None:  # written as the story's tagged form: "Abbey Gate"
                mentions[i] = Mention(article_id, m.sentence_index, found.text, found.label,
                                      m.start, m.end + match.end())


def count_every_form(entities: Sequence[Entity], mentions: Sequence[Mention],
                     texts: dict[str, str]) -> None:
    """Each entity's count per article adds the places the article writes one of its
    names where the tagger tagged nothing (capitalised aliases, longest first): the
    tagger misses a name now and then ("Facebook" untagged in three of four sentences),
    and a count the reader checks against the text should hold. A place the tagger
    gave to another row is that row's, never counted twice."""
    forms = sorted(((a, e) for e in entities for a in set(e.aliases)
                    if a[:1].isupper() and len(a) > 1), key=lambda p: -len(p[0]))  # fmt: skip
    if not forms:
        return
    owner: dict[str, Entity] = {}
    for alias, entity in forms:
        owner.setdefault(alias, entity)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a, _ in forms)
                         + r")(?![\w-])")
    for article_id, text in texts.items():
        tagged = [(m.start, m.end) for m in mentions if m.article_id == article_id]
        extra = Counter(owner[m.group(0)].id for m in pattern.finditer(text)
                        if not any(s < m.end() and m.start() < e for s, e in tagged)
                        and not _continues_name(text, m.end()))
        for e in entities:
            if extra[e.id]:
                e.mentions[article_id] = e.mentions.get(article_id, 0) + extra[e.id]
                e.mentions = dict(sorted(e.mentions.items()))


_NEXT_CAPITAL = re.compile(r"^ ([A-Z][a-z]+)\b")


def _continues_name(text: str, end: int) -> bool:
    """Whether an untagged name runs on into a longer capitalised name: "Dow Jones" of
    Fox's "Dow Jones Industrial Average futures" is the index, not the company CNBC's
    survey names (session 24, NeuS r376). A next word that is a day, a month or a role
    noun ("said Biden Friday", "Microsoft President Brad Smith") or an acronym ("Facebook
    CEO") continues no name, nor a headline's capitalised verb or small word."""
    match = _NEXT_CAPITAL.match(text[end : end + 40])
    if not match:
        return False
    word = match.group(1).lower()
    return (word not in WEEKDAYS and word not in MONTH_NAMES and word not in one_word_roles()
            and word not in _HEADLINE_WORDS)


# Words a title-case headline capitalises after a name ("Juneteenth Is More Than a
# Federal Holiday"): verbs and small words that continue no name.
_HEADLINE_WORDS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "says", "said", "to", "and", "or", "of", "in", "on", "for", "at", "by", "with", "from",
    "as", "vs", "after", "over", "not", "may", "should", "must", "gets", "wants"})


_ORDINALS = {w: f"{i}{'st' if i == 1 else 'nd' if i == 2 else 'rd' if i == 3 else 'th'}"
             for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth",
                                    "seventh", "eighth", "ninth", "tenth", "eleventh",
                                    "twelfth"), start=1)}  # fmt: skip
_COURT = re.compile(r"^(?:united states )?(?:court of appeals for the (\w+) circuit|"
                    r"(\w+) (?:united states )?circuit(?: court of appeals)?)$")


def court_key(key: str) -> str:
    """One merge key for a federal appeals court however it is written: "U.S. Court of
    Appeals for the Fourth Circuit", "4th US Circuit Court of Appeals", "4th Circuit"
    and "Fourth Circuit" are "4th circuit court of appeals". ``key`` is folded, with
    "U.S." already "united states"."""
    match = _COURT.match(key)
    if not match:
        return key
    number = match.group(1) or match.group(2)
    return f"{_ORDINALS.get(number, number)} circuit court of appeals"


# Heads after which "of" + a capitalised word continues the name ("State Department
# of Education"); the tagger stops some names at the head.
_OF_HEADS = frozenset({"department", "office", "ministry", "bureau", "board", "court",
                       "institute", "council", "commission", "secretary"})  # fmt: skip
# "a Wyoming Senate candidate" runs for the U.S. Senate, not for Wyoming's own senate:
# an election noun after "<state> Senate" makes the pair a modifier, not one name.
# Read by name_cuts.join_state_bodies too ("a Wyoming State Senate candidate").
ELECTION_NOUN_AFTER = re.compile(
    r"^ (?:candidates?|races?|seats?|bids?|primary|primaries|campaigns?|"
    r"nominees?|contests?|elections?)\b")
_OF_TAIL = re.compile(r"^ of (?:the )?(?:[A-Z][a-z]+)(?: (?:and )?[A-Z][a-z]+)*")


def _place(mention: Mention) -> bool:
    """A state or country name, whatever its label ("U.S." is often tagged ORG)."""
    return (mention.label == "GPE" or state_code(mention.text) is not None
            or fold(mention.text) in _country_words())


@cache
def _country_words() -> frozenset[str]:
    return frozenset(fold(c) for c in load_roles().countries)


def join_name_pieces(mentions_by_article: dict[str, list[Mention]],
                     texts: dict[str, str]) -> None:
    """Join the pieces the tagger cut a name into: an organisation stopped at its head
    ("State Department" of "State Department of Education") takes the "of …" after it,
    and two organisation or place names written next to each other ("Alabama" + "State
    Department of Education", "U.S." + "Congress"; "U.S. Court of Appeals" for the "4th
    Circuit") are one, when the first is a place: "Bloomberg White House" is two."""
    for article_id, mentions in mentions_by_article.items():
        text, kept = texts[article_id], []
        for m in mentions:
            tail = _OF_TAIL.match(text[m.end : m.end + 80])
            words = m.text.lower().split()
            if m.label == "ORG" and tail and words and words[-1] in _OF_HEADS and not any(
                    m.end < x.start < m.end + tail.end() for x in mentions):
                m = Mention(article_id, m.sentence_index, text[m.start : m.end + tail.end()],
                            m.label, m.start, m.end + tail.end())
            last = kept[-1] if kept else None
            between = text[last.end : m.start] if last is not None else ""
            modifier = bool(ELECTION_NOUN_AFTER.match(text[m.end : m.end + 12]))
            if last is not None and m.label == "ORG" and (
                    (between == " " and _place(last) and not modifier)
                    or (between == " for the "
                    and last.label == "ORG" and last.text.endswith("Appeals"))):
                kept[-1] = Mention(article_id, last.sentence_index, text[last.start : m.end],
                                   "ORG", last.start, m.end)
                continue
            kept.append(m)
        mentions[:] = kept


# Another name a person goes by, given right after the name: "Keith Ellison (or Keith E.
# Hakim, or Keith X. Ellison, or Keith Muhammad, etc.)", "…, also known as …", "a.k.a.".
# A bare "or" is a choice between two people ("Trump or Biden?"): only "(or" opens a list.
_ALIAS_OPENING = re.compile(
    r"^(?:\s*\(\s*or|,?\s*\(?\s*(?:aka|a\.k\.a\.|also known as|formerly))\s+$", re.IGNORECASE)
_ALIAS_BETWEEN = re.compile(r"^,?\s*or\s+$")


def person_aliases(mentions_by_article: dict[str, list[Mention]],
                   texts: dict[str, str]) -> dict[int, Mention]:
    """Other names of a person that the article gives as such, as ``id`` of the alias
    mention -> the mention of the name it stands for. Only names in a list that opens
    with "(or", "also known as" or "a.k.a." right after a person's name, each joined
    to the next by "or": two people named together ("Ellison and Hakim") or offered as
    a choice ("Trump or Biden?") are not aliases."""
    out: dict[int, Mention] = {}
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        people = [m for m in mentions if m.label == "PERSON"]
        for i, m in enumerate(people[:-1]):
            if id(m) in out or not _ALIAS_OPENING.match(text[m.end : people[i + 1].start]):
                continue
            before = m
            for alias in people[i + 1 :]:
                gap = text[before.end : alias.start]
                if before is not m and not _ALIAS_BETWEEN.match(gap):
                    break
                out[id(alias)] = m
                before = alias
    return out


# A city's office written after or before a place's name: "New York mayoral candidate",
# "the mayor of New York". The place is then the city, not the state of that name.
_CITY_OFFICE_AFTER = re.compile(r"^\s+(?:mayor|mayoral|mayoralty|city council|city hall)\b",
                                re.IGNORECASE)
_CITY_OFFICE_BEFORE = re.compile(r"\bmayor(?:alty)? of\s+(?:the\s+)?$", re.IGNORECASE)


def city_mentions(mentions_by_article: dict[str, list[Mention]],
                  texts: dict[str, str]) -> set[int]:
    """``id`` of each place mention that names the city "X City" of the story: "New York"
    of "New York mayoral candidate" where another report writes "New York City mayoral
    candidate" is one city, one row. Only when the story writes "X City" as a place, and
    only beside a city's office (the state of New York stays the state)."""
    cities = {fold(m.text) for ms in mentions_by_article.values() for m in ms
              if m.label == "GPE" and fold(m.text).endswith(" city")}
    out: set[int] = set()
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        for m in mentions:
            if m.label != "GPE" or f"{fold(m.text)} city" not in cities:
                continue
            if (_CITY_OFFICE_AFTER.match(text[m.end : m.end + 20])
                    or _CITY_OFFICE_BEFORE.search(text[max(0, m.start - 20) : m.start])):
                out.add(id(m))
    return out


def split_trailing_person(mentions_by_article: dict[str, list[Mention]]) -> None:
    """An organisation or place the tagger ran into a person's name after it ("the House
    Nancy Pelosi" of "Speaker of the House Nancy Pelosi") is two mentions, when the story
    tags that full name (two words or more) as a person somewhere. A name that ends on a
    person's after "of" or "for" ("Friends of Bernie Sanders") is the body's own."""
    people = sorted({m.text for ms in mentions_by_article.values() for m in ms
                     if m.label == "PERSON" and len(m.text.split()) >= 2}, key=len, reverse=True)
    for article_id, mentions in mentions_by_article.items():
        kept: list[Mention] = []
        for m in mentions:
            name = next((p for p in people if m.label != "PERSON" and m.text.endswith(" " + p)
                         and m.end - m.start == len(m.text)), None)
            head = m.text[: -len(name) - 1].rstrip() if name else ""
            if not name or not head[-1:].isalpha() or head.split()[-1].islower():
                kept.append(m)
                continue
            at = m.end - len(name)
            kept += [Mention(article_id, m.sentence_index, head, m.label, m.start,
                             m.start + len(head)),
                     Mention(article_id, m.sentence_index, name, "PERSON", at, m.end)]
        mentions[:] = kept


# Heads a company's name is cut from when a report writes it short: "Southwest" of
# "Southwest Airlines", "Chase" of "Chase Bank".
_COMPANY_HEADS = ("Airlines", "Airways", "Air Lines", "Bank", "Motors", "Pharmaceuticals")


def company_short_forms(mentions_by_article: dict[str, list[Mention]]) -> None:
    """A one-word place the story also writes as a company's name with a company head
    ("Southwest" and "Southwest Airlines") is that company: the tagger read the short
    form as a region (session 23). A country or a state keeps its own row ("Texas"
    and a "Texas Bank" are two things); a group word ("American") is never a place here."""
    companies = {m.text: m for ms in mentions_by_article.values() for m in ms
                 if m.label == "ORG" and m.text.endswith(_COMPANY_HEADS)}
    if not companies:
        return
    for article_id, mentions in mentions_by_article.items():
        for i, m in enumerate(mentions):
            if m.label not in ("GPE", "LOC", "FAC") or " " in m.text or _is_state(m.text):
                continue
            long = next((companies[f"{m.text} {h}"] for h in _COMPANY_HEADS
                         if f"{m.text} {h}" in companies), None)
            if long is not None and fold(m.text) not in _country_words():
                mentions[i] = Mention(article_id, m.sentence_index, m.text, "ORG", m.start, m.end)


def _is_state(name: str) -> bool:
    return state_code(name) is not None and len(name) > 2
