"""A field's term in the outlet's voice: a detector flag WordNet names as a technical word.

Readers' commonest wrong framing flag is an ordinary or technical word the outlet uses
to say what happened ("looters", "teeing up" a vote, "in alphabetical order", a
"zoonotic" spillover): the MiniLM reads the rare word as loaded, but no outlet chose it
to judge. WordNet 3.0 says so of a word's commonest sense in two ways, read from a
packaged table (``data/field_terms.tsv.gz``, built by ``scripts/build_field_terms.py``;
outside every evaluation set): the sense belongs to a field (a topic-domain label:
"looter" war, "tee" golf, "catalyze" chemistry, "stipulation" law), or it is a
relational adjective ("alphabetical": of the alphabet; "suborbital", "journalistic").

A flag is dropped only when it is in the outlet's own voice (not quoted, no speaker)
and **every** candidate word in it is such a term and listed by none of the bias
lexicons the detector reads (MPQA strongly or weakly subjective, Recasens et al.,
Spinde et al.): WordNet gives relational readings to loaded words too ("fascist",
"incendiary", "draconian"), and the lexicons keep those. A phrase with one loaded
word ("treasured entitlement") stays. Verbs are not judged: a field's verb is as often
the outlet's figure ("peppered him with attacks", "trafficked in conspiracy theories",
"yoking him with the nickname") as its plain word ("teeing up" a vote); read on NeuS
and PolNeAR, the first version's verbs were 4 right and 4 wrong. Nor is an adjective
written with a capital inside a sentence: a name's adjective is an allusion
("Their Orwellian fantasy"), not a field's term. Measured on BASIL 2010–2012 and read on NeuS and
PolNeAR in docs/eval-framing.md, "Session 28: ordinary words".
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from spacy.tokens import Doc, Token

from newsprism.extract.framing.evidence import LISTS, evidence_lists
from newsprism.extract.framing.features import is_candidate
from newsprism.extract.framing.results import LoadedWord

TERMS_FILE = "field_terms.tsv.gz"
WORDNET_POS = {"NOUN": "noun", "ADJ": "adj", "ADV": "adv"}  # no verbs: see the docstring


@cache
def field_terms() -> frozenset[tuple[str, str]]:
    """The packaged (lemma, WordNet part of speech) pairs whose first sense is a term."""
    raw = files("newsprism").joinpath("data", TERMS_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset((f[0], f[1]) for f in (line.split("\t") for line in lines
                                             if line and not line.startswith("#")))  # fmt: skip


@cache
def listed_words() -> frozenset[str]:
    """Every word of the bias lexicons the detector reads (a loaded word stays)."""
    lists = evidence_lists()
    return frozenset().union(*(lists[name] for name in LISTS))


_listed_words = listed_words  # the name scripts/framing_field_figures.py imports


def is_field_term(token: Token) -> bool:
    """``token``'s commonest WordNet sense is a field's term and no bias lexicon lists it
    (a noun, adjective or adverb written in lower case)."""
    pos = WORDNET_POS.get(token.pos_)
    forms = {token.lower_, token.lemma_.lower()}
    capital = token.text[:1].isupper() and not token.is_sent_start  # "Orwellian"
    if pos is None or capital or forms & listed_words():
        return False
    return any((form, pos) in field_terms() for form in forms)


def drop_field_terms(doc: Doc, loaded: Sequence[LoadedWord]) -> list[LoadedWord]:
    """``loaded`` without the outlet's own flags made only of field terms (and of a
    field verb's negated participle, :mod:`.statuses`: "unvaccinated", session 29)."""
    from newsprism.extract.framing.statuses import is_field_status  # imports this module

    kept = []
    for word in loaded:
        span = word.span
        if not span.in_quote and not span.speaker:
            found = doc.char_span(span.start, span.end, alignment_mode="expand")
            words = [t for t in found if is_candidate(t)] if found is not None else []
            if words and all(is_field_term(t) or is_field_status(t) for t in words):
                continue  # "looters", "in alphabetical order", "unvaccinated"
        kept.append(word)
    return kept
