"""Why a partial-overlap gold pair is still missed through the fact units.

Used by ``scripts/unit_sweep.py --misses``: each gold pair that complete link misses,
of which one sentence is in more gold facts than the other (it states more), goes into
the first cause that applies (docs/eval-compare.md, "Partial overlap, session 18").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
from same_fact_errors import _LABEL_CLAIM
from unit_link_pairs import grouped

from newsprism.compare.units import UnitReading
from newsprism.eval.compare_gold import parse_ref, ref_pairs

CAUSES = (
    "linked, dropped by complete link",
    "not read: whole sentences under the floor",
    "the sentence that states more is not cut (no unit)",
    "a unit pair at the threshold, vetoed on the units",
    "a unit pair at the threshold, zeroed (part not shown / unresolved reporter)",
    "the matching unit is under 4 words or 4 content words",
    "best unit pair 0.3 to the threshold (the score)",
    "no unit matches (best unit pair < 0.3)",  # split by band and words shared
)


def _no_veto_best(reader, setting) -> np.ndarray:
    """The best unit pair of each sentence pair, the model's vetoes not applied."""
    if not hasattr(reader, "_free"):
        from unit_sweep import CUTS, _loose_pool  # here: a cycle otherwise

        from newsprism.compare import unit_cuts

        free = replace(reader.model, vetoes=(), soft_vetoes=())
        shipped = unit_cuts._is_cut
        unit_cuts._is_cut = CUTS[setting.cut]
        try:
            reader._free = _loose_pool(reader.inputs, reader.raw, reader.embedder, free)
        finally:
            unit_cuts._is_cut = shipped
    from unit_sweep import _masked_pool

    pool = _masked_pool(reader._free, reader.raw, setting)
    return UnitReading(pool, reader.base, reader.model.threshold,
                       unit_threshold=setting.threshold).best


def _loose_best(reader, setting) -> np.ndarray:
    """The best unit pair when units of 2 words and 2 content words are kept."""
    loose = replace(setting, words=2, content=2)
    return reader.reading(loose).best


def sort_misses(reader, setting, show: bool = False) -> Counter:
    """The partial-overlap gold pairs ``reader``'s story misses at ``setting``, by cause."""
    reading = reader.reading(setting)
    linked = reading.linked()
    found = grouped(linked, reader.model.threshold, reader.claims, reader.refs)
    claim_of = {r: k for k, rs in enumerate(reader.refs) for r in rs}
    facts_per_ref = Counter(parse_ref(r) for f in reader.story.facts for r in f["sentences"])
    from unit_sweep import fits  # here: a cycle otherwise

    has_units = {i for i, u in reading.pool.owners if u is not None and fits(u, setting)}
    free, loose = _no_veto_best(reader, setting), _loose_best(reader, setting)
    plain = reading.pool.best(n=len(reader.claims))
    counts: Counter = Counter()
    for fact in reader.story.facts:
        for pair in ref_pairs([parse_ref(r) for r in fact["sentences"]]):
            a, b = sorted(pair)
            if pair in found or a not in claim_of or b not in claim_of:
                continue
            if facts_per_ref[a] == facts_per_ref[b]:
                continue
            i, j = claim_of[a], claim_of[b]
            longer = i if facts_per_ref[a] > facts_per_ref[b] else j
            cause = _cause(reader, setting, i, j, longer, linked, has_units, free, loose,
                           plain, reading.best)
            counts[(cause, _fact_kind(fact), _whole(reader, i, j))] += 1
            if show:
                print(f"[{cause}] best {reading.best[i, j]:.3f} whole {reader.raw[i, j]:.3f}"
                      f" | {fact['claim']}\n   A: {reader.claims[i].text[:200]}\n"
                      f"   B: {reader.claims[j].text[:200]}")
    return counts


def _fact_kind(fact) -> str:
    """core (the story's event), label (a title or office told in passing, as
    same_fact_errors.py reads it) or other (a side fact)."""
    if fact["core"]:
        return "core"
    return "label" if _LABEL_CLAIM.search(fact["claim"]) else "other"


def _whole(reader, i, j) -> str:
    """Whether a rule set the whole pair to 0 (vetoed) or the model left it under."""
    vetoed = reader.base[i, j] == 0 and reader.raw[i, j] > 0
    return "whole vetoed" if vetoed else "whole under"


def _cause(reader, setting, i, j, longer, linked, has_units, free, loose, plain, best) -> str:
    t = setting.threshold
    if linked[i, j] >= reader.model.threshold:
        return CAUSES[0]
    if reader.raw[i, j] < setting.floor:
        return CAUSES[1]
    if longer not in has_units:
        return CAUSES[2]
    if plain[i, j] >= t:
        return CAUSES[4]
    if free[i, j] >= t:
        return CAUSES[3]
    if loose[i, j] >= t:
        return CAUSES[5]
    if best[i, j] >= 0.3:
        return CAUSES[6]
    band = "0.1-0.3" if best[i, j] >= 0.1 else "< 0.1"
    shorter = j if longer == i else i
    words = _lemmas(reader.inputs[3][shorter])
    held = len(words & _lemmas(reader.inputs[3][longer])) / max(len(words), 1)
    told = "half or more of the shorter's words in the other" if held >= 0.5 else \
        "under half of the shorter's words in the other"
    return f"no unit matches, best unit pair {band}, {told}"


def _lemmas(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
            and not t.is_stop}


def minilm_check(readers, setting) -> None:
    """Would a paraphrase encoder see the fact a unit shares? For every sentence pair of
    two articles read through its units (at ``setting``'s floor) that the model leaves
    under its threshold: the best MiniLM cosine (the packaged ``minilm-onnx``) over the
    same unit pairs the model reads, against gold, alone and with the model's best unit
    pair. Prints one line per cut-off."""
    from unit_sweep import _masked_pool

    from newsprism.compare.units import UnitPool  # here: only with --minilm
    from newsprism.embeddings import get_embedder

    encoder, rows = get_embedder("minilm-onnx"), []
    for r in readers:
        pool = _masked_pool(r.pool(setting.cut), r.raw, setting)
        if not pool.owners:
            continue
        vectors = encoder.encode([r.claims[i].text if u is None else u.text
                                  for i, u in pool.owners])  # fmt: skip
        vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        # the pairs the model reads: the pool's non-zero ones (no two wholes, no unit cut
        # away as too small, no two parts of one sentence)
        cosine = np.where(pool.probability > 0, np.clip(vectors @ vectors.T, 0, 1), 0)
        read = UnitReading(UnitPool(pool.owners, cosine.astype(np.float32), pool.voices,
                                    pool.candidate), r.base, r.model.threshold)  # fmt: skip
        model = UnitReading(pool, r.base, r.model.threshold)
        under = np.triu(pool.candidate & (r.base < r.model.threshold))
        rows += [(read.best[i, j], model.best[i, j], r.is_gold(i, j))
                 for i, j in zip(*np.nonzero(under), strict=True)]  # fmt: skip
    table = np.array(rows, dtype=float)
    print(f"pairs read under the threshold: {len(table)}, gold {int(table[:, 2].sum())}")
    for model_at, cosine_at in ((0, 0.6), (0, 0.7), (0, 0.75), (0, 0.8), (0.2, 0.6),
                                (0.3, 0.6), (0.4, 0.6), (0.5, 0)):  # fmt: skip
        hit = (table[:, 0] >= cosine_at) & (table[:, 1] >= model_at)
        new = hit & (table[:, 1] < setting.threshold)
        print(f"MiniLM cosine >= {cosine_at}, model unit pair >= {model_at}: "
              f"{int(hit.sum())} pairs, {int(table[hit, 2].sum())} gold; not linked now: "
              f"{int(new.sum())} pairs, {int(table[new, 2].sum())} gold")
