"""A past office against the same office held now: "former WWE wrestling executive Linda
McMahon" / "McMahon, the CEO of World Wrestling Entertainment" (issue 12, session 30).

Why: an article that calls a person the *former* holder of an office and one that gives
her the office *now*, both written the same day, cannot both be right (one of them is
the news a fact-checker must see). compare/titles.py never lets a past title clash
(session 14): one story can hold reports from before and after a person left, and
"former" is often written where "then-" is meant. This rule keeps that caution and
compares a past title only when nothing else can explain the two:

- **one office of one body**: both titles name the body ("WWE", "of World Wrestling
  Entertainment"; an acronym is its name's initials), and the office is the same
  ("CEO" / "chief executive"), or the past one is the plain "executive" and the current
  one an executive office of the body (a CEO *is* an executive);
- **now is now**: the current title is a plain apposition ("X, the CEO of Y"), no rank,
  no "then", and nothing after it in the sentence puts it in the past ("at the time",
  "until", "from 1999", "when");
- **one moment**: the two articles were published at most a day apart;
- **each article settled**: an article that calls the person both former and current
  holder of that office is left out (it tells a change, or contradicts itself).

Past titles are read before the name ("former WWE executive Linda McMahon", "ex-Google
CEO X") by :func:`past_before`, and after it by compare/titles.py ("X, a former chief
executive of Y"). Pairs are returned for compare/conflicts.py's ``label_conflicts``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from newsprism.compare.person_labels import PersonLabel
from newsprism.compare.titles import PAST, Title
from newsprism.extract.initials import initials
from newsprism.models import Mention

# offices of a company's executive: a past "executive" of a body is none of these now
EXECUTIVE_OFFICES = frozenset({"ceo", "chief executive", "chief executive officer",
                               "president", "chairman", "chairwoman", "chair", "cfo",
                               "chief financial officer", "coo", "chief operating officer",
                               "executive"})  # fmt: skip
# one office written two ways
_SAME_OFFICE = {"chief executive": "ceo", "chief executive officer": "ceo",
                "chief financial officer": "cfo", "chief operating officer": "coo",
                "chairwoman": "chairman", "chair": "chairman"}  # fmt: skip
_HEAD = (r"chief executive officer|chief executive|chief financial officer|"
         r"chief operating officer|CEO|CFO|COO|executive|president|chairman|chairwoman|"
         r"chair|director|founder|publisher|editor")  # fmt: skip
# "former WWE wrestling executive " right before a name: a body of one to four
# capitalised words, at most two lower-case words, the office
_PAST_BEFORE = re.compile(
    r"\b(?P<past>(?i:former|ex-))\s*(?P<body>(?:[A-Z][\w&.'’-]*\s+){1,4}?)"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<head>" + _HEAD + r")\s+$"
)
_THEN_AFTER = re.compile(r"\b(?:at the time|then|until|till|from (?:19|20)\d\d|when|"
                         r"formerly|previously|once|back in)\b", re.IGNORECASE)  # fmt: skip
_LEFT = 80


def past_before(text: str, mentions: Sequence[Mention]) -> list[PersonLabel]:
    """The past titles written right before a named person ("former WWE wrestling
    executive Linda McMahon"), as ``title`` labels with the mod "former"."""
    found = []
    for m in mentions:
        if m.label != "PERSON" or not m.entity_id:
            continue
        left = max(0, m.start - _LEFT)
        match = _PAST_BEFORE.search(text[left : m.start])
        if match is None:
            continue
        body = match.group("body").strip()
        written = text[left + match.start() : m.start].strip()
        title = Title(match.group("head").lower(), frozenset({"former"}), body, written)
        found.append(PersonLabel(m.entity_id, m.article_id, "title", "former", written,
                                 m.start, title))  # fmt: skip
    return found


def past_title_clashes(labels: Sequence[PersonLabel], texts: dict[str, str],
                       published: dict[str, date | None]
                       ) -> list[tuple[PersonLabel, PersonLabel]]:  # fmt: skip
    """(past label, current label) pairs of one person, one office of one body, two
    articles at most a day apart, each article settled (module docstring); each
    (person, pair of articles) once."""
    titled = [lb for lb in labels if lb.kind == "title" and lb.title and lb.title.body]
    past = [lb for lb in titled if _title(lb).mods & PAST]
    now = [lb for lb in titled if not _title(lb).mods
           and not _then_after(texts.get(lb.article_id, ""), lb)]  # fmt: skip
    pairs, seen = [], set()
    for x in past:
        for y in now:
            once = (x.entity_id, x.article_id, y.article_id)
            if (x.entity_id != y.entity_id or x.article_id == y.article_id or once in seen
                    or _days_apart(published.get(x.article_id), published.get(y.article_id))
                    or not _one_office(_title(x), _title(y))
                    or _unsettled(x, titled) or _unsettled(y, titled)):
                continue
            seen.add(once)
            pairs.append((x, _with_body(y, texts.get(y.article_id, ""))))
    return pairs


def _title(label: PersonLabel) -> Title:
    """The title read of a ``title`` label (every label this module compares has one)."""
    if label.title is None:
        raise ValueError(f"a {label.kind} label has no title")
    return label.title


def _one_office(past: Title, now: Title) -> bool:
    """Whether a past and a current title name one office of one body: the same body
    (or its initials), the same office, or "executive" against an executive office."""
    if not same_body(past.body, now.body):
        return False
    a, b = _office(past.core), _office(now.core)
    return a == b or (a == "executive" and b in {_office(o) for o in EXECUTIVE_OFFICES})


def _office(core: str) -> str:
    return _SAME_OFFICE.get(core.lower(), core.lower())


def same_body(a: str, b: str) -> bool:
    """One body written twice: the same words (case and "the" aside), or an acronym and
    the initials of the other's name ("WWE", "World Wrestling Entertainment")."""
    fa, fb = _fold(a), _fold(b)
    return bool(fa) and (fa == fb or fa.replace(" ", "") == initials(b)
                         or fb.replace(" ", "") == initials(a))  # fmt: skip


def _fold(body: str) -> str:
    return re.sub(r"^the\s+", "", re.sub(r"[’']s$", "", body.strip(" .,").lower()))


def _unsettled(label: PersonLabel, titled: Sequence[PersonLabel]) -> bool:
    """Whether the label's article gives its person that office of that body both as
    past and as current."""
    mine = [_title(lb) for lb in titled if lb.entity_id == label.entity_id
            and lb.article_id == label.article_id
            and same_body(_title(lb).body, _title(label).body)]  # fmt: skip
    return len({bool(t.mods & PAST) for t in mine}) > 1


def _then_after(text: str, label: PersonLabel) -> bool:
    """Whether the sentence after a current title puts it in the past ("X, the CEO of
    Y at the time, …", "… until 2019")."""
    rest = text[label.offset : label.offset + 200]
    cut = re.search(r"[.!?](?:\s|$)", rest)
    return bool(_THEN_AFTER.search(rest[: cut.start()] if cut else rest))


def _with_body(label: PersonLabel, text: str) -> PersonLabel:
    """The current title as written through its body ("the CEO of World Wrestling
    Entertainment"), for the reader: compare/titles.py keeps the office alone."""
    body = _title(label).body
    at = text.lower().find(body, label.offset, label.offset + 200)  # the body is lower-cased
    if at < 0:
        return label
    written = text[label.offset : at + len(body)].lstrip(" ,")
    return replace(label, text=written)


def _days_apart(a: date | None, b: date | None) -> bool:
    """Whether two publication days are more than a day apart (unknown: not apart)."""
    return bool(a and b and abs((a - b).days) > 1)
