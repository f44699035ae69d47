"""A person the tagger typed ORG, when the article's own words say person (issue 12,
session 31).

The small tagger types some two- or three-word personal names as organisations ("Van
Jones said …" came out ORG, and its "Jones" a PERSON row of its own). Organisations say
things too ("Goldman Sachs said"), so a verb of saying alone proves nothing; the rule
wants a cue only a person has:

- a person's title right before the name ("Commentator", "Prime Minister", "Sen.");
- or a verb of saying right after the name *and* the name's last word tagged as a
  person elsewhere in the story (the surname written alone: "Jones later apologised").
  A "he" / "she" after the verb was tried and dropped: "Wells Fargo told clients he was
  wrong" and "Morgan Stanley said …, and Stanley Fischer said he agreed" turned banks
  into people.

Names with an organisation's head word ("Morgan Stanley Bank"), "&", digits or one
word only are left: a one-word ORG is as often a company as a surname.
"""

from __future__ import annotations

import re

from newsprism.extract.org_merge import ORG_HEADS
from newsprism.extract.titles import one_word_roles
from newsprism.models import Mention

_NAME = re.compile(r"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,2}$")
_SAID = re.compile(r"^,? (?:said|says|told|added|wrote|tweeted)\b")
# head words of organisations beyond ``ORG_HEADS``: a name ending on one is no person
_ORG_WORDS = frozenset((
    "committee", "council", "fund", "group", "party", "association", "institute", "center",
    "centre", "foundation", "agency", "network", "times", "post", "journal", "court",
    "house", "senate", "congress", "union", "club", "coalition", "caucus", "alliance",
    "inc", "inc.", "corp", "corp.", "llc", "ltd", "service", "administration", "commission",
    "board", "office", "bureau", "ministry", "authority", "force", "army", "navy", "guard",
    "police", "school", "hospital", "church", "project", "campaign", "media", "press",
    "radio", "magazine", "review", "partners", "capital", "holdings", "labs", "systems",
    "motors", "energy", "health", "security", "watch", "action", "pac", "initiative"))
_PARTY_WORDS = frozenset(("democrat", "democratic", "republican", "gop"))  # "Republican Jewish …"


def _name_shaped(name: str) -> bool:
    words = name.lower().split()
    return (_NAME.match(name) is not None and not any(c.isdigit() for c in name)
            and not any(w in ORG_HEADS or w in _ORG_WORDS for w in words))


def _titled(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start].split()
    word = before[-1].lower().rstrip(",") if before else ""
    return word in one_word_roles() and word not in _PARTY_WORDS


def _said_by_person(text: str, end: int, surname_is_person: bool) -> bool:
    """A verb of saying after the name, and the name's surname a person elsewhere."""
    return surname_is_person and _SAID.match(text[end : end + 12]) is not None


def people_typed_org(mentions_by_article: dict[str, list[Mention]],
                     texts: dict[str, str]) -> None:
    """Retype as PERSON an ORG mention shaped like a personal name that a title, or a
    verb of saying with the surname alone a person elsewhere in the story, marks as one
    (a pronoun is no cue: it made "Morgan Stanley" a person, module docstring)."""
    surnames = {m.text for ms in mentions_by_article.values() for m in ms
                if m.label == "PERSON" and " " not in m.text}
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        for m in mentions:
            if m.label != "ORG" or not _name_shaped(m.text):
                continue
            if _titled(text, m.start) or _said_by_person(
                    text, m.end, m.text.rsplit(" ", 1)[-1] in surnames):
                m.label = "PERSON"
