"""Pairs of a quotation and its paraphrase: one side quotes a person (a direct quote
with a resolved speaker), the other reports what that person said or did in the
reporter's words (session 26, issue 12; docs/eval-compare.md "Session 26: a
quotation and its paraphrase").

    python scripts/quote_paraphrase_pairs.py ../shared/data --gold gold/compare-basil-train
        [--cache FILE] [--show]

Runs ``compare`` on every story of the gold with its inner steps recorded (as
``scripts/recall_losses.py`` does, plus each claim's profile), then counts the
cross-article claim pairs of that shape (:func:`newsprism.compare.quote_paraphrase.
quote_paraphrase_shape`): the missed gold pairs, the gold pairs found, and the pairs the
gold does not hold (the precision risk), and how many of each the rule would lift at
each content-share bar with no veto or clash set. ``--show`` prints the pairs the rule
lifts at the module's bar. Writes nothing but the cache.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import recall_losses

from newsprism.compare import align
from newsprism.compare import quote_paraphrase as qp
from newsprism.compare import story as story_mod
from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.eval.compare import SHARED_STATUSES
from newsprism.eval.compare_gold import load_compare_gold, ref_pairs

ROOT = Path(__file__).resolve().parents[1]
BARS = (0.3, 0.4, 0.5, 0.6, 0.7)


def _record(story) -> dict[str, Any]:
    """recall_losses' record of one story, with the claims' profiles and every clash
    feature the rule reads."""
    kept: dict[str, Any] = {}
    original = story_mod.claim_profiles

    def spy(*args, **kwargs):
        profiles = original(*args, **kwargs)
        kept["profiles"] = profiles
        return profiles

    story_mod.claim_profiles, align.QUOTE_PARAPHRASE = spy, False  # main's output
    try:
        seen = recall_losses._record(story)
    finally:
        story_mod.claim_profiles, align.QUOTE_PARAPHRASE = original, True
    profiles = kept["profiles"]
    features = pair_features(profiles, _unit_rows(len(profiles)))
    seen["clash"] = {k: features[k] > 0 for k in qp.CLASHES if k in features}
    seen["profiles"] = [qp.Side.of(p) for p in profiles]
    return seen


def _unit_rows(n: int):
    """Placeholder vectors: the clash features read no embedding."""
    import numpy as np

    return np.eye(max(n, 1), dtype=np.float32)[:n]


def _runs(stories, cache: Path | None) -> dict[str, dict]:
    stored = pickle.loads(cache.read_bytes()) if cache and cache.exists() else {}
    for story in stories:
        if story.triplet not in stored:
            print(f"running {story.triplet}", file=sys.stderr)
            stored[story.triplet] = _record(story)
            if cache:
                cache.write_bytes(pickle.dumps(stored))
    return stored


def _predicted(story, seen, refs) -> set:
    index = {cid: i for i, (cid, *_r) in enumerate(seen["claims"])}
    out = set()
    for status, ids in seen["facts"]:
        if status in SHARED_STATUSES:
            out |= ref_pairs([r for c in ids if c in index for r in refs[index[c]]])
    return out


def story_pairs(story, seen) -> list[dict[str, Any]]:
    """Every cross-article claim pair of the shape, with its gold status."""
    claims, sides = seen["claims"], seen["profiles"]
    refs = [story.refs(aid, s, e) for _, aid, s, e, _ in claims]
    gold, shown = story.shared_pairs(), _predicted(story, seen, refs)
    out = []
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i][1] == claims[j][1] or not refs[i] or not refs[j]:
                continue
            shape = qp.shape(sides[i], sides[j])
            if shape is None:
                continue
            pairs = {frozenset((a, b)) for a in refs[i] for b in refs[j] if a != b}
            clash = [k for k, m in seen["clash"].items() if m[i, j]]
            out.append({"i": i, "j": j, "share": shape, "clash": clash,
                        "gold": bool(pairs & gold), "shown": bool(pairs & shown),
                        "raw": float(seen["raw"][i, j]), "pairs": pairs,
                        "texts": (claims[i][4], claims[j][4])})  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil-train")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    basil = args.data / "basil" if (args.data / "basil").is_dir() else args.data
    stories = load_compare_gold(args.gold, basil)
    runs = _runs(stories, args.cache)
    threshold = load_same_fact_model().threshold
    shape, lifted, show = Counter(), Counter(), []
    for story in stories:
        for p in story_pairs(story, runs[story.triplet]):
            kind = ("gold found" if p["shown"] else "gold missed") if p["gold"] else "not gold"
            shape[kind] += 1
            if p["clash"] or p["raw"] >= threshold:
                continue
            for bar in BARS:
                if p["share"] >= bar:
                    lifted[kind, bar] += 1
            if p["share"] >= qp.CONTENT_SHARE:
                show.append((kind, story.triplet[:8], p))
    print("pairs of the shape:", dict(shape))
    print("| bar | gold missed lifted | gold found | not gold lifted |\n|---|---|---|---|")
    for bar in BARS:
        print(f"| {bar} | {lifted['gold missed', bar]} | {lifted['gold found', bar]} | "
              f"{lifted['not gold', bar]} |")
    for kind, triplet, p in show if args.show else ():
        print(f"\n[{kind}] {triplet} share {p['share']:.2f} raw {p['raw']:.3f}\n"
              f"  A: {p['texts'][0]}\n  B: {p['texts'][1]}")


if __name__ == "__main__":
    main()
