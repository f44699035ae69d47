"""Two verbs that name one act, read from WordNet's senses (issue 12, session 33).

An opening line is cited to another outlet whose lead states its core event
(:mod:`newsprism.compare.opening_backers`); when the two leads' verbs differ, the pair
model decided whether they name one act, and it scores leads told in other verbs 0.00
("President Biden on Friday revoked a 2019 proclamation …" / "… on Friday shot down a
Trump proclamation …", NeuS r432). The static embedding is no help: it puts a verb as
near its opposite as its synonym ("approved" / "rejected" 0.49, "revoked" /
"reinstated" 0.40, "signed" / "ratified" 0.32, "rejected" / "turned down" 0.05;
docs/eval-compare.md, session 33).

WordNet groups verbs by sense and links opposite senses. Two verbs name one act here
when one of the first three senses of each (WordNet's order, commonest first) is the
same synset ("kill" / "defeat" a bill, "sign" / "ratify", "revoke" / "rescind" /
"overturn", "oust" / "expel", "announce" / "declare"), and no sense of one is an
antonym of a sense of the other. Rare senses are left out: "pass" is also "die", and
"fire" is "dismiss" only in its fourth sense (not joined: precision first). The table
is ``data/verb_senses.tsv.gz``, built by ``scripts/build_verb_senses.py`` from WordNet
3.0. Known gap: WordNet 3.0 has no "penalize" sense of "sanction", so "sanctioned" and
"approved" are one act to it; the rest of the event (same subject, day, figures, a
thing acted on in common) must agree as well.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

SENSES_FILE = "verb_senses.tsv.gz"
# False: two verbs are one act only by the pair model (as in session 32)
VERB_SENSES_RULE = True


@cache
def _table() -> dict[str, tuple[frozenset[int], frozenset[int]]]:
    """lemma -> (its first senses' synsets, the synsets its senses are antonyms of)."""
    raw = files("newsprism").joinpath("data", SENSES_FILE).read_bytes()
    table = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, senses, opposites = line.split("\t")
            table[lemma] = (frozenset(map(int, senses.split())),
                            frozenset(map(int, opposites.split())))
    return table


def one_act(verb: str, other: str) -> bool:
    """Whether two verb lemmas (a particle after a space: "shoot down") name one act:
    a commonest sense in common and no opposite senses (the module docstring)."""
    if verb == other:
        return True
    if not VERB_SENSES_RULE:
        return False
    one, two = _table().get(verb), _table().get(other)
    if one is None or two is None:
        return False
    return bool(one[0] & two[0]) and not (one[1] & two[0] or two[1] & one[0])
