"""What the clause event link adds on the compare gold: gold and false pairs.

    python scripts/event_link_pairs.py ../shared/data [--years 2010,2011,2012] [--show]

For every compare-gold story of the given years, runs the runtime alignment with and
without the ``event_link`` rule (compare/events.py) and counts, over cross-article
sentence pairs the model leaves under its threshold and no veto sets to 0, the pairs
the link raises: gold (in one gold fact group) and false. Then the grouped figures
(complete link) with the link and without: gold pairs found and false pairs made.
``--show`` prints every pair the link adds, with the event keys both share. Writes
nothing.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from train_same_fact import story_units  # the same runtime path as the model's training

from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import complete_link_groups, load_same_fact_model
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import load_compare_gold, ref_pairs
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]


def grouped_pairs(model, features, claims, refs) -> set:
    """The gold-ref pairs the shared groups put together."""
    probability = model.probabilities(features)
    probability[range(len(claims)), range(len(claims))] = 1.0
    groups = complete_link_groups(probability, model.threshold, [c.article_id for c in claims])
    found = set()
    for g in groups:
        if len({claims[i].article_id for i in g}) > 1:
            found |= ref_pairs([r for i in g for r in refs[i]])
    return found


def story_counts(nlp, embedder, story, show: bool) -> dict:
    claims, vectors, profiles = story_units(nlp, embedder, story)
    model = load_same_fact_model()
    without = replace(model, links=tuple(x for x in model.links if x != "event_link"))
    with_link = replace(model, links=(*without.links, "event_link"))
    features = pair_features(profiles, vectors)
    base = without.probabilities(features)
    refs = [story.refs(c.article_id, c.start, c.end) for c in claims]
    gold = story.shared_pairs()
    added = {"gold": 0, "false": 0, "vetoed_gold": 0, "vetoed_false": 0, "fires_gold": 0,
             "fires_false": 0}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if not features["event_link"][i, j]:
                continue
            pairs = {frozenset((x, y)) for x in refs[i] for y in refs[j] if x[0] != y[0]}
            kind = "gold" if pairs & gold else "false"
            added[f"fires_{kind}"] += 1  # every pair the rule holds, whatever the model says
            if base[i, j] >= model.threshold:
                continue
            vetoes = [v for v in model.vetoes if features[v][i, j] > 0]
            if vetoes:
                added[f"vetoed_{kind}"] += 1
                kind += " vetoed " + ",".join(vetoes)
            else:
                added[kind] += 1
            if show:
                keys = sorted(profiles[i].events & profiles[j].events)
                print(f"[{kind} p={base[i, j]:.3f}] {keys[:3]}\n   A: {claims[i].text[:170]}"
                      f"\n   B: {claims[j].text[:170]}")
    before = grouped_pairs(without, features, claims, refs)
    after = grouped_pairs(with_link, features, claims, refs)
    return {"link_gold": added["gold"], "link_false": added["false"],
            "vetoed_gold": added["vetoed_gold"], "vetoed_false": added["vetoed_false"],
            "fires_gold": added["fires_gold"], "fires_false": added["fires_false"],
            "gold": len(gold),
            "tp_before": len(before & gold), "pred_before": len(before),
            "tp_after": len(after & gold), "pred_after": len(after)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil")
    parser.add_argument("--years", default="2010,2011,2012")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    years = set(args.years.split(","))
    nlp, embedder = load_nlp(), get_embedder("static")
    total: dict[str, int] = {}
    for story in load_compare_gold(args.gold, args.data / "basil"):
        if next(iter(story.docs.values())).year not in years:
            continue
        for key, value in story_counts(nlp, embedder, story, args.show).items():
            total[key] = total.get(key, 0) + value
    for when in ("before", "after"):
        tp, pred = total[f"tp_{when}"], total[f"pred_{when}"]
        total[f"P_{when}"] = round(tp / max(pred, 1), 3)
        total[f"R_{when}"] = round(tp / max(total["gold"], 1), 3)
    print(json.dumps(total))


if __name__ == "__main__":
    main()
