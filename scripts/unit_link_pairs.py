"""What fact units add on the compare gold: each variant's pairs and grouped figures.

    python scripts/unit_link_pairs.py ../shared/data [--years 2010,2011,2012] [--show K]

For every compare-gold story of the given years, runs the runtime alignment (parse,
entities, claims, the same-fact model) and the fact units of compare/units.py, then,
for each variant (kinds of unit, strict voice, floor) and each unit threshold: the
sentence pairs the units raise to a link that the model leaves under its threshold
(gold: in one gold fact group; false: not), and the grouped figures by complete link
(shared P / R over gold pairs, as ``eval compare`` counts them). ``--show K`` prints the
pairs a variant adds at the K-th threshold, with the units that link them. Writes
nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from newsprism.compare import unit_cuts, units
from newsprism.compare.align import same_fact_scores
from newsprism.compare.pairs import claim_profiles
from newsprism.compare.same_fact import complete_link_groups, load_same_fact_model
from newsprism.compare.story import quoted_speakers, resolve_quotes
from newsprism.compare.units import KINDS, linked, unit_pool
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import load_compare_gold, ref_pairs
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.227, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)
VARIANTS = {
    "all kinds": (KINDS, False),
    "all kinds, strict voice": (KINDS, True),
    "+ frame": (KINDS | {"frame"}, False),
    "no reported": (KINDS - {"reported"}, False),
    "no apposition": (KINDS - {"apposition"}, False),
    "clauses only (main, clause, relative)": (frozenset({"main", "clause", "relative"}), False),
}


def story_inputs(nlp, embedder, story):
    """The story as compare reads it, with each claim's tokens and the mentions."""
    articles = list(story.articles.values())
    docs = dict(zip([a.id for a in articles], nlp.pipe(a.text for a in articles), strict=True))
    mentions = {aid: find_mentions(doc, aid) for aid, doc in docs.items()}
    entities = link_entities(mentions, {a.id: a.text for a in articles})
    claims = [c for aid, doc in docs.items() for c in extract_claims(doc, aid, entities.mentions)]
    spans = {aid: [q for q in extract_quotes(doc) if q.statement] for aid, doc in docs.items()}
    speakers = quoted_speakers(spans, resolve_quotes(spans, entities))
    profiles = claim_profiles(docs, claims, speakers, entities.mentions)
    tokens = [list(docs[c.article_id].char_span(c.start, c.end, alignment_mode="expand"))
              for c in claims]  # fmt: skip
    return claims, embedder.encode([c.text for c in claims]), profiles, tokens, entities


def grouped(probability, threshold, claims, refs) -> set:
    groups = complete_link_groups(probability, threshold, [c.article_id for c in claims])
    found = set()
    for g in groups:
        if len({claims[i].article_id for i in g}) > 1:
            found |= ref_pairs([r for i in g for r in refs[i]])
    return found


def story_rows(nlp, embedder, story, floor, show):
    claims, vectors, profiles, tokens, entities = story_inputs(nlp, embedder, story)
    model = load_same_fact_model()
    base, raw = same_fact_scores(claims, vectors, profiles, model)  # as compare reads them
    pool = unit_pool(claims, tokens, profiles, vectors, raw, embedder.encode, model,
                     mentions=entities.mentions, floor=floor)
    refs = [story.refs(c.article_id, c.start, c.end) for c in claims]
    gold = story.shared_pairs()
    rows = {"gold": len(gold), "pool": len(pool.owners), "sentences": len(claims)}
    before = grouped(base, model.threshold, claims, refs)
    rows["base"] = (len(before & gold), len(before))
    for name, (kinds, strict) in VARIANTS.items():
        matrix = pool.masked(kinds, strict)
        best = pool.best_of(matrix, len(claims))
        for k, t in enumerate(THRESHOLDS):
            probability = linked(base, best, model.threshold, t)
            found = grouped(probability, model.threshold, claims, refs)
            added = {"gold": 0, "false": 0}
            for i, j in zip(*np.nonzero(np.triu((best >= t) & (base < model.threshold))),
                            strict=True):
                pairs = {frozenset((x, y)) for x in refs[i] for y in refs[j] if x[0] != y[0]}
                kind = "gold" if pairs & gold else "false"
                added[kind] += 1
                if show == k and name == "all kinds":
                    a, b = pool.parts(i, j, matrix)
                    print(f"[{kind} {best[i, j]:.3f} base {base[i, j]:.3f}] "
                          f"{a.kind if a else 'whole'}/{b.kind if b else 'whole'}\n"
                          f"   A: {claims[i].text[:200]}\n   a: {a.text if a else '-'}\n"
                          f"   B: {claims[j].text[:200]}\n   b: {b.text if b else '-'}")
            rows[(name, t)] = (len(found & gold), len(found), added["gold"], added["false"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil")
    parser.add_argument("--years", default="2010,2011,2012")
    parser.add_argument("--floor", type=float, default=units.FLOOR)
    parser.add_argument("--show", type=int, default=-1, help="threshold index to print")
    parser.add_argument("--min-content", type=int, default=units.MIN_CONTENT,
                        help="content words a unit needs (compare/units.py MIN_CONTENT)")
    args = parser.parse_args()
    unit_cuts.MIN_CONTENT = args.min_content
    years = set(args.years.split(","))
    nlp, embedder = load_nlp(), get_embedder("static")
    total: dict = {}
    for story in load_compare_gold(args.gold, args.data / "basil"):
        if next(iter(story.docs.values())).year not in years:
            continue
        for key, value in story_rows(nlp, embedder, story, args.floor, args.show).items():
            old = total.get(key)
            if old is None:
                total[key] = value
            elif isinstance(value, int):
                total[key] = old + value
            else:
                total[key] = tuple(a + b for a, b in zip(old, value, strict=True))
    gold = total["gold"]
    tp, pred = total["base"]
    print(json.dumps({"years": args.years, "floor": args.floor, "gold": gold,
                      "sentences": total["sentences"], "pool": total["pool"],
                      "base P/R": [round(tp / max(pred, 1), 3), round(tp / gold, 3)]}))
    for name in VARIANTS:
        for t in THRESHOLDS:
            tp, pred, added_gold, added_false = total[(name, t)]
            print(f"{name:40s} t={t:.3f}  added gold {added_gold:3d} false {added_false:3d}  "
                  f"grouped P {tp / max(pred, 1):.3f} R {tp / gold:.3f} ({tp}/{pred})")


if __name__ == "__main__":
    main()
