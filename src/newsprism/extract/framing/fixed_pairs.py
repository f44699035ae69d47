"""A field's plain term: a detector flag that is half of a fixed pair of general English.

Readers' commonest wrong framing flag is a field's plain word in the outlet's voice
("racial profiling", "grand larceny", "vowing to crack down on the market"): the
MiniLM reads "profiling" or "crack" as loaded, but the pair is how the field names the
thing or the act, so no outlet chose the word. Whether a pair is fixed is read from a
frequency table of general English outside every evaluation set
(``data/fixed_pairs.tsv.gz``, built by ``scripts/build_fixed_pairs.py`` from
symspellpy's packaged Google Books counts: 40,963 pairs of content words, or of a
verb and its particle, with high mutual information), not from BASIL or NeuS.

The pair is the flagged word and its neighbour in a set syntactic slot: a noun right
before the noun it modifies ("election fraud", "suicide bomber"), the noun after a
modifier ("racial profiling", "grand larceny"), a verb and its particle ("crack down",
"ironed out"). Only a flagged noun or verb is judged: an adjective in a fixed pair is
as often the evaluative half of an idiom ("double standard", "wishful thinking", "a
blind eye") as a field's term ("punitive damages"); read on NeuS raw rows 0–505, the
adjectives the first version dropped were 1 right ("the sharp rise") and 5 wrong. A
word that a strong bias lexicon lists (MPQA strongly subjective, Recasens et al., Spinde
et al.) keeps its flag even in a fixed pair ("far cry", which BASIL marks)
(docs/eval-framing.md, "Session 26: plain terms").
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Token

from newsprism.extract.framing.evidence import evidence_lists
from newsprism.extract.framing.features import is_candidate
from newsprism.extract.framing.thing_names import names_a_thing

PAIRS_FILE = "fixed_pairs.tsv.gz"
STRONG_LISTS = ("mpqa_strong", "recasens", "spinde")
_MODIFIER = frozenset({"amod", "compound", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
JUDGED = frozenset({"NOUN", "VERB"})  # the flagged word's part of speech


@cache
def fixed_pairs() -> frozenset[tuple[str, str]]:
    """The packaged pairs, lower case (first word, second word)."""
    raw = files("newsprism").joinpath("data", PAIRS_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset(tuple(line.split("\t")) for line in lines  # type: ignore[misc]
                     if line and not line.startswith("#"))  # fmt: skip


@cache
def _strong_words() -> frozenset[str]:
    lists = evidence_lists()
    return frozenset().union(*(lists[name] for name in STRONG_LISTS))


def _neighbours(token: Token) -> list[tuple[Token, Token]]:
    """``token`` with each adjacent word it forms a set slot with, in text order."""
    doc, i = token.doc, token.i
    out = []
    if token.dep_ in _MODIFIER and token.head.i == i + 1 and token.head.pos_ in _NOUNS:
        out.append((token, token.head))  # "punitive damages"
    if i > 0 and token.pos_ in _NOUNS:
        left = doc[i - 1]
        if left.head.i == i and left.dep_ in _MODIFIER:
            out.append((left, token))  # "racial profiling"
    if i + 1 < len(doc) and token.pos_ == "VERB":
        right = doc[i + 1]
        if right.head.i == i and right.dep_ == "prt":
            out.append((token, right))  # "ironed out"
    return out


def _listed(first: Token, second: Token) -> bool:
    """The pair (as written or by lemma; a hyphenated word by its last piece) is fixed."""
    table = fixed_pairs()
    firsts = {first.lower_.rsplit("-", 1)[-1], first.lemma_.lower()}
    seconds = {second.lower_.split("-", 1)[0], second.lemma_.lower()}
    return any((a, b) in table for a in firsts for b in seconds)


def in_fixed_pair(token: Token) -> bool:
    """``token`` is half of a fixed pair with its neighbour (:func:`_neighbours`)."""
    return any(_listed(a, b) for a, b in _neighbours(token))


def plain_fixed_term(doc: Doc, a: int, b: int) -> bool:
    """Every candidate word of the flagged ``doc[a:b]`` is a noun or verb, half of a
    fixed pair and in no strong bias lexicon: the field's name for the thing or the act,
    not the outlet's choice — or an adjective naming a kind of thing with its noun
    (:mod:`.thing_names`: "unleaded gasoline", session 38)."""
    strong = _strong_words()
    words = [t for t in doc[a:b] if is_candidate(t)]
    return bool(words) and all(
        (t.pos_ in JUDGED and t.lower_ not in strong and t.lemma_.lower() not in strong
         and in_fixed_pair(t)) or names_a_thing(t, strong)
        for t in words
    )  # fmt: skip
