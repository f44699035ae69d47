"""Leads that state one event: two reports' lead sentences joined as a shared fact on
the story's evidence, where the pair model alone scores them just under its bar.

The same-fact model (:mod:`newsprism.compare.same_fact`) reads a sentence pair alone.
It does not know that both sentences are their reports' leads (the first body
sentence, where a news report states its event), nor that the reports' titles echo
each other. Outlets word one event differently in their leads ("endorsed Perry" /
"announced he will endorse Perry"), so such a pair often scores 0.15-0.23, under the
model's threshold. Measured on the dev golds (compare-basil-train and compare-basil's
2010-2012 stories: 51 pairs of two reports' leads, 37 of them the gold's same fact, 13
shared by the output; docs/compare.md "Leads that state one event (session 24)"): two
leads with model probability at least :data:`LEAD_FLOOR`, a shared story entity,
titles that echo each other (:data:`TITLE_ECHO_SHARE`) and no clash feature are the
gold's same fact 10 times in 10, 4 of them pairs the output did not share. A lead
against another report's second or third sentence is not joined: 9 of 9 on dev (4
new), but on NeuS row 423 it joined NPR's "Previously, the office was investigating …
in a solely civil matter" with Fox's lead on the change, and broke up the three
leads' fact.

No clash means the strict gates of any pair hold, and stricter: no disjoint numbers or
days, no negation, modality or mood on one side only, no denial, no polarity clash, no
two speakers or two quotations (:data:`CLASHES`). A pair joined this way is marked in
the fact's ``lead_pairs`` (compare JSON), so a reader sees why it is shared.

**Not kept** (:data:`LEAD_PAIRS` is off): read on NeuS rows no choice was made on, 5 of
the 7 facts it changed were right, under the 0.90 a "shared" needs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.compare.lead import content_stems, lead_claims, opening_claims
from newsprism.compare.pairs import UnitProfile, pair_features
from newsprism.models import Article, Claim

# Off: measured, not kept (session 24). On dev it joined 4 gold pairs and no false one,
# on the held-out stories none; read on 79 NeuS rows it changed 7 facts, 2 of them
# wrong (a second video release joined with the first, a price-tag cut with a new tax),
# and it reached none of the rows that asked for it (their leads score 0.004-0.09, or a
# mood veto holds). True switches it on (scripts/lead_pair_rows.py compares both).
LEAD_PAIRS = False
# the least model probability of a lead pair: on the dev golds lead pairs at 0.15-0.23
# with the other evidence were the same fact 4 of 4 new, at 0.10-0.15 1 of 3 (session 24)
LEAD_FLOOR = 0.15
# the least share of the shorter title's content stems in the other title
TITLE_ECHO_SHARE = 0.25
# features that keep a pair apart: a number, a day, a negation, a modality, a mood, a
# denial or a speaker that differs between the two sentences
CLASHES = ("number_disjoint", "specific_disjoint", "date_disjoint", "quantity_conflict",
           "negation_mismatch", "modal_mismatch", "mood_mismatch", "denial_mismatch",
           "polarity_clash", "speaker_clash", "quote_words_differ")  # fmt: skip


def title_echo(first: str, second: str) -> float:
    """The share of the shorter title's content stems (five letters) found in the other."""
    a, b = content_stems(first), content_stems(second)
    return len(a & b) / max(min(len(a), len(b)), 1)


def _lead_indices(articles: Sequence[Article], claims: Sequence[Claim]
                  ) -> dict[str, list[int]]:  # fmt: skip
    """Each article's lead (its first body sentence, a headline or standfirst above the
    body left out: :func:`newsprism.compare.lead.lead_claims`) as claim indices."""
    from newsprism.compare.headlines import is_headline

    index = {c.id: k for k, c in enumerate(claims)}
    opening = opening_claims(articles, claims, lambda c, a: is_headline(c, a, decks=False))
    return {aid: [index[c.id] for c in found] for aid, found in lead_claims(opening).items()}


def _candidates(articles: Sequence[Article], leads: dict[str, list[int]],
                raw: np.ndarray, threshold: float) -> list[tuple[int, int]]:  # fmt: skip
    """Pairs of two articles' leads whose titles echo, scored in [:data:`LEAD_FLOOR`,
    threshold) by the model."""
    titles = {a.id: a.title or "" for a in articles}
    pairs = set()
    for aid, mine in leads.items():
        for bid, theirs in leads.items():
            if bid <= aid or title_echo(titles[aid], titles[bid]) < TITLE_ECHO_SHARE:
                continue
            pairs |= {(min(i, j), max(i, j)) for i in mine for j in theirs
                      if LEAD_FLOOR <= raw[i, j] < threshold}  # fmt: skip
    return sorted(pairs)


def lead_pairs(articles: Sequence[Article], claims: Sequence[Claim],
               profiles: Sequence[UnitProfile], vectors: np.ndarray, raw: np.ndarray,
               threshold: float) -> list[tuple[int, int]]:  # fmt: skip
    """The claim index pairs the lead rule joins: two articles' leads, titles echoing,
    model probability ``raw`` in [:data:`LEAD_FLOOR`, ``threshold``), a story entity in
    common and no :data:`CLASHES` feature."""
    if not LEAD_PAIRS or len(articles) < 2:
        return []
    leads = _lead_indices(articles, claims)
    candidates = _candidates(articles, leads, raw, threshold)
    if not candidates:
        return []
    # the pair features of the sentences involved alone (the clash features are
    # pairwise: the same as over the whole story)
    rows = sorted({k for pair in candidates for k in pair})
    at = {k: n for n, k in enumerate(rows)}
    features = pair_features([profiles[k] for k in rows], vectors[rows])
    kept = []
    for i, j in candidates:
        x, y = at[i], at[j]
        if (profiles[i].entities & profiles[j].entities
                and not any(features[name][x, y] > 0 for name in CLASHES)):
            kept.append((i, j))
    return kept


def join_lead_pairs(probability: np.ndarray, pairs: Sequence[tuple[int, int]],
                    threshold: float) -> np.ndarray:  # fmt: skip
    """The grouping probabilities with each lead pair put at the threshold (a copy)."""
    out = probability.copy()
    for i, j in pairs:
        out[i, j] = out[j, i] = max(float(out[i, j]), threshold)
    return out
