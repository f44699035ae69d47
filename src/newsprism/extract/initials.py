"""A name's initials, read one way everywhere: what its acronym would be.

Four places read acronyms (merging a story's names, a name the story writes an acronym
after in brackets, one body in two job titles, and the speaker scorer), and each had
its own words that give no letter. One name could so have two acronyms in one story
("Committee on Foreign Relations": "CFR" to the scorer, "COFR" to the merge). Decided
here, once (session 32):

- **Words.** A name's words are cut at spaces, hyphens and slashes ("Anti-Defamation
  League" is ADL, "Al-Qaeda in the Arabian Peninsula" AQAP); a word's letter is its
  first letter or digit, so quotation marks and brackets around it do not count.
- **Connectors** (:data:`CONNECTORS`) give no letter: articles ("a", "an", "the"), the
  conjunctions "and" and "&", and the short prepositions of organisation names ("of",
  "for", "on", "in", "to"). NAACP is the "National Association for the Advancement of
  Colored People", CPJ the "Committee to Protect Journalists", SDS the "Students for a
  Democratic Society". Not "at", "by", "against" or "without": they are rare in such
  names and some acronyms keep them (MADD, "Mothers Against Drunk Driving").
- **An acronym's "&" and dots** are no letters ("J&J", "N.R.A."), so "AT&T" is the
  initials of "American Telephone & Telegraph" as "ATT" is.
- **Exact unless the text pairs them.** :func:`spells` asks for exactly the initials;
  only where an article writes the acronym in brackets after the name does
  :func:`spells_skipping` let any word give or skip its letter ("HHS" of "Department
  of Health and Human Services", "DOJ" of "Department of Justice"), since there the
  article itself says the two are one.
"""

from __future__ import annotations

import re

__all__ = ["CONNECTORS", "acronym_letters", "initials", "name_words", "spells",
           "spells_skipping"]  # fmt: skip

CONNECTORS = frozenset({"a", "an", "the", "and", "&", "of", "for", "on", "in", "to"})

_CUT = re.compile(r"[\s/\-–]+")
_LETTER = re.compile(r"[^\W_]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}[,;:]?")  # "U.S.", "U.K.,"
_DOTTED_LETTERS = re.compile(r"[a-z](?=\.)")


def name_words(name: str) -> list[str]:
    """The words of a name, cut at spaces, hyphens and slashes ("Anti-Defamation" is two
    words), each with at least one letter or digit, or the word "&"."""
    return [w for w in _CUT.split(name.strip()) if w == "&" or _LETTER.search(w)]


def _letter(word: str) -> str:
    """A word's letter: its first letter or digit, folded ("(Health" gives "h")."""
    found = _LETTER.search(word)
    return found.group(0).lower() if found else ""


def initials(name: str) -> str:
    """The folded initials of a name's words, connectors left out ("World Wrestling
    Entertainment" → "wwe"); "" when fewer than two words give a letter, since one word
    has no acronym to read."""
    words = [w for w in name_words(name) if w.lower() not in CONNECTORS]
    return "".join(_letter(w) for w in words) if len(words) > 1 else ""


def acronym_letters(acronym: str) -> str:
    """An acronym's folded letters and digits, its dots and "&" left out ("N.R.A." →
    "nra", "AT&T" → "att")."""
    return "".join(c for c in acronym.lower() if c.isalnum())


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym of two letters or more is exactly the initials of the name
    (:func:`initials`): "NAACP", "N.A.A.C.P." of "National Association for the
    Advancement of Colored People"; not "NAP" of it."""
    letters = acronym_letters(acronym)
    return len(letters) >= 2 and letters == initials(name)


def spells_skipping(acronym: str, name: str) -> bool:
    """Whether an acronym's capitals are, in order, initials of the name's words, any
    word (a connector too) giving or skipping its letter, and each letter of a dotted
    abbreviation counting: "HHS" of "Department of Health and Human Services", "DoD"
    of "Department of Defense", "USCCB" of "U.S. Conference of Catholic Bishops"; not
    "CNN" of "New Hampshire". Only for a name and acronym the article pairs itself
    (brackets)."""
    capitals = [c.lower() for c in acronym if c.isupper()]
    words = name_words(name)
    letters = iter(c for w in words for c in (_DOTTED_LETTERS.findall(w.lower())
                                               if _DOTTED.fullmatch(w) else [_letter(w)]))
    return (len(words) >= 2 and len(capitals) >= 2
            and all(any(c == i for i in letters) for c in capitals))
