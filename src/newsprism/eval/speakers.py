"""Is a predicted speaker the gold one? Name matching for the quote evaluations.

Gold speakers are written as a reader would name them ("Michael Steele", "a White House
spokesman", "Carl Seel's office", BASIL's "Mitt_Romney"); newsprism names the speaker as
the story's entity canonical name or the article's words. A named person matches on the
surname, and on the given names where both sides have them: an initial matches its
name ("James R. Clapper" is "James Clapper"), a nickname its formal name ("Bill" is
"William", from ``data/names.toml``), and the given names may be compared from the
surname backwards, so that a title the list below does not know ("RNC Chair Reince
Priebus", "Bishop Daniel Jenky") does not count as a given name. An unnamed source ("a
spokesman") matches on the content words of its description, or of the annotator's
gloss when that describes it ("the documents (court papers)"). A note in parentheses
("Missouri Republican senators (Blunt, Ashcroft …)") is the annotator's gloss, not the
speaker's name, and a possessive ("Carl Seel's office") counts as the owner's name. An
organisation's acronym is its name ("NRA", "N.R.A." is the "National Rifle Association":
the story names an entity by the form its reports use most, session 31). No speaker
never matches.
"""

from __future__ import annotations

import re
import unicodedata

from newsprism.extract.initials import CONNECTORS, name_words, spells

__all__ = ["name_tokens", "same_speaker"]

_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
    "governor", "president", "vice", "secretary", "gen", "general", "judge", "justice",
    "speaker", "leader", "minister", "prime", "chairman", "chairwoman", "former", "the",
    "jr", "sr", "ii", "iii", "a", "an", "of",
})  # fmt: skip
# Function words: an unnamed source matches on the content words of its description.
_FUNCTION = frozenset({
    "and", "or", "at", "for", "to", "in", "on", "by", "with", "from", "who", "that", "this",
    "these", "those", "its", "their", "his", "her",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")
_GLOSS = re.compile(r"\s*\([^)]*\)")
_GLOSS_TEXT = re.compile(r"\(([^)]*)\)")


def _plain(name: str) -> str:
    """The name without the annotator's glosses in parentheses; ``_`` is a space. Composed
    (NFC), so that a name whose accents come as combining marks (as a story's entity name
    may) is the name typed with precomposed letters."""
    name = unicodedata.normalize("NFC", name)
    return " ".join(_GLOSS.sub("", name.replace("_", " ")).split())


def name_tokens(name: str) -> list[str]:
    """Lower-cased words of a name without titles, suffixes and possessive endings; a
    curly apostrophe is the straight one ("Terry O’Neill" is "Terry O'Neill")."""
    words = (_POSSESSIVE.sub("", t.lower().replace("’", "'"))
             for t in _WORD.findall(_plain(name)))  # fmt: skip
    return [w for w in words if w and w not in _TITLES]


def _same_given(x: str, y: str) -> bool:
    from newsprism.extract.entities import load_names

    if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
        return True
    return load_names().same_person_given(x, y)


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """Given names agree read from the front, or read back from the surname."""
    forward = all(_same_given(x, y) for x, y in zip(a, b, strict=False))
    backward = all(_same_given(x, y) for x, y in zip(reversed(a), reversed(b), strict=False))
    return forward or backward


def same_speaker(predicted: str | None, gold: str) -> bool:
    """Whether ``predicted`` names the person (or unnamed source) ``gold`` names."""
    if not predicted:
        return False
    if _acronym_of(predicted, gold) or _acronym_of(gold, predicted):
        return True
    p, g = name_tokens(predicted), name_tokens(gold)
    if not p or not g:
        return False
    words = _plain(gold).split()
    named = bool(words) and words[-1][:1].isupper()
    if named:
        return any(q and q[-1] == g[-1] and _given_names_agree(q[:-1], g[:-1])
                   for q in (p, name_tokens(_owner(predicted))))  # fmt: skip
    p_words = _content(p)
    return any(bool(g_words) and 2 * len(p_words & g_words) >= len(g_words)
               for g_words in (_content(g), *_glossed(gold)))  # fmt: skip


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")


def _acronym_of(short: str, name: str) -> bool:
    """``short`` is an acronym ("NRA", "N.R.A.") and ``name``, of two words or more, all
    capitalised but the connectors, has exactly its letters as initials
    (:func:`newsprism.extract.initials.spells`, the connector words read everywhere)."""
    short = short.strip()
    if not _ACRONYM.fullmatch(short):
        return False
    lettered = [w for w in name_words(_plain(name)) if w.lower() not in CONNECTORS]
    if not all(w[:1].isupper() for w in lettered):
        return False  # "the gun lobby", a description, has no initials
    return spells(short, _plain(name))


def _content(words: list[str]) -> set[str]:
    """The content words of a description: not function words, not a letter of an
    abbreviation ("U.S" is not "the U.S. Code")."""
    return {w for w in words if w not in _FUNCTION and len(w) > 1}


def _glossed(gold: str) -> list[set[str]]:
    """The content words of each gloss that describes an unnamed source: "the documents
    (court papers)" are the court papers, and a reader who names them so names the
    gold's source. A gloss that lists names ("(Blunt, Ashcroft, …)") is no description."""
    return [_content(name_tokens(m.group(1))) for m in _GLOSS_TEXT.finditer(gold)
            if "," not in m.group(1)]  # fmt: skip


def _owner(name: str) -> str:
    """ "Harry Reid's office" -> "Harry Reid": the possessor of a phrase, or ""."""
    words = _plain(name).split()
    for n, word in enumerate(words):
        if _POSSESSIVE.search(word):
            return " ".join(words[: n + 1])
    return ""
