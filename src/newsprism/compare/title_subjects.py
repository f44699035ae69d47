"""Which titles and offices the story names one holder of: "the president" under
"President Joe Biden", "the department" under "the Justice Department".

Why: session 23's definite rule (:func:`newsprism.compare.openers.
definite_subject_points_back`) leaves out a line whose subject is "the" and a bare
common noun ("The mandate, which …", "The 36-member panel"): what it is lies in a
sentence the reader does not see. A title or an office is different when the story
names exactly one holder of it: "The president said …" in a story of President Biden, "The
department said it would appeal" in a story of the Justice Department, "The governor
signed …" under "Gov. Gavin Newsom". The reader knows who, from any line or the
headline, as they would reading the story. A bare "The man" or "The company" names
no title, and a title the story gives to two holders ("Gov. Newsom", "Gov. Abbott";
"Justice Department", "Commerce Department") does not say which: both stay out.

Read from the story's texts by pattern, not by the entity linker: a capitalised title
before a name ("President Joe Biden", "Gov. Gavin Newsom", "Attorney General Merrick
Garland"; not "former President Trump", a past holder), or a capitalised body noun
after a name or before "of" and a name ("Justice Department", "Los Angeles County
Board of Supervisors", "Department of Justice"), or a name before "administration"
("the Biden administration"). The key is the words a line's subject has after "the"
("president", "attorney general", "department").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["story_title_subjects"]

# a person's title as written before the name -> the subject's words after "the"
_PERSON_TITLES = {
    "president": "president", "vice president": "vice president",
    "gov.": "governor", "governor": "governor", "lt. gov.": "lieutenant governor",
    "lieutenant governor": "lieutenant governor", "mayor": "mayor",
    "attorney general": "attorney general", "speaker": "speaker",
    "prime minister": "prime minister", "chancellor": "chancellor", "pope": "pope",
    "sheriff": "sheriff", "judge": "judge", "commissioner": "commissioner",
    "secretary": "secretary", "superintendent": "superintendent",
}  # fmt: skip
_NAME = r"[A-Z][\w'’.-]*"
_PERSON = re.compile(
    r"\b(?P<title>" + "|".join(
        re.escape(t.title()).replace(r"\ ", r"\s+") for t in
        sorted(_PERSON_TITLES, key=len, reverse=True)) + r")\s+(?P<name>(?:" + _NAME
    + r"\s+){0,2}" + _NAME + ")")
_WORD_BEFORE = re.compile(r"([\w]+)[ -]$")
_PAST = frozenset({"former", "ex", "late", "then", "previous", "outgoing"})
# an office or body written capitalised with its name (the subject keeps the noun alone)
_BODIES = ("Department|Court|Committee|Agency|Administration|Commission|Council|Board|"
           "Bureau|Legislature|Ministry|Parliament|Panel|Authority|Office|Campaign")
# "Justice Department", "Department of Justice", "Los Angeles County Department of Public
# Health": the name before the noun, after "of"/"on"/"for", or both
_BODY_NAME = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)"  # "U.S.", "Justice"; not "Justice."
_BODY = re.compile(r"\b(?P<pre>(?:" + _BODY_NAME + r"\s+){0,4})(?P<noun>" + _BODIES + r")\b"
                   r"(?:\s+(?:of|on|for)\s+(?:the\s+)?(?P<post>" + _BODY_NAME
                   + r"(?:\s+" + _BODY_NAME + r"){0,3}))?")  # fmt: skip
_ADMINISTRATION = re.compile(r"\b(?P<name>" + _BODY_NAME + r")\s+(?P<noun>administration)\b")
_LEADING = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its"})


def story_title_subjects(texts: Iterable[str]) -> frozenset[str]:
    """The subject words ("president", "department") each of which the story's texts
    give to exactly one holder (module docstring)."""
    return _title_subjects(tuple(texts))


@lru_cache(maxsize=64)
def _title_subjects(texts: tuple[str, ...]) -> frozenset[str]:
    holders: dict[str, set[frozenset[str]]] = {}
    for text in texts:
        for key, holder in _holders(text):
            holders.setdefault(key, set()).add(holder)
    return frozenset(key for key, found in holders.items() if _one(found))


def _one(holders: set[frozenset[str]]) -> bool:
    """Whether the holders are one, written longer or shorter: the fullest name holds
    every other's words ("Supreme Court" and "U.S. Supreme Court"; "Justice Department"
    and "Department of Justice"), where "House Judiciary Committee" and "Senate
    Judiciary Committee" are two."""
    fullest = max(holders, key=len)
    return all(holder <= fullest for holder in holders)


def _holders(text: str) -> Iterable[tuple[str, frozenset[str]]]:
    """(subject words, holder) for each titled name and named body in ``text``."""
    for m in _PERSON.finditer(text):
        before = _WORD_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        if before and before.group(1).lower() in _PAST:
            continue  # "former President Trump": not the office's holder now
        title = re.sub(r"\s+", " ", m.group("title").lower())
        surname = re.sub(r"['’]s?$", "", m.group("name").split()[-1].strip("."))
        yield _PERSON_TITLES[title], frozenset({surname.lower()})
    for pattern in (_BODY, _ADMINISTRATION):
        for m in pattern.finditer(text):
            names = " ".join(m.group(g) or "" for g in ("pre", "post", "name")
                             if g in pattern.groupindex)  # fmt: skip
            words = [w.lower().strip(".") for w in names.split()]
            while words and words[0] in _LEADING:
                words = words[1:]  # "The Justice Department" at a sentence's start
            if words:
                yield m.group("noun").lower(), frozenset(words)
