"""What the article says a name is: types from the words around it (issue 12, session 27).

Readers of NeuS raw rows 66, 51 and 169 (docs/eval-compare.md, "Read as a user after
session 26's merges") found types the tagger gave from a name's own words, where the
article says otherwise: a contractor as a person ("led by contractor Cyber Ninjas"), a
newspaper as a place ("the Arizona Republic first reported"), a university as a person
("Harvard’s T.H. Chan School of Public Health"), an island as a country ("Hispaniola,
the island comprising Haiti and the Dominican Republic"), and rows that name nothing: a
word shouted in capitals ("evidence of FRAUD"), an acronym of a common noun ("his
leadership PAC", "cost-of-living adjustment, or COLA"), a time zone ("1330 GMT") and a
variant's letter ("the Delta wave"). Each rule reads the text around the mention; the
only word lists are closed sets written down elsewhere (the Greek letters WHO names
variants by, time-zone abbreviations, WordNet's English words as spaCy ships them).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from newsprism.extract.mention_rules import given_names, is_place
from newsprism.extract.named_kinds import press_epithet, subdivision
from newsprism.extract.states import state_code
from newsprism.extract.titles import fold
from newsprism.models import Mention

THE_OUTLET_RULE = True  # off: "Hill" of "The Hill" keeps the tagger's PERSON, as before
# A company's trade written before its name (session 29: "Drugmaker Pfizer", NeuS raw
# rows 273 and 46; "automaker Ford").
TRADE_NOUNS = ("drugmaker", "automaker", "carmaker", "chipmaker", "retailer")
# Class nouns: an apposition or a modifier that says what kind of thing a name is.
_ORG_NOUNS = ("company", "firm", "contractor", "subcontractor", "vendor", "startup",
              "nonprofit", "newspaper", "paper", "daily", "tabloid", "magazine", "outlet",
              "publication", "news site", "news website", *TRADE_NOUNS)  # fmt: skip
_LOC_NOUNS = ("island", "peninsula", "archipelago")
_ORG_PLURALS = ("companies", "firms", "contractors", "subcontractors", "vendors",
                "newspapers", "outlets", "publications", "organizations", "organisations")
# "Hispaniola, the island comprising …", "X, a Phoenix newspaper"; not a parenthetical
# source ("Trump, the paper reported, …") nor the class noun's possessive.
_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(" + "|".join(_ORG_NOUNS + _LOC_NOUNS)
    + r")\b(?!['’-])(?!,?\s+(?:said|says|reported|reports|wrote|added|noted|found)\b)")
_MODIFIER_BEFORE = re.compile(  # "led by contractor Cyber Ninjas", "the island of Hispaniola"
    r"(?:\b(" + "|".join(_ORG_NOUNS) + r")|\bthe (island) of)\s+(?:the\s+)?$", re.IGNORECASE)
_OTHERS_AFTER = re.compile(  # "Cyber Ninjas and other subcontractors"
    r"^\s+and\s+other\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(_ORG_PLURALS) + r")\b")

# A military base's name (session 29: "remain at Fort Lee", NBC, NeuS raw row 214, typed
# PERSON): the words bases are named by, before the name ("Fort", "Camp", "Joint Base",
# "Naval Station") or after it ("Dover Air Force Base"). "Fort Worth", "Fort Lauderdale"
# are towns: a leading "Fort" or "Camp" retypes only a person, a group or a body.
_BASE_BEFORE = re.compile(
    r"^(?:Fort|Ft\.|Camp|Joint Base|Joint Expeditionary Base|Naval Station|Naval Air Station|"
    r"Naval Base|Naval Support Activity|Marine Corps Base|Marine Corps Air Station|"
    r"Air Force Base|Air Base|Army Base)\s+[A-Z]")
_BASE_AFTER = re.compile(
    r"\s(?:Air Force Base|Air Reserve Base|Air National Guard Base|Air Base|Army Airfield|"
    r"Naval Air Station|Naval Station|Naval Base|Space Force Base|Army Base|Marine Corps "
    r"Base)$")
_TOWN_LEADS = ("Fort", "Ft.", "Camp")

# A newspaper's name: a place and one of the words papers are named by.
_OUTLET_WORDS = frozenset({"republic", "times", "post", "journal", "tribune", "herald",
                           "gazette", "star", "sun", "chronicle", "examiner", "inquirer",
                           "register", "bee", "globe", "courier", "dispatch", "observer",
                           "enquirer", "sentinel", "ledger", "wire", "beacon", "bulletin",
                           "statesman", "mercury", "press", "record"})  # fmt: skip
_REPORT_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[a-z]+\s+)?(?:reporting|report|reports|story|analysis|investigation|"
    r"editorial|review)\b|\s+(?:[a-z]+ly\s+)?(?:first\s+)?(?:reported|reports|revealed|"
    r"published|obtained|wrote|found|said|editorialized)\b)")
_REPORT_BEFORE = re.compile(
    r"\b(?:according to|(?:viewed|obtained|reported|seen|first reported|published) by|"
    r"told|in an interview with|wrote in|reported in)\s+(?:the\s+)?$", re.IGNORECASE)

# An owner's possessive before an academic body: "Harvard’s T.H. Chan School of Public
# Health", "Yale's Law School": the owner is a university.
_ACADEMIC_AFTER = re.compile(
    r"^['’]s\s+(?:[A-Z][\w.’'-]*\s+){0,4}(?:School|College|Institute|Medical Center|"
    r"Law School|Business School)\b")


def class_label(text: str, start: int, end: int, name: str, label: str) -> str:
    """The type the article gives a name by a class noun beside it, by reporting as a
    newspaper does, or by owning a school; ``label`` when it gives none."""
    if label == "PERSON" and " " not in name and _ACADEMIC_AFTER.match(text[end : end + 90]):
        return "ORG"  # "Harvard’s T.H. Chan School": the school's owner, not a person
    if military_base(name, label):
        return "FAC"  # "Fort Lee" (PERSON), "Joint Base Andrews" (ORG): a base, a place
    if label in ("PERSON", "ORG", "FAC") and _country(name):
        return "GPE"  # "the condemnation of Belarus" (PERSON), "was Monaco, a tax haven" (ORG)
    if label == "PERSON" and the_outlet(text, start, name):
        return "ORG"  # "in an interview with The Hill": the tagger cut "The" off an outlet
    typed = gated(given_class(text, start, end, name), label, name)
    if typed == label and label in ("PERSON", "ORG") and subdivision(
            text, start, end, name, _wordnet_word):
        return "GPE"  # "Gauteng and KwaZulu-Natal (KZN)": provinces, no context word
    return typed


def the_outlet(text: str, start: int, name: str) -> bool:
    """The name is an outlet's whose name opens on "The" ("The Hill", "The Atlantic"),
    written right after that capital "The": the small tagger reads "Hill" of "In an
    interview with The Hill" as a person (NeuS raw row 446, read in session 38). Only
    this mention is retyped: a bare "Hill" elsewhere may be a person's surname."""
    if not THE_OUTLET_RULE or not re.search(r"(?:^|[^\w])The\s+$", text[max(0, start - 5) : start]):
        return False
    return fold(name) in _the_outlets()


@cache
def _the_outlets() -> frozenset[str]:
    """The folded names ("hill") of the outlets whose shown name opens on "The"."""
    from newsprism.clean.outlets import fold_outlet_name, load_outlet_table, shown_outlet_name

    return frozenset(fold(fold_outlet_name(r.outlet, one_space=True))
                     for r in load_outlet_table()
                     if shown_outlet_name(r.outlet).startswith("The "))


def military_base(name: str, label: str) -> bool:
    """The name is a military base's by its own words: "Fort Lee", "Camp Lejeune", "Joint
    Base Andrews", "Naval Station Norfolk", "Dover Air Force Base". A town named so
    ("Fort Worth", tagged a place) keeps the tagger's place; only a person, group or body
    is retyped by a leading "Fort" or "Camp", any type but a facility by the other heads
    (which no town is named by)."""
    if label == "FAC" or " " not in name:
        return False
    if _BASE_AFTER.search(name):
        return True
    if not _BASE_BEFORE.match(name):
        return False
    return label in ("PERSON", "ORG", "NORP") or not name.startswith(_TOWN_LEADS)


def _country(name: str) -> bool:
    """A country of ``data/countries.toml`` written whole, and no given name ("Chad"):
    a person, a company or a building is never named so (a US state is: "Georgia",
    "Virginia"). A surname of the story's people ("Jordan") is taken back by its person
    when the story is merged (``entities._attach_short_names``)."""
    return (is_place(name) and state_code(name) is None
            and name.lower() not in given_names() and name[:1].isupper())


def given_class(text: str, start: int, end: int, name: str) -> str | None:
    """"ORG" or "LOC" when the words around the mention say what it is, else None."""
    after, before = text[end : end + 90], text[max(0, start - 40) : start]
    if _OTHERS_AFTER.match(after) or _org_noun(after, before) or _newspaper(name, after, before):
        return "ORG"
    return "LOC" if _loc_noun(after, before) else None


def gated(cls: str | None, label: str, name: str) -> str:
    """The label a class gives a name tagged ``label``: an organisation over a person,
    place or group; a region over a name that is no country or US state. A name that
    opens on a given name stays a person ("the company Donald Trump founded")."""
    if cls is None or cls == label or (label == "PERSON" and _first_is_given(name)):
        return label
    if cls == "ORG" and label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and not is_place(name):
        return "ORG"
    if cls == "LOC" and label in ("GPE", "ORG", "PERSON", "FAC") and not is_place(name):
        return "LOC"
    return label


def spread_class_labels(mentions_by_article: dict[str, list[Mention]],
                        texts: dict[str, str]) -> None:
    """Give every mention of a name the class one article states for it: HuffPost's
    "contractor Cyber Ninjas" makes National Review's bare "Cyber Ninjas" a company too
    (one row, not a person beside an organisation)."""
    classes: dict[str, str] = {}
    for article_id, mentions in mentions_by_article.items():
        for m in mentions:
            cls = given_class(texts[article_id], m.start, m.end, m.text)
            if cls is not None and m.label == cls:
                classes.setdefault(fold(m.text), cls)
    if not classes:
        return
    for mentions in mentions_by_article.values():
        for m in mentions:
            cls = classes.get(fold(m.text))
            if cls is not None and (label := gated(cls, m.label, m.text)) != m.label:
                m.label = label


def _first_is_given(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[0].lower() in given_names()


def _org_noun(after: str, before: str) -> bool:
    apposition = _APPOSITION.match(after)
    modifier = _MODIFIER_BEFORE.search(before)
    return bool((apposition and apposition.group(1) in _ORG_NOUNS)
                or (modifier and modifier.group(1)))


def _loc_noun(after: str, before: str) -> bool:
    apposition = _APPOSITION.match(after)
    modifier = _MODIFIER_BEFORE.search(before)
    return bool((apposition and apposition.group(1) in _LOC_NOUNS)
                or (modifier and modifier.group(2)))


def _newspaper(name: str, after: str, before: str) -> bool:
    """A place's name and a newspaper's word ("Arizona Republic") that reports: its
    subject of "reported", "according to" it, "viewed by" it, its "reporting". A country
    of that form ("Dominican Republic") is a country."""
    words = fold(name).split()
    if len(words) < 2 or words[-1] not in _OUTLET_WORDS or is_place(name):
        return False
    return bool(_REPORT_AFTER.match(after) or _REPORT_BEFORE.search(before))


def drop_spelled_acronyms(mentions_by_article: dict[str, list[Mention]],
                          texts: dict[str, str]) -> None:
    """Drop an acronym every report of the story writes alone once one report spells
    it out in lower case ("cost-of-living adjustment, or COLA" in two reports, "The
    COLA, as it's commonly called" in the third, cut before its spelling)."""
    acronyms = {m.text for ms in mentions_by_article.values() for m in ms
                if m.text.isupper() and m.text.isalpha() and len(m.text) >= 2}
    spelled = {a for a in acronyms if any(_spelled_in_lower_case(t, a) for t in texts.values())}
    if spelled:
        for mentions in mentions_by_article.values():
            mentions[:] = [m for m in mentions if m.text not in spelled]


# --- names that name nothing here ------------------------------------------------------

# Time-zone abbreviations (as news datelines and clock times write them).
_TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "CST",
                         "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT", "IST",
                         "JST", "AEST"})  # fmt: skip
_CLOCK_BEFORE = re.compile(r"(?:\d|[ap]\.m\.|[AP]M|noon|midnight)\s*\(?$")
# The Greek letters WHO names coronavirus variants by (May 2021) and the nouns of a
# variant's spread: "the Delta wave", "Delta cases".
_GREEK = frozenset({"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta",
                    "Iota", "Kappa", "Lambda", "Mu", "Omicron"})  # fmt: skip
_SPREAD_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:variants?|strains?|waves?|surges?|outbreaks?|cases|infections|"
    r"spikes?)\b")
_DETERMINER_HEAD = re.compile(  # "his leadership PAC,", "a two week TFR ("
    r"\b(?:a|an|his|her|its|their|our|my|your)\s+((?:[a-z][\w-]*\s+){0,3})$")
_QUOTES = "\"“”"
# Number words are stop words to spaCy but modify a noun as adjectives do ("a two week TFR").
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                           "nine", "ten", "twelve", "fifteen", "twenty"})


def names_nothing(text: str, start: int, end: int, name: str) -> bool:
    """Whether the mention, read in its article, is no name: a time zone after a clock
    time, a variant's Greek letter, an acronym of a common noun, a shouted word."""
    if name in _TIME_ZONES and _CLOCK_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    if name in _GREEK:
        return variant_letter(text, end, name)
    if press_epithet(name, _inside_quote(text, start), _wordnet_adjectives):
        return True  # "the Fake News Media is already trying …" (quoted)
    if not (name.isupper() and name.isalpha() and len(name) >= 2):
        return False
    return common_acronym(text, start, end, name) or shouted_word(text, start, end, name)


def variant_letter(text: str, end: int, name: str) -> bool:
    """A Greek letter is a variant's name when a spread noun follows it ("the Delta
    wave") or the article writes it before "variant" anywhere; "Delta Air Lines" and a
    letter in an article about no variant are left to the tagger."""
    if re.match(r"^\s+Air\b|^\s+Airlines\b", text[end : end + 12]):
        return False
    return bool(_SPREAD_AFTER.match(text[end : end + 30]) or _written_as_variant(name, text))


def _written_as_variant(name: str, text: str) -> bool:
    """``text`` writes the letter before "variant(s)", one word between at most ("Delta
    variant", "Delta Plus variant")."""
    return bool(re.search(r"\b" + name + r"\s+(?:[\w-]+\s+)?variants?\b", text))


def drop_story_variants(mentions_by_article: dict[str, list[Mention]],
                        texts: dict[str, str]) -> None:
    """Drop a Greek letter one report of the story writes before "variant" from every
    report (session 29): NYP's "the Delta variant" makes Axios's "variants … such as
    Delta" the variant too, not an organisation (NeuS raw row 273). A story that writes
    the letter before "Air" or "Airlines" anywhere is left to the tagger."""
    letters = {m.text for ms in mentions_by_article.values() for m in ms if m.text in _GREEK}
    story = "\n".join(texts.values())
    variants = {n for n in letters if _written_as_variant(n, story)
                and not re.search(r"\b" + n + r"\s+Air(?:lines)?\b", story)}
    if variants:
        for mentions in mentions_by_article.values():
            mentions[:] = [m for m in mentions if m.text not in variants]


def common_acronym(text: str, start: int, end: int, name: str) -> bool:
    """An acronym that stands for a common noun: the article spells it out in lower case
    before it ("cost-of-living adjustment, or COLA", "emergency use authorization (EUA)",
    anywhere in the article), or it heads a phrase opened by "a" or a possessive and
    ends there ("his leadership PAC, Save America", "a two week TFR (…)"): a body named
    by its acronym takes "the" (the FBI), and "a CNN reporter" goes on with its noun."""
    if _spelled_in_lower_case(text, name):
        return True
    head = _DETERMINER_HEAD.search(text[max(0, start - 40) : start])
    if head is None or any(w in STOP_WORDS and w not in _NUMBER_WORDS
                           for w in head.group(1).split()):
        return False  # "an interview with CNN": the determiner is another noun's
    return bool(re.match(r"^(?:\s*[,.;:)!?”\"]|\s+\(|\s*$)", text[end : end + 3]))


def _spelled_in_lower_case(text: str, name: str) -> bool:
    # the words before "(NAME" or ", or NAME": only where that tail stands at all (the
    # full pattern tries eight words back from every position of the text: 6.6 s for
    # the 1,201 acronym/text pairs of the 50-article benchmark story, session 27)
    if re.search(r"(?:\s*\(|,\s+or\s+)" + name + r"\b", text) is None:
        return False
    spelled = r"((?:[\w'’-]+\s+){0,7}[\w'’-]+)(?:\s*\(|,\s+or\s+)" + name + r"\b"
    for match in re.finditer(spelled, text):
        words = re.split(r"[\s-]+", match.group(1).strip())[-len(name):]
        if (len(words) == len(name) and words[-1][:1].islower()
                and "".join(w[:1] for w in words).upper() == name):
            return True
    return False


def shouted_word(text: str, start: int, end: int, name: str) -> bool:
    """A word written in capitals inside quoted words ("evidence of FRAUD.”", “… motion
    is GRANTED”): four letters or more, an English word of WordNet as spaCy's lemmatizer
    ships it, and no organisation known to ``data/names.toml``. Acronyms that are also
    words in WordNet ("NATO", "FEMA") are rare in quotation and are written after "the"
    or said to speak; the checks below keep them."""
    if len(name) < 4 or not _inside_quote(text, start):
        return False
    if re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.IGNORECASE):
        return False
    return _english_word(name.lower())


def _inside_quote(text: str, start: int) -> bool:
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return sum(line.count(q) for q in _QUOTES) % 2 == 1


@cache
def _english_words() -> frozenset[str]:
    """WordNet's words (every part of speech) from the pinned pipeline's lemmatizer."""
    from newsprism.extract.mentions import load_names
    from newsprism.extract.nlp import load_nlp

    table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = {w for pos in table for w in table[pos]}
    return frozenset(words - load_names().organisations - _ruler_names())


@cache
def _ruler_names() -> frozenset[str]:
    """The names of the entity ruler's patterns (``data/entity_patterns.jsonl``), lower
    case: "ISIS" is WordNet's goddess as well as the group the ruler tags."""
    from newsprism.extract.nlp import patterns_path

    rows = Path(patterns_path()).read_text("utf-8").splitlines()
    return frozenset(str(json.loads(r)["pattern"]).lower() for r in rows if r.strip())


def _english_word(word: str) -> bool:
    """A word of WordNet, or a verb's "-ed" / "-ing" form of one ("DECLINING")."""
    words = _english_words()
    if word in _ruler_names():
        return False
    return word in words or any(word.endswith(s) and len(word) - len(s) >= 4
                                and word[: -len(s)] in words for s in ("ed", "ing"))


@cache
def _wordnet_tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns, adjectives / adverbs / verbs, adjectives) of WordNet as the pinned
    lemmatizer ships them."""
    from newsprism.extract.nlp import load_nlp

    table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    others = frozenset(w for pos in ("adj", "adv", "verb") for w in table[pos])
    return frozenset(table["noun"]), others, frozenset(table["adj"])


def _wordnet_adjectives() -> frozenset[str]:
    """WordNet's adjectives (``press_epithet`` reads them only when a name could be one)."""
    return _wordnet_tables()[2]


def _wordnet_word(folded: str) -> bool:
    """A word of WordNet that may name another thing: any adjective, adverb or verb
    ("central", "north-west"), or a noun of one word ("delta", "unity", "nelson"). A
    noun of two words or a hyphen ("kwazulu-natal") is a proper name WordNet lists."""
    key = folded.replace(" ", "_")
    nouns, others, _adjectives = _wordnet_tables()
    return key in others or (key in nouns and "_" not in key and "-" not in key)
