"""Context rules for one tagged name: what the words around it say it is.

The small tagger reads a name by its own words; fresh readers found rows that its
context contradicts (issue 12, session 21): a piece of a book's title in quotes ("the
Future of Our Democracy" of “Forward: Notes on the Future of Our Democracy”), a
numbered document ("Pool Report #2"), a craft ("Marine One"), a virus's variant
("Delta variant"), a town in a dateline ("Nashua, New Hampshire (CNN)") called a
person, a company introduced as one ("Burbio, a New York-based data service") called
a place, a military branch ("U.S. Marines") called a group, a party adjective cut from
the noun it modifies ("New Hampshire Democratic" of "… Democratic primary") and a
name cut before its bracketed acronym ("American Academy of Pediatrics (AAP").
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from newsprism.calendar_words import MONTH_NAMES
from newsprism.extract.states import state_code, state_nickname
from newsprism.extract.titles import fold

# Quotation marks that open or close a quoted title (apostrophes are no quotes).
_QUOTES = "\"“”"
# Words a title in title case leaves lower-case.
_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "on", "in", "for", "to", "at",
                    "by", "with", "from", "as", "vs"})  # fmt: skip
_NUMBERED = re.compile(r"^\s*#\s?\d")  # "Pool Report #2", "Executive Assistant #1"
_CRAFT = re.compile(r"^ (?:One|Two)\b")  # "Marine One", "Air Force One"
_VARIANT = re.compile(r"^\s+(?:variants?|strains?)\b")  # "Delta variant"
_CUT_ACRONYM = re.compile(r"^(.*\S)\s*\(([A-Z][A-Za-z&]{1,7})\)?$")  # "… Pediatrics (AAP"
_COMPANY_APPOSITIVE = re.compile(
    r"^,\s+(?:a|an)\s+[^,.;]{0,40}?\b(?:company|firm|service|startup|nonprofit|group|"
    r"organi[sz]ation|website|site|platform|network|outlet|publication|agency)\b")
# Heads of a military branch: "U.S. Marines" is an organisation, not a group of people.
_BRANCH_HEADS = frozenset({"marines", "army", "navy", "corps", "guard", "air force"})
_PARTY_ADJECTIVES = frozenset({"Democratic", "Republican"})
# A built structure's head: "Del Rio International Bridge" is a facility, not a group.
_FACILITY_HEADS = frozenset({"bridge", "tunnel", "highway", "freeway", "expressway"})


@cache
def _not_entities() -> frozenset[str]:
    """Diseases and drugs the tagger calls people or organisations (``data/names.toml``)."""
    data = tomllib.loads(files("newsprism").joinpath("data", "names.toml").read_text("utf-8"))
    return frozenset(data["not_entities"])


def quoted_title_piece(text: str, start: int, end: int) -> bool:
    """Whether the name is part of a longer quoted title in title case (a book, a film:
    “Forward: Notes on the Future of Our Democracy”). A quote that is the name alone or
    opens with it ("CBS" of “CBS This Morning”) or quoted speech (lower-case words) is
    not such a title."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if sum(before.count(q) for q in _QUOTES) % 2 == 0:
        return False  # not inside quotation marks
    open_at = max(before.rfind(q) for q in _QUOTES) + line_start
    close = min((i for i in (text.find(q, end) for q in _QUOTES) if i != -1), default=-1)
    if close == -1 or "\n" in text[end:close]:
        return False
    quoted = text[open_at + 1 : close].strip(" ,.:;!?")
    if quoted.startswith(text[start:end]):
        return False  # "CBS" of “CBS This Morning”: the owner's name leads a programme's
    words = re.findall(r"[A-Za-z][\w'’-]*", quoted)
    content = [w for w in words if w.lower() not in _SMALL]
    name_words = re.findall(r"[A-Za-z][\w'’-]*", text[start:end])
    return (len(words) > len(name_words) and len(content) >= 3
            and all(w[0].isupper() for w in content))


# A name set after its owner's possessive and a product noun: "(Facebook Inc. used) its
# classified-ads service Marketplace", "Facebook's social app Instagram". The owner is
# the actor; the product is a thing it runs (spaCy's PRODUCT, which compare keeps out).
# Without the possessive the noun is a description only ("the website Project Veritas"
# names a group), so it is required (session 25, NeuS raw row 376).
_OWNED_PRODUCT = re.compile(
    r"(?:\b(?:its|their|his|her)|[A-Z][\w.&-]*(?:['’]s|s['’]))"
    r"(?: [\w-]+){0,2} (?:service|app|application|platform|feature|tool|product|brand|"
    r"website|site|browser|marketplace|program|programme|show|podcast) $")


def owned_product(text: str, start: int) -> bool:
    """Whether the name follows its owner's possessive and a product noun (above)."""
    return bool(_OWNED_PRODUCT.search(text[max(0, start - 80) : start]))


def not_an_entity(text: str, start: int, end: int, name: str) -> bool:
    """Whether the name, read in its context, names no person, place, organisation or
    group: a quoted title's piece, a numbered document, a craft, a variant, a disease,
    a drug, or a product named after its owner's possessive."""
    after = text[end : end + 40]
    return (fold(name) in _not_entities() or bool(_NUMBERED.match(after))
            or bool(_CRAFT.match(after)) or bool(_VARIANT.match(after))
            or quoted_title_piece(text, start, end) or owned_product(text, start))


@cache
def _given_names() -> frozenset[str]:
    """The given names of ``data/given_names.toml`` (both lists), lower case."""
    raw = files("newsprism").joinpath("data", "given_names.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return frozenset(data["male"]) | frozenset(data["female"])


def given_names() -> frozenset[str]:
    """The given names of ``data/given_names.toml``, lower case (for other modules)."""
    return _given_names()


_MONTH_AFTER_NAME = re.compile(
    r"\b([A-Z][a-z]+) (" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")\b")


def month_surnames(text: str, people: list[str]) -> set[str]:
    """Month names the article writes as a person's surname: the last word of a person's
    name of two words or more (``people``, as tagged, "Theresa May"), or a month after
    a given name the tagger left untagged ("Theresa May spoke …")."""
    last = {re.sub(r"['’]s?$", "", p.split()[-1]) for p in people if len(p.split()) > 1}
    return {m.group(2) for m in _MONTH_AFTER_NAME.finditer(text)
            if m.group(1).lower() in _given_names()} | last


def month_not_person(name: str, before: str, surnames: set[str], titles: frozenset[str]) -> bool:
    """Whether a lone month name tagged as a person is the month: "in May", "May's jobs
    report" (session 24, NeuS r376). A month is a person only in a person's context: a
    title just before it ("Mrs. May", "Prime Minister May"; ``before`` is the text in
    front of the name, the title the tagger took in included) or the article's own
    full name that ends in it ("Theresa May", ``surnames`` the last words of its
    names of two words or more tagged as people)."""
    if " " in name or name.lower() not in MONTH_NAMES or name in surnames:
        return False
    words = before.split()
    last = words[-1].lower() if words else ""
    return not (last in titles or f"{last}." in titles)


def cut_acronym(name: str) -> str:
    """The name without a bracketed acronym the tagger took in: "American Academy of
    Pediatrics (AAP" -> "American Academy of Pediatrics" (the acronym is joined to it by
    ``story_names.bracket_acronyms``)."""
    match = _CUT_ACRONYM.match(name)
    return match.group(1) if match else name


def party_piece(name: str, label: str, text: str, end: int) -> tuple[str, str]:
    """The name and label without a party adjective that modifies the noun after it:
    "New Hampshire Democratic" (ORG) of "the New Hampshire Democratic primary" is the
    state New Hampshire (GPE); "Senate Republican" of "Senate Republican leader" the
    Senate."""
    words = name.split()
    if (len(words) < 2 or words[-1] not in _PARTY_ADJECTIVES
            or not re.match(r"^ [a-z]", text[end : end + 2])):
        return name, label
    rest = " ".join(words[:-1])
    return rest, "GPE" if state_code(rest) is not None and len(rest) > 2 else label


def context_label(text: str, start: int, end: int, name: str, label: str) -> str:
    """The label the name's context gives: a dateline's town ("Nashua, New Hampshire")
    is a place, a name introduced as a company is an organisation, a military branch is
    an organisation, a state's nickname a place, a bridge a facility."""
    after = text[end : end + 80]
    if (label == "PERSON" and " " not in name and (start == 0 or text[start - 1] == "\n")
            and (m := re.match(r"^,\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)", after))
            and state_code(m.group(1)) is not None and len(m.group(1)) > 2):  # fmt: skip
        return "GPE"
    if (label in ("LOC", "GPE", "FAC", "PERSON") and _COMPANY_APPOSITIVE.match(after)
            and not _is_place(name)):  # "in Colombia, a nonprofit organization that …"
        return "ORG"
    if label == "NORP" and any(fold(name).endswith(h) for h in _BRANCH_HEADS):
        return "ORG"
    if label in ("ORG", "GPE", "LOC", "PERSON") and fold(name).split()[-1] in _FACILITY_HEADS:
        return "FAC"
    if state_nickname(name) is not None:
        return "GPE"  # "the Granite State": New Hampshire (``us_states.toml`` nicknames)
    return label


_PAIR = re.compile(r"^([^\s–-]+(?: [^\s–-]+)?)[–-]([^\s–-]+(?: [^\s–-]+)?)$")


@cache
def _countries() -> frozenset[str]:
    raw = files("newsprism").joinpath("data", "countries.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["countries"])


def _is_place(name: str) -> bool:
    return name.lower() in _countries() or (state_code(name) is not None and len(name) > 2)


def is_place(name: str) -> bool:
    """Whether a name is a country or a US state ("Afghanistan", "Texas")."""
    return _is_place(name)


def place_pair(name: str, label: str, start: int,
               written: int | None = None) -> list[tuple[str, str, int, int]]:
    """The name as (text, label, start, length written) pieces: two places joined by a
    hyphen or dash ("U.S.-Mexico" of "the U.S.-Mexico border", "Israel-Gaza") are two
    places, each a mention of its own, and so are two that share a last word ("Central
    and South Asia"); a place whose own name has a hyphen ("Guinea-Bissau") and any
    other name is itself, written over ``written`` characters (its length unless told:
    "Department of …" read from "Departments of …"). (A shared head's first piece is not
    written whole: its offsets span its first word.)"""
    written = len(name) if written is None else written
    shared = _SHARED_HEAD.match(name) if label in ("GPE", "LOC") else None
    if shared and not _is_place(name):  # "Central and South Asia": two regions
        first, second, head = shared.groups()
        return [(f"{first} {head}", label, start, len(first)),
                (f"{second} {head}", label, start + shared.start(2), len(second) + 1 + len(head))]
    match = _PAIR.match(name)
    if not match or _is_place(name) or not (_is_place(match.group(1))
                                            and _is_place(match.group(2))):
        return [(name, label, start, written)]
    one, two = match.group(1), match.group(2)
    return [(one, "GPE", start, len(one)), (two, "GPE", start + match.start(2), len(two))]


# Two places that share their last word, written once: "Central and South Asia", "North
# and South Dakota" (a name of two words joined by "and", "Bosnia and Herzegovina", is one).
# Only compass words share a head: "Turks and Caicos Islands" is one territory.
_COMPASS = (r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|"
            r"Lower|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|"
            r"Southeastern|Southwestern|Mid)")
_SHARED_HEAD = re.compile(rf"^({_COMPASS}) and ({_COMPASS}) ([A-Z][A-Za-z]+)$")


# A party-state tag right after a lawmaker's name: "Kyrsten Sinema (D., Ariz.)", "Nancy
# Mace (R, S.C.)", "(D-Ariz.)", "(I-Vt.)". Group 1 is the inside of the brackets.
_PARTY_TAG = re.compile(
    r"\b[A-Z][\w'’.-]*\s*\((\s*[DRI](?:\.\s*,?|\s*[-–]|\s*,)\s*([A-Z][A-Za-z. ]{0,20}?)\s*)\)")


def party_tags(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every party-state tag's inside after a capitalised name: the
    party letter and the state there label the person before the brackets, so neither
    is an entity of the story (session 22: "D" and "Ariz" rows of "(D., Ariz.)")."""
    return [(m.start(1), m.end(1)) for m in _PARTY_TAG.finditer(text)
            if state_code(m.group(2).strip()) is not None]


def in_party_tag(tags: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the mention lies inside one of ``party_tags``."""
    return any(a <= start and end <= b for a, b in tags)


# A bill's number: "Senate Bill 8", "S.B. 8", "SB 1062", "H.R. 1" (a law, not an actor).
_BILL_NUMBER = re.compile(
    r"\b(?:(?:Senate|House|Assembly)\s+Bill|S\.\s?B\.|H\.\s?B\.|H\.\s?R\.|SB|HB|HR)\s?\d+\b")


def bill_numbers(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every numbered bill: the tagger reads "Senate Bill 8" as the
    Senate and a person "Bill 8", "S.B. 8" as an organisation; a law names no person,
    place or group (session 22), so no piece of it is an entity row."""
    return [m.span() for m in _BILL_NUMBER.finditer(text)]


# A named law: capitalised words (with "in", "of", "for", "and", "the", "on", "to" between
# them) ending in "Act": "the George Floyd Justice in Policing Act", "Ku Klux Klan Act",
# "Civil Rights Act". Two words at least, the first capitalised.
_LAW_NAME = re.compile(
    r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:of|in|for|and|the|on|to|with|&)\s+)*[A-Z][\w'’.-]*)*\s+Act\b")


def law_names(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every named law: the tagger cuts "the George Floyd Justice in
    Policing Act" into a person "George Floyd Justice" and an organisation "Policing
    Act", "Ku Klux Klan Act" into an organisation. A law names no person, place or group
    (every entity gold's rule, as for ``bill_numbers``): no piece of it is an entity row."""
    return [m.span() for m in _LAW_NAME.finditer(text)]


_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|this|our)\s+$")


def capitalised_common_noun(text: str, start: int, end: int, name: str) -> bool:
    """A one-word "organisation" that is a common noun a writer capitalised: "to protect
    the Force" (Austin's memo quoted by CNN, NeuS raw row 149, session 25), the article
    writing the word in lower case too ("a healthy and ready force") and never as the
    head of a longer name ("Space Force"), which would make "the Force" its short form.
    A determiner stands right before it; a name opening a sentence is left alone."""
    if " " in name or not name.isalpha() or not name[:1].isupper() or name.isupper():
        return False
    if not _DETERMINER_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    word = name.lower()
    if not re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
        return False  # written only capitalised: the article's name for it
    longer = r"(?<![\w-])(?!(?:The|This|Our|A|An)\s)[A-Z][\w.-]*\s+"
    return not re.search(longer + re.escape(name) + r"(?![\w-])", text)
