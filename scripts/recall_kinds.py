"""The missed shared pairs of compare golds by kind, and what a threshold of its own for
each kind would add (issue 12, session 32; docs/eval-compare.md "Session 32: a statement
under two attributions, the misses by kind").

    python scripts/recall_losses.py ../shared/data --gold GOLD --cache FILE   # first
    python scripts/recall_kinds.py ../shared/data GOLD=FILE [GOLD=FILE …]

Reads ``recall_losses.py``'s recorded runs (the same-fact scores before and after every
rule, each claim's quote speakers and whether it is mostly quotation) and sorts
every claim pair of two articles by a kind a rule could key on:

- ``one voice, both quoted``: both sentences are mostly quotation of one speaker;
- ``one voice, quote / reported``: one speaker, one side quotation, the other not;
- ``one speaker, reported speech``: the two hold speech of one speaker (a quote or
  reported speech, its speaker a story entity), not both direct quotes of one voice;
- ``quote / paraphrase``: one side quotation, no speaker in common;
- ``reporter's words, one states more``: no quotation, one sentence under half the
  other's length;
- ``reporter's words``: the rest.

Prints (1) the missed gold pairs by kind and by the model's score, (2) for each kind and
a lower bar, the gold and not-gold sentence pairs that bar would add (pairs no rule
vetoes, under today's threshold after every link): a kind's own threshold keeps
precision only where the pairs it adds are gold at the precision kept (0.93).
Writes nothing.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recall_losses import BINS

from newsprism.compare.same_fact import load_same_fact_model
from newsprism.eval.compare_gold import load_compare_gold

BARS = (0.20, 0.15, 0.10, 0.05)


def kind_of(seen: dict, i: int, j: int) -> str:
    """The kind of claim pair (i, j) (module docstring)."""
    quoted, voices, said = seen["quotation"], seen["voices"], seen["said_by"]
    same = bool(voices[i] & voices[j])
    if not same and said[i] & said[j]:
        return "one speaker, reported speech"
    if same and quoted[i] and quoted[j]:
        return "one voice, both quoted"
    if same and quoted[i] != quoted[j]:
        return "one voice, quote / reported"
    if quoted[i] != quoted[j]:
        return "quote / paraphrase"
    if quoted[i]:
        return "two quotations, other voices"
    if seen["lengths"][i, j] < 0.5:
        return "reporter's words, one states more"
    return "reporter's words"


def _pairs(story, seen: dict, threshold: float, vetoes: tuple[str, ...]):
    """(kind, raw score, gold?, linked?, vetoed?, ref pair) of every cross-article pair."""
    claims = seen["claims"]
    refs = [story.refs(aid, s, e) for _, aid, s, e, _ in claims]
    gold = story.shared_pairs()
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i][1] == claims[j][1]:
                continue
            pairs = {frozenset((a, b)) for a in refs[i] for b in refs[j]}
            vetoed = any(seen["features"][v][i, j] for v in vetoes)
            yield (kind_of(seen, i, j), float(seen["raw"][i, j]), bool(pairs & gold),
                   seen["linked"][i, j] >= threshold, vetoed, pairs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("runs", nargs="+", help="GOLD=CACHE of recall_losses.py")
    args = parser.parse_args(argv)
    basil = args.data / "basil" if (args.data / "basil").is_dir() else args.data
    model = load_same_fact_model()
    vetoes = (*model.vetoes, *model.soft_vetoes)
    missed, added = Counter(), Counter()
    for run in args.runs:
        gold, cache = run.split("=")
        stored = pickle.loads(Path(cache).read_bytes())
        for story in load_compare_gold(Path(gold), basil):
            rows = list(_pairs(story, stored[story.triplet], model.threshold, vetoes))
            found = {p for row in rows if row[3] for p in row[5]}
            for kind, raw, is_gold, linked, vetoed, _ in rows:
                if not linked and not vetoed:
                    for bar in BARS:
                        if raw >= bar:
                            added[(kind, bar, is_gold)] += 1
            best: dict = {}
            for kind, raw, _, _, _, pairs in rows:
                for p in pairs & story.shared_pairs() - found:
                    if p not in best or raw > best[p][1]:
                        best[p] = (kind, raw)
            for kind, raw in best.values():
                missed[(kind, next(edge for edge in BINS if raw >= edge))] += 1
    _print(missed, added)


def _print(missed: Counter, added: Counter) -> None:
    kinds = sorted({k for k, _ in missed}, key=lambda k: -sum(n for (q, _), n in missed.items()
                                                              if q == k))  # fmt: skip
    print("| kind | missed | " + " | ".join(f"≥ {e:.2f}" for e in BINS) + " |")
    print("|---|---|" + "---|" * len(BINS))
    for k in kinds:
        cells = " | ".join(str(missed[(k, e)]) for e in BINS)
        print(f"| {k} | {sum(missed[(k, e)] for e in BINS)} | {cells} |")
    print("\n| kind | " + " | ".join(f"bar {b:.2f}: gold / not" for b in BARS) + " |")
    print("|---|" + "---|" * len(BARS))
    for k in kinds:
        cells = " | ".join(f"{added[(k, b, True)]} / {added[(k, b, False)]}" for b in BARS)
        print(f"| {k} | {cells} |")


if __name__ == "__main__":
    np.set_printoptions(precision=3)
    main()
