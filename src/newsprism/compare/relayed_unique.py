"""A unique fact that relays a story's outlet is checked against that outlet's sentences.

Newsmax's "CNN said the IG's office announced the probe on Friday." passes on what CNN
said, and CNN's own article is in the story: its first sentence ends "…, the office
announced Friday." (NeuS raw row 353, docs/compare.md "Attribution tails (session 24)").
The loose tests of :mod:`newsprism.compare.unique` read the relay's own words ("CNN",
"say") as words of the fact, so the relayed fact had 3 content words of 7 in common with
CNN's sentence: no test passed, and it was shown as unique (and, CNN's text being cut,
"unknown whether it says it").

Here a fact still unique after that check whose sentence relays an outlet with an
article in the story is tested again on the relayed words only (the fact's content
lemmas less the cue's: "IG office announce probe Friday") against the sentences of
that outlet's article alone, by the "words" test
(:func:`newsprism.compare.unique.key_words_shared`: three content words in common, at
least half of the shorter side's). A sentence that passes is shown as one to check
(``possibly_shared``, ``hedge`` "check", the row marked ``relayed``): never "shared",
for the relay names where to look, not that the fact is the same.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from newsprism.compare.align import AlignedClaim
from newsprism.compare.relays import Relay, article_of_outlet
from newsprism.compare.unique import (
    CHECK,
    POSSIBLY_SHARED,
    _OtherOutlets,
    key_words_shared,
)
from newsprism.models import Article, Claim


def cue_lemmas(doc: Any, relay: Relay) -> set[str]:
    """The lower-cased lemmas and words of a relay's cue ("CNN said": cnn, say, said)."""
    span = doc.char_span(relay.start, relay.end, alignment_mode="expand")
    return {w for t in (span or []) for w in (t.lemma_.lower(), t.lower_)}


def relayed_partners(mine: Claim, relayed: set[str], source: str, claims: Sequence[Claim],
                     lemma_of: Mapping[str, set[str]]) -> list[Claim]:  # fmt: skip
    """The sentences of the relayed article (``source``) that pass the words test on
    ``relayed`` (the fact's lemmas less its cue's), most words in common first."""
    if not relayed:
        return []
    found = []
    for other in claims:
        if other.article_id != source or other.article_id == mine.article_id:
            continue
        if key_words_shared(relayed, lemma_of[other.id]):
            found.append((len(relayed & lemma_of[other.id]), other))
    return [c for _, c in sorted(found, key=lambda pair: -pair[0])]


def recheck_relayed(facts: Sequence[AlignedClaim], claims: Sequence[Claim],
                    lemmas: Sequence[set[str]], relays: Mapping[str, Relay],
                    articles: Sequence[Article], docs: Mapping[str, Any],
                    probability: np.ndarray | None = None) -> None:  # fmt: skip
    """Turn each unique fact that relays a story's outlet whose article states its
    relayed words into ``possibly_shared`` with those sentences to check (in place)."""
    others = _OtherOutlets(claims, lemmas, None, probability)
    for fact in facts:
        if fact.status != "unique":
            continue
        rows = []
        for mine in fact.claims:
            relay = relays.get(mine.id)
            source = relay and article_of_outlet(articles, relay.outlet)
            if relay is None or not source or mine.article_id not in docs:
                continue
            relayed = others.lemma_of[mine.id] - cue_lemmas(docs[mine.article_id], relay)
            best, _ = others.fact_rows([mine], None)
            for other in relayed_partners(mine, relayed, source, claims, others.lemma_of):
                row = others.describe([mine], other, best, None)
                row["relayed"] = True
                rows.append(row)
        if rows:
            fact.status = POSSIBLY_SHARED
            fact.hedge = CHECK
            fact.near = rows[:3]
