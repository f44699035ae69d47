"""Where a tagged name really ends, and tagged "people" that are offices.

Issue 12, session 22 (docs/eval-compare.md, "Session 22: entities"): fresh gold showed
the small tagger running a name into the next sentence when the sentence before ends
on an abbreviation ("to fly to the U.S. Fully vaccinated travelers …" gave the
organisation "U.S. Fully"), keeping a weekday or a date after a name, calling an
office a person ("the Chief Clerk of the House": "Clerk"), and leaving a British
unstopped title on a name ("Ms Commisso" apart from Brittany Commisso). Each rule reads
parts of speech and the text around the span, never a list of the stories' names.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from newsprism.calendar_words import MONTH_TOKENS, WEEKDAYS
from newsprism.extract.nlp import doc_text
from newsprism.models import Mention

# Words that cannot continue a name after an abbreviation's stop: the tagger missed a
# sentence break ("U.S. Fully vaccinated …", "D.C. Officials said …" stays when the
# parser tags "Officials" a proper noun, which it does not).
_NOT_NAME_POS = frozenset({"ADV", "ADP", "AUX", "CCONJ", "DET", "INTJ", "PART", "PRON",
                           "SCONJ", "VERB"})  # fmt: skip
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "D.C.", "U.K."


# A British title written without a stop ("Ms Commisso", "Mrs Pelosi", "Mr Cuomo").
UNSTOPPED_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr"})


def end_of_name(tokens: Sequence[object]) -> int:
    """How many tokens of a tagged span are its name: the span stops before a word that
    opens the next sentence after an abbreviation ("U.S. Fully"), and before a weekday
    or a month and its day at its end ("Biden Tuesday", "Floyd May 25"). At least the
    first token stays."""
    end = len(tokens)
    for i in range(1, len(tokens)):
        before, token = tokens[i - 1], tokens[i]
        if (_ABBREVIATION.match(before.text) and token.text[:1].isupper()  # type: ignore[attr-defined]
                and token.pos_ in _NOT_NAME_POS):  # type: ignore[attr-defined]
            end = i
            break
    while end > 1 and _date_word(tokens, end - 1):
        end -= 1
    return end


# Rank and status adjectives a sentence or a headline capitalises before a body's name:
# "Top Justice Department officials derisively dismissed …" (NeuS raw row 345), where
# the tagger takes "Top" into the ORG (and tags it a proper noun, so no part-of-speech
# rule sees it; session 24 tried one).
_RANK_ADJECTIVES = frozenset({"Top", "Senior", "Former", "Key"})
_RANK_LABELS = frozenset({"ORG", "NORP"})  # not places: "Key West", "Key Biscayne"


def leading_rank_adjective(ent: object) -> int:
    """1 when an organisation's or group's span opens on a rank adjective that is
    capitalised only because it opens a sentence or stands in a headline ("Top Justice
    Department" -> "Justice Department"; session 25), else 0. The article writing the
    whole form capitalised after a lower-case word elsewhere ("the Senior Executive
    Service") makes it part of the name, and the rest must start with a capital."""
    tokens = list(ent)  # type: ignore[call-overload]
    if (ent.label_ not in _RANK_LABELS or len(tokens) < 2  # type: ignore[attr-defined]
            or tokens[0].text not in _RANK_ADJECTIVES or not tokens[1].text[:1].isupper()):
        return 0
    if not (tokens[0].is_sent_start or _headline_case(ent.sent)):  # type: ignore[attr-defined]
        return 0
    written = re.compile(r"\b[a-z][\w,]* +" + re.escape(ent.text))  # type: ignore[attr-defined]
    return 0 if written.search(doc_text(ent.doc)) else 1  # type: ignore[attr-defined]


def _headline_case(sent: object) -> bool:
    """A headline's sentence: three content words or more, every one capitalised."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]  # type: ignore[attr-defined]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _date_word(tokens: Sequence[object], i: int) -> bool:
    """A weekday, a month, or a day's number right after a month, inside a span."""
    word = tokens[i].text.lower()  # type: ignore[attr-defined]
    if word in WEEKDAYS or (word in MONTH_TOKENS and i > 0 and tokens[i].text[:1].isupper()):  # type: ignore[attr-defined]
        return word not in ("may", "june", "march", "august", "april") or _month_use(tokens, i)
    return word.isdigit() and i > 0 and tokens[i - 1].text.lower() in MONTH_TOKENS  # type: ignore[attr-defined]


def _month_use(tokens: Sequence[object], i: int) -> bool:
    """A month that is also a name ("Theresa May", "April Ryan") is a month only with a
    day's number after it."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.text.isdigit()  # type: ignore[attr-defined]


def office_not_person(ent: object) -> bool:
    """A one-word "person" that names an office: the word comes right before "of the"
    and a capitalised name ("the Chief Clerk of the House", "Secretary of the Senate"),
    and the article never writes it as the last word of a longer person's name (as it
    would a surname: "Jane Doe … Doe of the Post")."""
    if len(ent) != 1:  # type: ignore[arg-type]
        return False
    doc, end = ent.doc, ent.end  # type: ignore[attr-defined]
    after = [t.text for t in doc[end: end + 3]]
    if len(after) < 3 or after[0] != "of" or after[1].lower() != "the":
        return False
    if not after[2][:1].isupper():
        return False
    word = ent.text  # type: ignore[attr-defined]
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc.ents)


def holiday_label(name: str) -> str | None:
    """"EVENT" for a "person" that is a day named after one: "Martin Luther King Jr. Day"
    (three words or more ending in "Day"; "Doris Day", two words, stays a person)."""
    words = name.split()
    return "EVENT" if len(words) >= 3 and words[-1] == "Day" else None


def named_day_label(name: str) -> str | None:
    """"EVENT" for an "organisation" that is a named day: "Armenian Genocide Remembrance
    Day", "Earth Day" (two words or more ending in "Day"; session 24, NeuS raw row 497,
    where the day was typed ORG). A body is not named "… Day"; a day is observed, not
    run, and its row among the organisations misleads."""
    words = name.split()
    return "EVENT" if len(words) >= 2 and words[-1] == "Day" else None


@cache
def _holidays() -> frozenset[str]:
    """Holiday names of ``data/names.toml`` (folded, lower case)."""
    data = tomllib.loads(files("newsprism").joinpath("data", "names.toml").read_text("utf-8"))
    return frozenset(data["holidays"])


def holiday_name_label(name: str) -> str | None:
    """"EVENT" for a name that is, whole, a holiday or observance of the data list
    ("Juneteenth", tagged FAC on NeuS raw row 331; "Hanukkah", tagged ORG). Session 25:
    a day is observed, not an actor, and its row among the places or organisations
    misleads. The list is data: a name is matched whole ("Christmas Island" is not
    Christmas), and a surname tagged EVENT is still taken back by its person."""
    key = " ".join(name.lower().replace("’", "'").split())
    return "EVENT" if key in _holidays() else None


# --- session 23: a chamber or an office word that is part of a person's title ---------

# A chamber written as part of its leader's title: "House Speaker Nancy Pelosi",
# "Senate Minority Leader Mitch McConnell". The gold reads the chamber there as the
# title's (gold/entities-fresh3, -fresh4): it names the person's office, not the body.
_CHAMBER_TITLE = re.compile(
    r"^\s+(?:Speaker|(?:Majority|Minority)\s+(?:Leader|Whip)|(?:Republican|Democratic)"
    r"\s+(?:Leader|Whip))\s+(?:[A-Z][a-z]*\.?\s+)*[A-Z][\w'’-]+")
_CHAMBERS = frozenset({"house", "senate", "the house", "the senate"})

# Office words the tagger runs an organisation's name into when a person follows:
# "Joint Chiefs of Staff Chair Gen. Mark Milley", "Fed Chairman Jerome Powell".
_OFFICE_ENDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "spokesman",
                          "spokeswoman", "spokesperson", "director", "commissioner",
                          "administrator"})  # fmt: skip


def chamber_in_title(name: str, text: str, end: int) -> bool:
    """Whether "House" / "Senate" opens its leader's title and a name follows
    ("Senate Minority Leader Mitch McConnell"): the chamber there is the title's word."""
    return name.lower() in _CHAMBERS and bool(_CHAMBER_TITLE.match(text[end : end + 60]))


def office_word_end(tokens: Sequence[object]) -> int:
    """How many tokens of an organisation's span are its name: an office word at its end
    ("Joint Chiefs of Staff Chair") is the title of the person after it, not the body's
    name. The word before must be a name's word (not "of the": "Office of the Director")."""
    n = len(tokens)
    if n < 2 or tokens[-1].text.lower() not in _OFFICE_ENDS:  # type: ignore[attr-defined]
        return n
    before = tokens[-2]
    return n - 1 if before.text[:1].isupper() and before.pos_ == "PROPN" else n  # type: ignore[attr-defined]


# One word the tagger calls a person that is an organisation's generic head ("Caucus"
# of "House Democratic Caucus meeting"): a piece of the body's name, nobody's name.
_ORG_HEAD_WORDS = frozenset({"caucus", "committee", "commission", "council", "association",
                             "agency", "administration", "bureau", "department", "party",
                             "coalition", "foundation", "institute", "union"})  # fmt: skip


def org_head_person(ent: object) -> bool:
    """Whether a one-word "person" is a body's head noun, unless the article writes it as
    a longer person's surname (as ``office_not_person`` guards)."""
    if len(ent) != 1 or ent.text.lower() not in _ORG_HEAD_WORDS:  # type: ignore[arg-type,attr-defined]
        return False
    word = ent.text  # type: ignore[attr-defined]
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word
                   for e in ent.doc.ents)  # type: ignore[attr-defined]


def drop_title_chambers(mentions_by_article: dict[str, list[Mention]],
                        texts: dict[str, str]) -> None:
    """No row for a chamber the story writes only inside its leaders' titles: "Senate"
    of "Senate Majority Leader Chuck Schumer" is dropped when no report of the story
    names the Senate otherwise (tagged or not). When one does, every mention stays, so
    a claim about the leader still names the chamber (compare-basil's pairs read them)."""
    for word in ("House", "Senate"):
        found = [(aid, m) for aid, ms in mentions_by_article.items() for m in ms
                 if m.text.lower() in _CHAMBERS and m.text.split()[-1] == word]
        if not found or not all(chamber_in_title(m.text, texts[aid], m.end)
                                for aid, m in found):
            continue
        if any(word in texts[aid] and not _only_in_titles(word, texts[aid])
               for aid in mentions_by_article):
            continue  # named outside a title in a report where the tagger missed it
        for aid, ms in mentions_by_article.items():
            ms[:] = [m for m in ms if (aid, m) not in found]


def _only_in_titles(word: str, text: str) -> bool:
    """Whether every "House"/"Senate" of the text that stands alone opens a title."""
    for m in re.finditer(rf"\b{word}\b", text):
        if _CHAMBER_TITLE.match(text[m.end() : m.end() + 60]):
            continue
        before = text[max(0, m.start() - 30) : m.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1] == "The":
            return False  # "the Senate", "House and Senate": named on its own
    return True
