"""Who does the act a report's title (or lead sentence) reports (issue 13, session 31;
docs/eval-clustering.md, "Session 31: who does the act").

``title_acts.py`` reads the act (pass, block, enact …). On neus-raw's dense day most wrong
joins whose titles both name an act name the *same* act done by another body: the Senate
passes the bill / the House passes it; an FDA panel recommends boosters / the CDC does.
This module reads the **doer**: the subject of the title's act verb (or of the verb of
doing that governs it: "Senate *votes* to pass"), or a passive's agent ("… blocked *by*
a judge"), and normalises it to a set of keys, so that two names of one body meet and two
bodies do not. Two doers differ only when their key sets are disjoint.

Normalising, in order:

- **A short table of bodies** (``BODIES``): the chambers (``Senate``; ``House``;
  "Congress", "lawmakers" and "legislators" name both chambers, so they meet either);
  the courts ("Supreme Court", "justices", "high court", "SCOTUS" are one; "appeals court"
  and "circuit" another; "judge" and "federal judge" the trial courts; "court" alone
  meets any of them); the executive ("White House", "administration", "president" are
  one). A state or city name before a chamber or court is kept ("Texas Senate" is not
  the Senate).
- **Panels**: a panel, committee or advisers of a body is another body ("FDA panel",
  "FDA advisers" against "FDA"; "House committee" against "House").
- **Initials**: a capitalised name of two or more words gives its initials, with and
  without the small words "of" ("Food and Drug Administration" → fda; "Department of
  Justice" → doj or dj), and a word in capitals is its own key ("FDA", "CDC"); a name's
  table entry wins ("Centers for Disease Control" is in the table as cdc).
- **Persons** (only with ``persons``): a person's last name ("President Biden", "Joe
  Biden" → biden). Off by default: a person and the body they lead ("Walensky" / "the
  CDC"; "Biden" / "the White House") are one doer a table cannot know.
- **Parties** ("Democrats", "Republicans", "GOP") name no doer: a party acts through a
  chamber, and "Republicans block" and "Senate rejects" are one vote.
- Pronouns and other subjects ("officials", "doctor") name no doer.

Session 32 adds, under ``normal`` (the ``n`` flag of ``dense_joins.py``'s ``doer:``
veto), the normaliser rules session 31 listed from the right joins its veto lost on
training (docs/eval-clustering.md, "Session 32: the doer's normaliser"):

- each conjunct of a conjoined subject is a doer of its own ("Israel and the UAE
  strike a deal"; the parser's conjuncts, and the parts of the subject's words split at
  commas and "and"), their keys added to the whole phrase's, so two doers meet when any
  conjuncts meet;
- a country names its government: "US", "U.S.", "United States", "America" meet the
  executive and both chambers;
- party words are dropped before initials are taken ("U.S. Republicans" is not "usr");
- "WH" is the White House;
- "X passes House" with a measure as subject is the chamber's act (the object of
  *pass* or *clear*, when it names a chamber, is the doer);
- a headline's bare participle ("Two Proud Boys indicted", no auxiliary) is a passive:
  its subject suffers the act and names no doer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

CHAMBERS = frozenset({"senate", "house"})
EXECUTIVE = frozenset({"executive"})
COURTS = frozenset({"scotus", "appeals", "trial"})
# Phrase (lower case, whole words) -> keys; longer phrases first, a matched phrase is
# removed before the next is looked for ("white house" is not "house").
BODIES: tuple[tuple[str, frozenset[str]], ...] = (
    ("house of representatives", frozenset({"house"})),
    ("white house", frozenset({"executive"})),  # not EXECUTIVE: a long phrase keeps it
    ("supreme court", frozenset({"scotus"})),
    ("high court", frozenset({"scotus"})),
    ("justices", frozenset({"scotus"})),
    ("scotus", frozenset({"scotus"})),
    ("appeals court", frozenset({"appeals"})),
    ("court of appeals", frozenset({"appeals"})),
    ("appellate court", frozenset({"appeals"})),
    ("circuit", frozenset({"appeals"})),
    ("judges", frozenset({"trial"})),
    ("judge", frozenset({"trial"})),
    ("court", COURTS),
    ("centers for disease control", frozenset({"cdc"})),
    ("food and drug administration", frozenset({"fda"})),
    ("justice department", frozenset({"doj"})),
    ("department of justice", frozenset({"doj"})),
    ("administration", EXECUTIVE),
    ("president", EXECUTIVE),
    ("senators", frozenset({"senate"})),
    ("senate", frozenset({"senate"})),
    ("house", frozenset({"house"})),
    ("congress", CHAMBERS),
    ("lawmakers", CHAMBERS),
    ("legislators", CHAMBERS),
    ("legislature", CHAMBERS),
)
PANEL = frozenset({"panel", "panels", "committee", "committees", "subcommittee",
                   "advisers", "advisors", "advisory"})
PARTIES = frozenset({"democrats", "democrat", "dems", "republicans", "republican", "gop"})
SMALL = frozenset({"and", "for", "the", "on", "&"})
SUBJECTS = ("nsubj", "csubj")
# The head of a body, who acts for it ("CDC director", "FBI chief").
POSTS = frozenset({"director", "chief", "head", "chair", "chairman", "chairwoman",
                   "commissioner", "secretary", "spokesman", "spokeswoman"})


# Session 32 (``normal``): a country acts through its government and chambers.
COUNTRY = frozenset({"senate", "house", "executive"})
COUNTRY_NAMES: tuple[tuple[str, frozenset[str]], ...] = (
    ("united states", COUNTRY), ("u.s.", COUNTRY), ("us", COUNTRY), ("usa", COUNTRY),
    ("america", COUNTRY), ("wh", frozenset({"executive"})),
)
CONJOINED = re.compile(r",|\band\b|&")
PASSING = frozenset({"pass", "clear"})  # "Equality Act passes House": the House's act


def bare_participle(v: Token) -> bool:
    """A headline's participle without an auxiliary ("Two Proud Boys indicted"): a
    passive, whose subject suffers the act. A headline tells its act in the present
    ("Senate passes"), so a bare past form at the root is read as the participle."""
    return v.tag_ in ("VBN", "VBD") and v.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "auxpass") for c in v.children)


def subject(verbs: Iterable[Token], normal: bool = False) -> Token | None:
    """The subject of the first verb of ``verbs`` that has one, or a passive's agent;
    with ``normal``, none for a bare participle (a headline's passive)."""
    for v in verbs:
        if normal and bare_participle(v):
            return None
        for c in v.children:
            if c.dep_ in SUBJECTS:
                return c
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if any(c.dep_ == "nsubjpass" for c in v.children):
            return None  # "doctor sued": the subject suffers the act
    return None


def phrase_of(s: Token, skip: frozenset[int] = frozenset()) -> tuple[str, bool]:
    """The subject's words (its named entity, else its compounds, modifiers and
    "of"-phrase) and whether it is a person. A common noun names a doer only when it is
    in the table or a post of a body ("CDC director"): "US envoy to Haiti" is a person
    described, not the United States."""
    if s.pos_ == "PRON":
        return "", False
    low = s.lemma_.lower()
    if s.pos_ == "NOUN" and low not in POSTS and not any(
            f" {low} " in f" {name} " for name, _ in BODIES) and low not in PANEL:
        return "", False
    ent = next((e for e in s.doc.ents if e.start <= s.i < e.end), None)
    if ent is not None and s.ent_type_ == "PERSON":
        return ent.text, True
    inside = set(range(ent.start, ent.end)) if ent is not None else set()
    words = [w for w in s.subtree if w.i not in skip
             and (w.i in inside or w.dep_ not in ("det", "punct", "case"))]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i)), False


def initials(name: str) -> set[str]:
    """Keys of a capitalised name: its initials with and without "of", or a word in
    capitals itself ("FDA")."""
    keys = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", name)}
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in SMALL]
    caps = [w for w in words if w[0].isupper() or w == "of"]
    if len([w for w in caps if w != "of"]) >= 2:
        keys.add("".join(w[0] for w in caps).lower())
        keys.add("".join(w[0] for w in caps if w != "of").lower())
    return keys


def normalise(text: str, person: bool, persons: bool,
              normal: bool = False) -> frozenset[str] | None:  # fmt: skip
    """The keys of a doer's words (module docstring); None when they name no doer.
    ``normal``: a country's names and "WH" first, party words dropped before initials."""
    low = " " + re.sub(r"[^a-z0-9.& ]+", " ", text.lower().replace("'s", "")) + " "
    if person:
        last = text.split()[-1].lower().strip(".,'’s") if text.split() else ""
        return frozenset({last}) if persons and last else None
    keys: set[str] = set()
    short = len(low.split()) <= 2  # "Trump administration", not "Federal Aviation Administration"
    for name, found in (*COUNTRY_NAMES, *BODIES) if normal else BODIES:
        if found is EXECUTIVE and not short:
            continue
        if f" {name} " in low:
            keys |= found
            low = low.replace(f" {name} ", " | ")
    place = re.findall(r"\b([A-Z][a-z]+) (?:State )?(?:Senate|House|Legislature|Supreme Court)",
                       text)
    if keys and place and place[0].lower() not in ("us", "u", "white"):
        keys = {f"{place[0].lower()} {k}" for k in keys}
    rest = re.sub(r"\s+", " ", low.replace("|", " ")).strip()
    posts = POSTS | {"governor", "mayor", "minister", "general", "attorney", "senator"}
    if not keys and rest.split() and rest.split()[-1] in posts:
        # "CDC director" acts for the CDC; "Texas Governor", "Defense Secretary" are a
        # person by office, whose body a table of initials cannot name
        caps = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", text)}
        return frozenset(caps) or None
    if not keys and rest and not set(rest.split()) <= PARTIES | PANEL:
        dropped = PANEL | PARTIES if normal else PANEL
        left = " ".join(w for w in text.split() if w.lower() not in dropped)
        keys |= initials(left)
    if not keys:
        return None
    if set(low.split()) & PANEL:
        keys = {f"{k}:panel" for k in keys}
    return frozenset(keys)


def keys_of(s: Token, persons: bool, normal: bool) -> frozenset[str] | None:
    """The keys of a subject; with ``normal`` each conjunct's, joined ("Israel and the
    UAE": both), rather than the initials of the whole phrase."""
    text, person = phrase_of(s)
    whole = normalise(text, person, persons, normal) if text else None
    if not normal or person:
        return whole
    keys: set[str] = set(whole or ())
    for t in (s, *s.conjuncts):  # the parser's conjuncts
        skip = frozenset(w.i for c in t.children if c.dep_ in ("cc", "conj", "punct")
                         for w in c.subtree)  # fmt: skip
        text, person = phrase_of(t, skip)
        keys |= (normalise(text, person, persons, normal) or set()) if text else set()
    span = s.doc[s.left_edge.i: s.right_edge.i + 1].text
    parts = CONJOINED.split(span)
    if len(parts) > 1:  # "General Motors, United Auto Workers": a list the parser joined
        for part in parts:
            keys |= normalise(part.strip(), False, persons, normal) or set()
    return frozenset(keys) or None


def chamber_object(verbs: list[Token], persons: bool) -> frozenset[str] | None:
    """"Equality Act passes House": the chamber that *passes* or *clears* a measure
    named as the subject is the object of the verb."""
    if not verbs or verbs[0].lemma_.lower() not in PASSING:
        return None
    for c in verbs[0].children:
        if c.dep_ == "dobj":
            keys = keys_of(c, persons, True)
            if keys and keys & CHAMBERS:
                return keys
    return None


def doer(verbs: Iterable[Token], persons: bool = False,
         normal: bool = False) -> frozenset[str] | None:  # fmt: skip
    """The keys of who does the act of ``verbs`` (the chain from the root to the act
    verb, ``title_acts.act_verb``); None when no doer is named. ``normal``: session
    32's normaliser rules (module docstring)."""
    verbs = list(verbs)
    if normal:
        chamber = chamber_object(verbs, persons)
        if chamber is not None:
            return chamber
    s = subject(verbs, normal)
    if s is None:
        return None
    return keys_of(s, persons, normal)


def differ(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Two doers, both named, with no key in common."""
    return bool(a) and bool(b) and not a & b  # type: ignore[operator]
