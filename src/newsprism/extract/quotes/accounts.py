"""Whose account "according to X" is: an outlet's (or its report's), or a person's.

"According to ProPublica, Clinton praised her “wonderful donors”" passes on what a
news outlet found: the words in marks are Clinton's, as the outlet tells it, just as in
"Garland addressed “…”, the AP reported" (:mod:`relayed`). "Senate Democrats … have
asked the administration for “changes”, according to Sen. Dick Durbin" is a person's
account of what others did: the marked word is as likely his own (gold/speakers-basil3
gives it to Durbin), so a person, an official, a source, an organisation that acts in
the story ("the Iowa Democratic Party") stays the speaker of the whole, as before.

An outlet is told by its name, never by a guess from the parse alone:

- a name in the project's outlet table (``data/outlets.tsv``: "CNN", "the Associated
  Press", "The New York Times"; "AP" for the Associated Press);
- a capitalised name whose last word is a publication's ("GMA News", "the Las Vegas
  Sun", "the Daily Caller", "the Philippine Star"), not a person's name;
- a common noun for an outlet ("the newspaper", "the news outlet");
- a report, not a person: "a White House pool report", "an Associated Press account"
  with an outlet's name, "a transcript of the interview", "a Pentagon readout".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newsprism.clean.outlets import fold_outlet_name, load_outlet_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_outlet_name", "outlet_account"]

# the last word of a publication's name ("GMA News", "the Las Vegas Sun")
_PUBLICATION_WORDS = {"news", "times", "post", "journal", "herald", "tribune", "gazette",
                      "magazine", "press", "chronicle", "examiner", "caller", "beast", "sun",
                      "star", "globe", "inquirer", "ledger", "sentinel", "dispatch",
                      "courier", "telegraph", "mirror", "register", "bulletin", "reporter",
                      "wire"}  # fmt: skip
# a common noun naming an outlet ("according to the newspaper")
_OUTLET_NOUNS = {"newspaper", "paper", "outlet", "magazine", "tabloid", "broadcaster",
                 "newsletter", "website"}  # fmt: skip
# a document that reports what others said or did: its account is a relay
_REPORT_NOUNS = {"report", "reporting", "story", "article", "transcript", "readout",
                 "excerpt", "recording"}  # fmt: skip
# a document that is an account only when an outlet wrote it ("an AP account")
_OWNED_NOUNS = {"account", "analysis", "investigation", "interview"}
_ALIASES = {"ap": "associated press"}
_NAME_DEPS = {"compound", "flat", "amod"}


@lru_cache(maxsize=1)
def _table_names() -> frozenset[str]:
    """The outlet names of ``data/outlets.tsv`` (the packaged table, as
    :func:`newsprism.clean.outlets.load_outlet_table` reads it), folded (no "the", no
    "(Australia)")."""
    return frozenset({_fold(row.outlet) for row in load_outlet_table()} | set(_ALIASES))


def _fold(name: str) -> str:
    """A name compared: lower case, no leading "the", no "(…)" tag, one space (the
    outlet fold of :func:`newsprism.clean.outlets.fold_outlet_name`, as this reader
    joins a parse's words)."""
    return fold_outlet_name(name, one_space=True)


def _name(noun: Token) -> list[Token]:
    """The capitalised run of words a noun heads ("Las Vegas Sun"), or [] when the noun
    itself is not capitalised."""
    if not noun.text[:1].isupper():
        return []
    run = [noun]
    for tok in reversed(list(noun.doc[max(0, noun.i - 5) : noun.i])):
        if tok.head.i != noun.i and tok.head.i not in {t.i for t in run}:
            break
        if tok.dep_ not in _NAME_DEPS or not (tok.text[:1].isupper() or tok.lower_ == "of"):
            break
        run.insert(0, tok)
    return run


def is_outlet_name(noun: Token) -> bool:
    """A name that is an outlet's: in the table, or ending in a publication's word."""
    run = _name(noun)
    if not run:
        return False
    if _fold(" ".join(t.text for t in run)) in _table_names():
        return True
    # a person's name is no outlet's ("Frankel", "Vermont Edition" tagged PERSON); a place
    # that ends in a publication's word is ("the Las Vegas Sun", tagged GPE)
    return len(run) > 1 and noun.lower_ in _PUBLICATION_WORDS and noun.ent_type_ != "PERSON"


def outlet_account(pobj: Token) -> bool:
    """True when "according to ``pobj``" is a news outlet's account or a report's (a
    relay), False for a person, an official, a source, an organisation or a poll."""
    lemma = pobj.lemma_.lower()
    if is_outlet_name(pobj):
        return True
    if pobj.pos_ == "PROPN":
        return False
    if lemma in _OUTLET_NOUNS or lemma in _REPORT_NOUNS:
        return not any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in pobj.children)
    if lemma in _OWNED_NOUNS:
        return any(c.dep_ in ("compound", "poss") and is_outlet_name(c) for c in pobj.children)
    return False
