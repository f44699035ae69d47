"""Entity mentions of one article: spaCy's names, cleaned, re-typed or dropped by rule.

Split from ``extract/entities.py`` (which merges mentions across a story) so each step
stays small; ``entities`` re-exports every public name here.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from newsprism.extract.adjective_names import capitalised_adjective
from newsprism.extract.adjective_places import adjectives_before_place
from newsprism.extract.case_names import case_name, opening_possessive, owned_not_person
from newsprism.extract.company_forms import (
    company_before_suffix,
    is_legal_suffix,
    leading_descriptor,
)
from newsprism.extract.mention_rules import (
    bill_numbers,
    capitalised_common_noun,
    context_label,
    cut_acronym,
    given_names,
    in_party_tag,
    is_place,
    law_names,
    month_not_person,
    month_surnames,
    not_an_entity,
    party_piece,
    party_tags,
    place_pair,
)
from newsprism.extract.name_forms import (
    before_possessive,
    code_name,
    common_plural,
    coordinated_head_label,
    cut_at_end,
    head_label,
    leading_non_name,
    place_before_state,
    trailing_common_words,
)
from newsprism.extract.nlp import doc_text
from newsprism.extract.owner_names import owner_and_person
from newsprism.extract.possessive_runs import run_on_possessor
from newsprism.extract.span_edges import (
    UNSTOPPED_TITLES,
    end_of_name,
    holiday_label,
    holiday_name_label,
    leading_rank_adjective,
    named_day_label,
    office_not_person,
    office_word_end,
    org_head_person,
)
from newsprism.extract.span_joins import (
    absorbed_modifier,
    branch_letter,
    group_modifier,
    modifier_not_person,
    singular_head,
)
from newsprism.extract.split_names import joined_ents
from newsprism.extract.storms import storm_spans
from newsprism.extract.titles import (
    _POSSESSIVE,
    TITLE_ABBREVIATIONS,
    fold,
    one_word_roles,
)
from newsprism.extract.type_context import class_label, names_nothing
from newsprism.extract.untagged_people import untagged_full_names
from newsprism.models import Mention

# spaCy labels kept as entities; the rest (dates, numbers) are facts of claims, not actors.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class NameTable:
    """Given-name groups, suffixes and non-names of ``data/names.toml``."""

    nickname_groups: dict[str, frozenset[int]]  # given name -> ids of its groups
    suffixes: frozenset[str]
    not_names: frozenset[str]
    organisations: frozenset[str]
    unnamed_before_title: frozenset[str]

    def same_person_given(self, a: str, b: str) -> bool:
        """Whether two given names are one person's (Chuck/Charles, Bill/William)."""
        groups_a = self.nickname_groups.get(a, frozenset())
        return bool(groups_a & self.nickname_groups.get(b, frozenset()))


@cache
def load_names() -> NameTable:
    """Read ``data/names.toml`` once."""
    data = tomllib.loads(files("newsprism").joinpath("data", "names.toml").read_text("utf-8"))
    groups: dict[str, set[int]] = defaultdict(set)
    for number, names in enumerate(data["nicknames"]):
        for name in names:
            groups[name].add(number)
    return NameTable({k: frozenset(v) for k, v in groups.items()},
                     frozenset(data["suffixes"]), frozenset(data["not_names"]),
                     frozenset(data["organisations"]),
                     frozenset(data["unnamed_before_title"]))  # fmt: skip


def name_words(name: str) -> list[str]:
    """The folded words of a person's name without suffixes: "James R. Clapper Jr." ->
    ["james", "r", "clapper"]; the last word is the surname."""
    return list(_name_words(name))


# Merging a story asks for the surname of every person at every mention (tens of
# thousands of calls for ten articles, a tenth of a warm compare): the few hundred
# distinct names are folded once per process.
@lru_cache(maxsize=65_536)
def _name_words(name: str) -> tuple[str, ...]:
    words = fold(name).split()
    suffixes = load_names().suffixes
    while len(words) > 1 and words[-1].strip(",") in suffixes:
        words.pop()
    return tuple(w.strip(",") for w in words)


# A name that ends in an abbreviation: two or more single letters with stops ("U.S.",
# "D.C.") or a short form that takes one ("Jr.", "Inc.").
_ABBREVIATION_END = re.compile(r"(?:(?<![\w.])(?:[A-Z]\.){2,}|\b(?:Jr|Sr|Inc|Corp|Co|Ltd|Bros)\.)$")


def clean_name(text: str) -> str:
    """A mention as a name: without a leading article, a possessive or line breaks.

    A final full stop that closes an abbreviation stays ("U.S.", "D.C.", "Thomas J.
    Barrack Jr.", "Apple Inc."): without it a reader sees "U.S" and "Jr". Names are
    compared by :func:`fold`, which drops the stops, so no merge changes."""
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    text = _POSSESSIVE.sub("", text)
    name = text.strip(" ,.;:\"“”‘’'")
    closed = text.rstrip(" ,;:\"“”‘’'").endswith(name + ".")
    return name + "." if name and closed and _ABBREVIATION_END.search(name + ".") else name


# --- mentions of one article -------------------------------------------------------


def find_mentions(doc: object, article_id: str) -> list[Mention]:
    """Entity mentions of one spaCy ``Doc``, names cleaned, offsets into ``doc.text``."""
    mentions = []
    sentence_of = _sentence_index(doc)
    text = doc_text(doc)
    tags = party_tags(text) + bill_numbers(text) + law_names(text)
    surnames = month_surnames(text, [e.text for e in doc.ents  # type: ignore[attr-defined]
                                     if e.label_ == "PERSON"])
    storms = storm_spans(text)
    for ent in joined_ents(doc):  # "the State" + "Capitol": one name (split_names.py)
        if _passed_over(ent, storms):
            continue
        span = _name_span(ent)
        company = None
        if is_legal_suffix(span.text):
            company = company_before_suffix(span)  # "BioNTech SE", the tagger's "SE" (PERSON)
            if company is None:
                continue  # a legal suffix alone ("SE") names no one
            span = company
        name = cut_acronym(clean_name(span.text))
        if not name or not any(c.isalpha() for c in name) or f"{name}." in TITLE_ABBREVIATIONS:
            continue  # no letters, or a title alone ("Atty." tagged as a place)
        if code_name(name) or case_name(name):
            continue  # "COVID-19", "Sanchez v. Mayorkas": a code or a case names no entity
        label = "ORG" if company else _relabel(ent, name, _checked_label(name, ent.label_), text)
        if label is None or cut_at_end(text, span.end_char, name, label):
            continue  # not a name, or "the Club...": the crawl cut it
        name, label = party_piece(name, label, text, span.end_char)
        if label == "PERSON":
            name = _without_title(name)
        start = span.start_char + span.text.find(name) if name in span.text else span.start_char
        if label == "PERSON" and month_not_person(name, text[max(0, start - 40):start],
                                                  surnames, _person_titles()):
            continue  # "in May", "May's report": the month, not Theresa May
        if (_PARTY_BEFORE.search(text[max(0, start - 3):start])
                or in_party_tag(tags, start, start + len(name))):
            continue  # "R-Ohio", "(D., Ariz.)" label a person; "Senate Bill 8", "… Act": laws
        if not_an_entity(text, start, start + len(name), name) or (
                label == "ORG" and capitalised_common_noun(text, start, start + len(name), name)):
            continue  # a quoted title's piece, "Pool Report #2", a disease, "the Force"
        if names_nothing(text, start, start + len(name), name):
            continue  # "1330 GMT", "the Delta wave", "his leadership PAC", "of FRAUD"
        label = context_label(text, start, start + len(name), name, label)
        label = class_label(text, start, start + len(name), name, label)  # "contractor X"
        name, written = _joined(name, text, start)
        mentions.extend(
            Mention(article_id, sentence_of(ent.start), piece, piece_label, at, at + length)
            for piece, piece_label, at, length in (owner_and_person(name, label, start)
                                                   or place_pair(name, label, start, written))
        )
    untagged = untagged_full_names(doc, article_id, given_names(), one_word_roles(), sentence_of)
    if not storms and not untagged:
        return mentions
    for start, end in storms:  # "Tropical Storm Grace" (ORG), "Tropical Depression Grace" (none)
        token = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
        mentions.append(Mention(article_id, sentence_of(token.start), text[start:end], "EVENT",
                                start, end))
    return sorted(mentions + untagged, key=lambda m: m.start)


def _passed_over(ent: object, storms: list[tuple[int, int]]) -> bool:
    """A tagged span that is no mention of its own: a label we do not keep, a piece of a
    storm's name (read whole at the end), "Schools" opening a sentence, "Clerk" of "the
    Chief Clerk of the House", or "the Interstate highway system" (adjective_names.py)."""
    return (ent.label_ not in ENTITY_LABELS  # type: ignore[attr-defined]
            or _in_storm(ent, storms) or _not_a_name(ent) or capitalised_adjective(ent))


def _in_storm(ent: object, storms: list[tuple[int, int]]) -> bool:
    """The tagged span overlaps a named storm (:mod:`.storms`): the storm's mention
    stands for it."""
    start, end = ent.start_char, ent.end_char  # type: ignore[attr-defined]
    return any(s < end and start < e for s, e in storms)


def _not_a_name(ent: object) -> bool:
    """A tagged span that is no mention of its own: a "person" that is a plural common
    noun, an office, a body's head noun or a kind of thing ("a yellow Labrador
    retriever"); a group's word that the group after it takes in ("Asian" of "Asian
    Americans", session 24)."""
    if ent.label_ == "PERSON":  # type: ignore[attr-defined]
        return (common_plural(ent) or office_not_person(ent) or org_head_person(ent)
                or modifier_not_person(ent, one_word_roles()) or owned_not_person(ent))
    return absorbed_modifier(ent)


def _name_span(ent: object) -> object:
    """The tokens of a tagged span that are its name (see each rule's function)."""
    if ent.label_ == "PERSON":  # type: ignore[attr-defined]
        first = (leading_non_name(ent) or leading_descriptor(ent)  # "Plus", "Drugmaker"
                 or opening_possessive(ent))  # "’s Tim Cook" of "the company’s Tim Cook"
        span = ent[first : before_possessive(ent)]  # type: ignore[index]
    else:
        # "Top Justice Department officials …", "Drugmaker Merck said …"
        first = (leading_rank_adjective(ent) or leading_descriptor(ent)
                 or adjectives_before_place(ent))  # "Black U.S." secretary: the country
        span = ent[first : len(ent) - trailing_common_words(ent)]  # type: ignore[index,arg-type]
        span = span[: office_word_end(span)]  # "Joint Chiefs of Staff Chair" Gen. Milley
        span = span[: run_on_possessor(span)]  # "Bureau of Labor Statistics' Job Openings and …"
        word = group_modifier(ent)
        if word is not None:  # "Black Americans": the group's word is the name's
            span = ent.doc[word.i : ent.end]  # type: ignore[attr-defined]
    return span[: end_of_name(span)]  # "U.S. Fully" (a missed sentence break), "… Tuesday"


def _joined(name: str, text: str, start: int) -> tuple[str, int]:
    """The name and the length it is written with, once a branch letter after it is
    taken in ("ISIS-K") and a plural head over a list is read in the singular
    ("Departments of Homeland Security, Education and Justice"; session 24)."""
    extra = branch_letter(name, text, start + len(name))
    if extra:
        return name + text[start + len(name) : start + len(name) + extra], len(name) + extra
    return singular_head(name, text, start + len(name)), len(name)


_PARTY_BEFORE = re.compile(r"\b[RDI][-–]$")


def _relabel(ent: object, name: str, label: str | None, text: str) -> str | None:
    """The label the name's own words or its context give ("Alachua Counties" and the
    "Broward" coordinated with it are places, not people; "Newtown, Conn." is a town)."""
    if label is None:
        return None
    label = head_label(name, label)
    if label != "EVENT" and holiday_name_label(name):
        return "EVENT"  # "Juneteenth" (FAC), "Hanukkah" (ORG): observances, session 25
    if label != "GPE" and adjectives_before_place(ent):
        return "GPE"  # "the first Black U.S. secretary": the country of "Black U.S." (ORG)
    if label == "EVENT" and is_place(name):
        return "GPE"  # "the Afghanistan war" (EVENT): the name in it is the country's
    if label == "PERSON":
        label = coordinated_head_label(ent) or holiday_label(name) or label
    if label == "ORG":
        label = named_day_label(name) or label  # "Armenian Genocide Remembrance Day"
    if label in ("ORG", "LOC", "FAC") and place_before_state(text, ent.end_char):  # type: ignore[attr-defined]
        return "GPE"
    return label


@cache
def _person_titles() -> frozenset[str]:
    """Titles that make a lone month name a person ("Mrs. May"), lower case."""
    return one_word_roles() | {t.lower() for t in TITLE_ABBREVIATIONS | UNSTOPPED_TITLES}


def _without_title(name: str) -> str:
    """A person's name without the title the tagger took into it: "Representative
    Darrell Issa" is "Darrell Issa" (else it never meets the Darrell Issa of another
    outlet: the first given name would be "Representative")."""
    words = name.split()
    title = (words[0].lower() in one_word_roles() or words[0] in TITLE_ABBREVIATIONS
             or words[0] in UNSTOPPED_TITLES)  # "Ms Commisso": a British title, no stop
    if len(words) > 1 and title and words[1][:1].isupper():
        return " ".join(words[1:])
    return name


def _checked_label(name: str, label: str) -> str | None:
    """The label of a tagged name, or None when it names nobody.

    The small tagger calls "Dad", a lower-case "van" and "Twitter" people; a person's
    name is capitalised and not a kinship or address word, and a service, a company or
    an outlet of ``data/names.toml`` is an organisation whatever the tag ("Bloomberg"
    GPE, "Federalist" NORP; session 23), a region (LOC) aside. Any name has a capital
    letter: a lower-case "piggy" (GPE) or "pinnacle" (ORG) is a common noun the tagger
    misread.
    """
    if not any(c.isupper() for c in name):
        return None
    names = load_names()
    folded = fold(name)
    if folded in names.organisations and label != "LOC":
        return "ORG"  # a company or an outlet ("Federalist" NORP); "the Amazon" LOC stays
    if label != "PERSON":
        return label
    if folded in names.not_names or not any(w[:1].isupper() for w in name.split()):
        return None
    if any(_FORMULA.fullmatch(w) for w in name.split()):
        return None  # "Atmospheric CO2" (after "The big picture:"): a formula, no one's name
    return label


# a chemical formula or code of capitals and digits ("CO2", "H2O", "CH4", "PM2"): no name
_FORMULA = re.compile(r"(?=\w*\d)(?:[A-Z][a-z]?\d*)+")


def _sentence_index(doc: object) -> Callable[[int], int]:
    starts = [s.start for s in doc.sents]  # type: ignore[attr-defined]
    return lambda token_i: bisect.bisect_right(starts, token_i) - 1
