"""Titles that stand for people: "US Secretary of State", "the spokesman", "the vice president".

Read by extract/entities.py (a title attached to a name gives that person an office; a
title alone joins the one holder of the office in the story) and by the quote
extractor (role-noun groups). A title refers to a person only when it is used as one:
right before a name, with a country in front, or after "the"; "running for president"
names the office and "Jonathan Cowan, president of Third Way" describes the name before
it. A word in front that makes another office ("vice", "deputy", "former") makes the
title that other office, so "the vice president" is never the president.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

from newsprism.models import Mention

#: Titles written before a name ("Reps. Liz Cheney and Adam Kinzinger", "Sgt. Ray
#: Jones"). spaCy's English tokenizer knows "Rep." and "Sen." but not the plurals nor
#: most ranks, so "Reps." was a word and a full stop, and the parser started a new
#: sentence at the name: a claim, a quote's cue and a summary line were cut in two.
#: "Jr." and "Sr." are not here: they follow a name and may end a sentence.
TITLE_ABBREVIATIONS = frozenset(
    "Rep. Reps. Sen. Sens. Gov. Govs. Lt. Gen. Gens. Col. Maj. Capt. Cmdr. Adm. Sgt. "
    "Cpl. Pvt. Det. Insp. Supt. Dr. Drs. Prof. Profs. Rev. Amb. Atty. Pres. Sec. Secs. "
    "Hon. Mr. Mrs. Ms. Messrs.".split()
)

_POSSESSIVE = re.compile(r"[’']s$")
_TOKEN = re.compile(r"[\w.’'-]+")


@dataclass(frozen=True)
class Role:
    """An office: canonical title, the words that name it, and its generic class."""

    title: str
    aliases: tuple[str, ...]
    cls: str


@dataclass(frozen=True)
class RoleTable:
    """The roles, role-noun groups, country words and name expansions of ``data/roles.toml``.

    ``groups`` (group -> nouns) and ``speaks_for`` (the groups whose holders speak for
    someone else) are read by the quote extractor; ``roles`` by entity merging.
    """

    roles: tuple[Role, ...]
    countries: dict[str, str]  # word -> country key
    expansions: dict[str, str]
    pattern: re.Pattern[str] = field(repr=False, compare=False)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "lawyer" -> nouns
    speaks_for: frozenset[str] = frozenset()  # groups: "spokesperson", "lawyer", …

    def role_of(self, alias: str) -> Role | None:
        alias = alias.lower()
        return next((r for r in self.roles if alias in r.aliases), None)


@cache
def load_roles() -> RoleTable:
    """Read ``data/roles.toml`` once; the regex finds "[country] title" phrases.

    A role listed without aliases is named by the nouns of the group of its title
    ("spokesperson": spokesman, spokeswoman, press secretary), so that each role noun
    is written once in the file.
    """
    data = tomllib.loads(files("newsprism").joinpath("data", "roles.toml").read_text("utf-8"))
    groups = {k: tuple(a.lower() for a in v) for k, v in data.get("groups", {}).items()}
    roles = tuple(
        Role(r["title"], tuple(a.lower() for a in r.get("aliases", groups.get(r["title"], ()))),
             r["class"])
        for r in data["role"]
    )  # fmt: skip
    countries = {w.lower(): key for key, words in data["countries"].items() for w in words}
    aliases = sorted({a for r in roles for a in r.aliases} | {r.cls for r in roles}, key=len)
    country_words = sorted(countries, key=len, reverse=True)
    pattern = re.compile(
        r"(?:\b(?P<country>" + "|".join(re.escape(w) for w in country_words) + r")(?:[’']s)?\s+"
        r"(?:(?-i:(?P<org>(?:[A-Z][\w-]*\s+){1,3})))??)?"
        r"\b(?P<title>" + "|".join(re.escape(a) for a in reversed(aliases)) + r")\b",
        re.IGNORECASE,
    )
    speaks_for = frozenset(data.get("speaks_for", {}).get("groups", []))
    return RoleTable(roles, countries, dict(data["expansions"]), pattern, groups, speaks_for)


@cache
def one_word_roles() -> frozenset[str]:
    """The one-word role nouns of ``data/roles.toml``, lower case ("president", "sen.",
    "governor"): the words that, set before a name, say it is a person's."""
    return frozenset(n for nouns in load_roles().groups.values() for n in nouns if " " not in n)



@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: the key names are compared on."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_TOKEN.findall(text.lower().replace("’", "'"))).replace(".", "")



@dataclass
class RoleMention:
    """A title found in the text, possibly attached to the name right after it."""

    start: int
    end: int
    text: str
    role: Role | None
    cls: str
    country: str | None
    person: Mention | None = None
    title_start: int = -1  # the title words alone: "Secretary of State"
    title_end: int = -1
    refers: bool = True  # False: the office named ("running for president"), nobody held
    article_id: str = ""  # the article it was found in (extract/title_spans.mark_article)




def find_roles(text: str, mentions: Sequence[Mention]) -> list[RoleMention]:
    """Titles in ``text``, each attached to a PERSON that follows it within a few words.

    "US State Department spokesman Matthew Miller": role spokesperson, country united
    states, attached to Matthew Miller. "Israel's security minister" alone: no person.
    """
    table = load_roles()
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    found = []
    for match in table.pattern.finditer(text):
        title = match.group("title")
        role = table.role_of(title)
        cls = role.cls if role else title.lower()
        country = table.countries.get((match.group("country") or "").lower())
        if country is None:  # a country word in the same phrase: "the Israeli army's chief"
            before = re.split(r"[,.;:!?“”\"()\n]", text[max(0, match.start() - 40) : match.start()])
            words = fold(before[-1]).split()[-3:]
            country = next((table.countries[w] for w in reversed(words) if w in table.countries),
                           None)  # fmt: skip
        person = next(
            (p for p in people if 0 <= p.start - match.end() <= 3 and text[match.end() : p.start]
             .strip(" ,") == ""),
            None,
        )  # fmt: skip
        start, title_start = match.start(), match.start("title")
        if (other := _OTHER_OFFICE.search(text[max(0, title_start - 12) : title_start])):
            # "the vice president" is not "the president": an office of its own
            title = f"{other.group(1).lower()} {title.lower()}"
            role, cls = Role(title, (title,), title), title
            start = min(start, max(0, title_start - 12) + other.start())
        refers = _refers(text[max(0, start - 60) : start], match.group("country") is not None,
                         None if person is None else text[match.end() : person.start])
        if refers and person is None and _of_another_body(text[match.end() : match.end() + 50]):
            refers = False  # "the president of the Virginia Association of Economists"
        found.append(RoleMention(start, match.end(), text[start : match.end()], role, cls,
                                 country, person if refers else None, match.start("title"),
                                 match.end("title"), refers))  # fmt: skip
    return found


# A word that makes a title another office: "vice president", "deputy spokesman",
# "former president" (one who held it), "under secretary of state".
_OTHER_OFFICE = re.compile(
    r"\b(vice|deputy|assistant|associate|under|former|ex)[\s-]+$", re.IGNORECASE
)
_DEFINITE = frozenset({"the", "this", "that"})


def _refers(before: str, has_country: bool, to_person: str | None) -> bool:
    """Whether a title stands for a person (who holds it) rather than names the office.

    A title right before a name ("President Barack Obama") or with a country in front
    ("Israel's security minister") refers; a bare title refers only after "the"
    (skipping capitalised words: "the White House spokesman"). Everything else names the
    office or somebody unnamed: "running for president", "the Republican nominee for
    president, Mitt Romney", "Jonathan Cowan, president of Third Way", "Mr. vice
    president", "not a vice president".
    """
    words = before.split()
    if to_person is not None and (to_person == " " or not words or words[-1] not in ("for", "as")):
        return True  # "President Barack Obama", "White House spokesman, Josh Earnest,"
    if has_country:
        return True
    while words and words[-1][:1].isupper() and words[-1].lower() not in _DEFINITE \
            and not words[-1].endswith(","):
        words.pop()  # the name in "the White House spokesman"
    last = words[-1].strip("\"“”‘'(").lower() if words else ""
    return last in _DEFINITE or bool(_POSSESSIVE.search(last))


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s*)+)")


def _of_another_body(after: str) -> bool:
    """Whether a title is followed by "of" and a name that is no country: the office of
    some organisation ("president of Third Way"), not the office the story's holder has."""
    found = _OF_NAME.match(after)
    return found is not None and fold(found.group(1)) not in load_roles().countries
