"""One name written two ways: the spelling-variant match of two texts' names.

Session 29 read the pieces of one event that the stream leaves apart on neus-raw
(docs/eval-clustering.md): in some, a reader sees one event because both reports name
the same thing, written differently by each outlet, and the entity column (the cosine of
exact, lower-cased names) sees nothing shared. Three kinds of writing are read here:

- *a transliteration or misspelling* of one surname or place: "Protasevich" and
  "Pratasevich" (``rapidfuzz`` ratio at least ``SPELLING_RATIO`` of the names' last
  words, each at least ``SPELLING_CHARS`` letters, neither the other plus an ending:
  "Republican" / "Republicans" is one word inflected, not two spellings; when both
  names have a given name, the two open with the same letter);
- *an acronym for words of the other*: "LA County" and "Los Angeles County" (an
  all-capitals word of two to six letters stands where the other has a run of words
  whose initials, connectors kept or left out, spell it, each of three letters or
  more, and every other word is equal);
- *a shorter name inside a longer one*: "ABC News" and "ABC News/Washington Post"
  (the shorter's words are a run of the longer's, words cut at spaces, hyphens and
  slashes). A last word alone is left out: the entity column already counts it
  ("Antony Blinken" also counts as "Blinken", ``terms.entity_frequencies``); so is a
  given name alone ("Mark" of "Mark Zuckerberg": many people's) and a word of two letters.

Names equal once lower-cased and without dots are not a variant: the entity column
counts those. A match is only as good as the names are rare: its *rarity* is the
smaller model IDF of the two names' terms (a name the table lacks was seen at most once
in training: ``default_idf``), so "Democrat" / "Democrats" or "US" / "United States"
weigh little and "Pratasevich" weighs most.

Measured in session 30 as a join condition under the threshold and not kept
(docs/eval-clustering.md, "Session 30": under the threshold a shared variant is about as
often two steps of one person's topic as one event). The clusterer does not call it;
``scripts/variant_names.py`` does.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from rapidfuzz import fuzz

from newsprism.cluster.terms import stable_hash

SPELLING_RATIO = 88  # Protasevich/Pratasevich 91, Johnson/Johnston 92, Austria/Australia 87.5
SPELLING_CHARS = 6
_ENDINGS = ("s", "es", "n", "an", "ian", "ns", "ese", "i", "is", "ic", "ics")
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "&"})
_WORD_CUT = re.compile(r"[\s/-]+")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def name_key(name: str) -> str:
    """The name as the entity column hashes it: lower case, no dots, one space."""
    return " ".join(name.lower().replace(".", "").replace("’", "'").split())


def name_idf(key: str, idf: Mapping[int, float], default_idf: float) -> float:
    """The model IDF of a name key's entity term (``terms.entity_frequencies``)."""
    return idf.get(stable_hash("e:" + key), default_idf)


def _spelled_alike(a: list[str], b: list[str]) -> bool:
    """Last words that are two spellings of one name (see the module docstring)."""
    x, y = a[-1], b[-1]
    if min(len(x), len(y)) < SPELLING_CHARS or x == y:
        return False
    short, long = sorted((x, y), key=len)
    if long.startswith(short) and long[len(short):] in _ENDINGS:
        return False
    if len(a) > 1 and len(b) > 1 and a[0][0] != b[0][0]:
        return False
    return fuzz.ratio(x, y) >= SPELLING_RATIO


def _initials(words: list[str]) -> set[str]:
    """The initials of ``words``, connectors kept, and connectors left out."""
    kept = "".join(w[0] for w in words)
    bare = "".join(w[0] for w in words if w not in _CONNECTORS)
    return {kept, bare}


def _acronym_for(a: list[str], raw_a: list[str], b: list[str]) -> bool:
    """Whether one all-capitals word of ``a`` (``raw_a``: as written) stands where ``b``
    has a run of two or more words whose initials spell it, every other word equal."""
    for i, raw in enumerate(raw_a):
        if not _ACRONYM.fullmatch(raw):
            continue
        head, tail = a[:i], a[i + 1:]
        if b[: len(head)] != head or (tail and b[-len(tail):] != tail):
            continue
        run = b[len(head): len(b) - len(tail)]
        # Words of three letters or more: "EU-UK" is no spelling out of "EU".
        spelled = all(len(w) >= 3 for w in run if w not in _CONNECTORS)
        if len(run) >= 2 and spelled and raw.lower() in _initials(run):
            return True
    return False


def _inside(short: list[str], long: list[str], spaced: int) -> bool:
    """Whether ``short`` is a run of ``long``'s words, shorter, and not its last word
    alone; one word must have three letters or more and not be the given name of a
    name of two (``spaced``: ``long``'s words cut at spaces only), as "Mark" is of
    "Mark Zuckerberg" and of many others."""
    n = len(short)
    if n >= len(long) or (n == 1 and long[-1] == short[0]):
        return False
    if n == 1 and (len(short[0]) < 3 or (spaced == 2 and long[0] == short[0])):
        return False
    return any(long[i: i + n] == short for i in range(len(long) - n + 1))


KINDS = ("acronym", "inside", "spelling")


def variant_kind(a: str, b: str) -> str | None:
    """How names ``a`` and ``b`` (as written) are one name written two ways: one of
    ``KINDS``, or None when they are not (or are the same name)."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb or not ka or not kb:
        return None
    wa, wb = _WORD_CUT.split(ka), _WORD_CUT.split(kb)
    raw_a, raw_b = _WORD_CUT.split(a.replace(".", "")), _WORD_CUT.split(b.replace(".", ""))
    if (len(raw_a) == len(wa) and _acronym_for(wa, raw_a, wb)) or (
            len(raw_b) == len(wb) and _acronym_for(wb, raw_b, wa)):  # fmt: skip
        return "acronym"
    if _inside(wa, wb, len(kb.split())) or _inside(wb, wa, len(ka.split())):
        return "inside"
    return "spelling" if _spelled_alike(wa, wb) else None


def variant_of(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b`` (as written) are one name written two ways."""
    return variant_kind(a, b) is not None


def rarest_variant(mine: Iterable[str], theirs: Iterable[str], idf: Mapping[int, float],
                   default_idf: float, kinds: Collection[str] = KINDS
                   ) -> tuple[float, str, str] | None:  # fmt: skip
    """The variant pair of the two lists of names (of one of ``kinds``) with the highest
    rarity (the smaller IDF of its two names), as ``(rarity, mine, theirs)``; None when
    no pair is one. A name both lists hold exactly is no variant of anything: it is one
    name."""
    a, b = list(dict.fromkeys(mine)), list(dict.fromkeys(theirs))
    keys_b = {name_key(n) for n in b}
    keys_a = {name_key(n) for n in a}
    best: tuple[float, str, str] | None = None
    for x in a:
        if name_key(x) in keys_b:
            continue
        for y in b:
            if name_key(y) in keys_a or variant_kind(x, y) not in kinds:
                continue
            rarity = min(name_idf(name_key(x), idf, default_idf),
                         name_idf(name_key(y), idf, default_idf))  # fmt: skip
            if best is None or rarity > best[0]:
                best = (rarity, x, y)
    return best
