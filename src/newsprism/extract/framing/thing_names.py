"""A kind of thing's name: a flagged adjective that, with its noun, is a name WordNet lists.

The MiniLM scores some adjectives as loaded for their letters or their neighbours, not
for a choice anyone made: CNBC's "a gallon of **unleaded** gasoline" (given to AAA,
0.64; docs/eval-framing.md, sessions 36–38). With the noun it modifies, such an
adjective is a lexicalised name of a kind of thing ("unleaded gasoline", "crude oil",
"nuclear weapon"), which WordNet 3.0 lists as a noun of its own. The packaged table
(``data/thing_names.tsv.gz``, built by ``scripts/build_thing_names.py``; outside every
evaluation set) keeps only compounds whose *every* sense is a concrete kind — an animal,
artifact, body part, food, natural object, plant or substance — so a figure built on a
thing's name stays flagged ("red herring", "silver bullet", "sacred cow" have other
senses or none concrete and are not in it).

Judged in every voice: a thing's name is as plain in a source's words as in the
outlet's. Only an adjective directly before the noun it modifies, and never one that a
strong bias lexicon lists (MPQA strongly subjective, Recasens et al., Spinde et al.).
Session 38, docs/eval-framing.md.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

from spacy.tokens import Token

NAMES_FILE = "thing_names.tsv.gz"
THING_NAMES_RULE = True  # the switch: False restores session 37's flags


@cache
def thing_names() -> frozenset[tuple[str, str]]:
    """The packaged (adjective, noun) pairs, lower case."""
    raw = files("newsprism").joinpath("data", NAMES_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset(tuple(line.split("\t")[:2]) for line in lines  # type: ignore[misc]
                     if line and not line.startswith("#"))  # fmt: skip


def names_a_thing(token: Token, strong: frozenset[str]) -> bool:
    """``token`` is an adjective right before the noun it modifies, the pair is a name of
    a kind of thing in the table, and no word list in ``strong`` has the adjective."""
    if not THING_NAMES_RULE or token.pos_ != "ADJ" or token.dep_ != "amod":
        return False
    head = token.head
    if head.i != token.i + 1 or head.pos_ != "NOUN":
        return False
    if token.lower_ in strong or token.lemma_.lower() in strong:
        return False
    table = thing_names()
    return any((a, b) in table for a in {token.lower_, token.lemma_.lower()}
               for b in {head.lower_, head.lemma_.lower()})  # fmt: skip
