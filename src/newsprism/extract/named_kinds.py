"""Provinces, laws and roles the tagger reads as people or companies (issue 12, session 27;
documents as laws, session 28).

Readers of NeuS raw rows 251, 256, 294 and 353 (docs/eval-compare.md, "Read as a user,
session 27") found: a province with no context word typed as a person or a company
("Gauteng and KwaZulu-Natal (KZN) have been the scene of chaos"); a law typed as a
company ("package called the American Rescue Plan that was passed in March"); a role's
initials typed as a company ("the VP’s office", "the IG's office"). The only list is a
documented one: ISO 3166-2's first-level subdivisions (``data/subdivisions.toml``, built
by ``scripts/build_subdivisions.py`` from pycountry); role heads are
``compare.titles.ROLE_HEADS``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Collection, Iterable
from functools import cache
from importlib.resources import files

from newsprism.compare.titles import RANKS, ROLE_HEADS
from newsprism.extract.mention_rules import given_names, is_place
from newsprism.extract.titles import TITLE_ABBREVIATIONS
from newsprism.models import Mention

_SPEAKS_AFTER = re.compile(r"^\s+(?:said|says|told|added|wrote|tweeted)\b")


@cache
def _subdivisions() -> frozenset[str]:
    raw = files("newsprism").joinpath("data", "subdivisions.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["names"])


def subdivision(text: str, start: int, end: int, name: str,
                common: Callable[[str], bool]) -> bool:
    """Whether a name is a first-level subdivision of a country written whole
    ("Gauteng", "KwaZulu-Natal") and nothing makes it another thing's or a person's: no
    given name of ``data/given_names.toml`` ("Victoria", "Alberta"); no common word and
    no one word WordNet knows (``common``: "Central", and "Delta", "Unity", "Nelson",
    "Sucre" name a company or a person as often; "KwaZulu-Natal", of two words, stays);
    no given name or title before it anywhere in the article ("Ana Guerrero … Guerrero's
    plan", "Mr. Hidalgo"); no speaker ("Hidalgo said"); not the first word of a longer
    capitalised name. US states and countries are read elsewhere."""
    folded = name.lower()
    if not name[:1].isupper() or folded not in _subdivisions() or is_place(name):
        return False
    if folded in given_names() or common(folded):
        return False
    for before in re.finditer(r"([A-Z][\w.’'-]*)\s+" + re.escape(name) + r"\b", text):
        if before.group(1).lower() in given_names() or before.group(1) in TITLE_ABBREVIATIONS:
            return False  # a person's surname in this article
    after = text[end : end + 20]
    return not (_SPEAKS_AFTER.match(after) or re.match(r"^ [A-Z][a-z]", after))


# --- laws: a named plan or bill is no person, place or group --------------------------

# a law's heads ("Act": mention_rules.law_names) and, since session 28, a document's that
# binds as a law does: "the Emancipation Proclamation", "an Executive Order", "the Paris
# Accord"; "Declaration", "Treaty" also head "the Declaration of Independence", "the Treaty
# of Versailles"
_LAW_HEADS = frozenset({"Plan", "Bill", "Amendment"})
_DOCUMENT_HEADS = frozenset({"Proclamation", "Order", "Declaration", "Treaty", "Accord",
                             "Accords"})
_LAW_CUE_BEFORE = re.compile(
    r"\b(?:called|dubbed|named|known as|under|passed|signed|enacted|approved|pass|sign|"
    r"through|issued|ratified)\s+(?:the\s+)?$", re.IGNORECASE)
_LAW_CUE_AFTER = re.compile(
    r"^(?:,?\s+(?:that|which)\s+)?(?:\s+(?:was|were|is|has been|had been)\s+)?"
    r"\s*(?:passed|signed|enacted|approved|became law|issued|ratified)\b")


def law_name(text: str, start: int, end: int, name: str) -> bool:
    """A name of two words or more ending in "Plan", "Bill" or "Amendment", or a
    document's head (:func:`document_head`), that stands as a law does: after "called /
    under / passed / signed / issued / ratified the", or before "that was passed", "was
    signed" ("the … package called the American Rescue Plan that was passed in March";
    "freed under the Emancipation Proclamation", NeuS raw row 344). A law names no
    person, place or group (as ``law_names``)."""
    if not law_headed(name):
        return False
    return bool(_LAW_CUE_BEFORE.search(text[max(0, start - 30) : start])
                or _LAW_CUE_AFTER.match(text[end : end + 40]))


def law_headed(name: str) -> bool:
    """The half of :func:`law_name` that reads the name alone: two words or more, headed
    by a law's or a document's noun. A name without it is no law wherever it stands, so
    :func:`written_as_law` asks it before looking for the name in any text."""
    words = name.split()
    return len(words) >= 2 and (words[-1] in _LAW_HEADS or document_head(words))


def document_head(words: list[str]) -> bool:
    """A name headed by a document noun, last ("Emancipation Proclamation", "Executive
    Order") or first before "of" ("Declaration of Independence", "Treaty of Versailles").
    Alone ("the Order") it is no name here; a body named after one ("the Fraternal Order
    of Police": "Order" neither last nor first) is left alone, and the cue is still
    needed."""
    return words[-1] in _DOCUMENT_HEADS or (words[0] in _DOCUMENT_HEADS and words[1] == "of")


def written_as_law(name: str, texts: Iterable[str]) -> bool:
    """Whether some report writes the name, anywhere, as a law (:func:`law_name`).

    The texts are searched only for a name :func:`law_headed` admits (session 29): at
    50 articles 545 names were each looked for in every text, for a test that reads
    the name first and refuses nearly all of them (about 1 s of CPU)."""
    if not law_headed(name):
        return False
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return any(law_name(text, m.start(), m.end(), name)
               for text in texts for m in pattern.finditer(text))


# --- an epithet for the press: "the Fake News Media" in a quotation ---------------------

_PRESS_HEADS = frozenset({"News", "Media"})


def press_epithet(name: str, quoted: bool, adjectives: Callable[[], Collection[str]]) -> bool:
    """A name inside quoted words, of two words or more ending in "News" or "Media" and
    opened by an English adjective of WordNet ("the Fake News Media is already trying",
    Trump quoted in NeuS raw row 66; "Mainstream Media"), and no outlet of
    ``data/outlets.tsv`` nor the end of one: the speaker's word for the press, no
    organisation. "Fox News", "NBC News" open on no adjective; "the Daily News" ends
    the table's "New York Daily News". ``adjectives`` gives WordNet's adjectives when
    first needed: built for every mention, its table and two more cost some 6 MB in every
    compare, for the rare quoted "... News" (docs/benchmarks.md, "Session 35")."""
    words = name.split()
    if not quoted or len(words) < 2 or words[-1] not in _PRESS_HEADS:
        return False
    if not all(w[:1].isupper() for w in words) or words[0].lower() not in adjectives():
        return False
    from newsprism.clean.outlets import fold_outlet_name, load_outlet_table

    folded = fold_outlet_name(name, one_space=True)
    return not any(o == folded or o.endswith(" " + folded)  # "New York Daily News"
                   for o in (fold_outlet_name(r.outlet, one_space=True)
                             for r in load_outlet_table()))


# --- a role's initials: "VP" of "vice president", "IG" of "inspector general" -----------

# the words a role's name is made of: a head ("president", "inspector", "officer"), a
# rank before it ("vice", "deputy") and "general" after it ("attorney general")
_ROLE_WORDS = ROLE_HEADS | RANKS | {"general"}


def role_initials(acronym: str, texts: list[str]) -> bool:
    """Whether an acronym of two or three letters is the initials of a role the story
    writes ("vice president", "Inspector General …"): two or three words, each a role
    head of ``ROLE_HEADS``, a rank ("vice", "deputy") or "general", one a head
    ("advancing President" is no role). A capitalised phrase of
    the same initials that is no role ("General Motors" for "GM") keeps the acronym a
    name."""
    if not (2 <= len(acronym) <= 3 and acronym.isupper() and acronym.isalpha()):
        return False
    if is_place(acronym) or _known_organisation(acronym):
        return False  # "US" (and "under secretary"), "CIA": names the project knows
    role = other = False
    for text in texts:
        for words in _initial_phrases(text, acronym):
            folded = [w.lower() for w in words]
            if set(folded) <= _ROLE_WORDS and any(w in ROLE_HEADS for w in folded):
                role = True  # "vice president", "inspector general"; not "advancing President"
            elif all(w[:1].isupper() for w in words):
                other = True
    return role and not other


def _known_organisation(acronym: str) -> bool:
    from newsprism.extract.mentions import load_names

    return acronym.lower() in load_names().organisations


def _initial_phrases(text: str, acronym: str) -> list[list[str]]:
    n = len(acronym)
    pattern = r"\b" + r"\s+".join(rf"({c}[a-z]+)" for c in acronym) + r"\b"
    found = [list(m.groups()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    return [w for w in found if len(w) == n]


def drop_laws_and_roles(mentions_by_article: dict[str, list[Mention]],
                        texts: dict[str, str]) -> None:
    """Drop, in every report of the story, a name one report writes as a law ("called
    the American Rescue Plan that was passed"; the tagger's own LAW there, no mention,
    counts: "freed under the Emancipation Proclamation", row 344) and a role's initials
    ("the VP’s office" where the story writes "vice president")."""
    names = {m.text for ms in mentions_by_article.values() for m in ms}
    laws = {n for n in names if written_as_law(n, texts.values())}
    acronyms = {m.text for ms in mentions_by_article.values() for m in ms
                if m.text.isupper() and m.text.isalpha() and 2 <= len(m.text) <= 3}
    story = list(texts.values())
    roles = {a for a in acronyms if role_initials(a, story)}
    if laws or roles:
        for mentions in mentions_by_article.values():
            mentions[:] = [m for m in mentions if m.text not in laws and m.text not in roles]
