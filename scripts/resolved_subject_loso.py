"""Does a resolved subject help the same-fact model? Leave one story out, before and after
(issue 12, session 34; docs/eval-compare.md "Session 34: a resolved subject").

    python scripts/resolved_subject_loso.py ../shared/data [--C 0.1,1] [--public]
        [--actors-only] [--same-actor] [--write rows.jsonl]

The 17 training stories (BASIL 2010–2012 of gold/compare-basil and
gold/compare-basil-train; a 2013–2014 story is never parsed) go through the runtime code
once (:func:`train_same_fact.story_units`, here with the entity a main-clause
"he"/"she"/"the governor" stands for added: ``compare/resolved_subject.py``, which
``compare`` does not run; ``--actors-only`` leaves out the subject of "said"). The features are
computed twice on the same units: with the resolved entities ("after") and with each
unit's entities reset to the ones its claim names ("before"). Each is scored leave one
story out (BASIL pairs only, at each ``--C``; ``--public`` adds MSRP and STS to each
fold's training, as the shipped variant, public + BASIL, C = 0.1, has them), vetoes
and links applied, the threshold at 0.90 pair precision over the pooled out-of-fold
scores: gold pairs found of all, as docs/models.md reports it. ``--write`` lists the
pairs whose entity columns changed, with both scores, for reading. Writes nothing else.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_same_fact as tsf

from newsprism.compare import resolved_subject
from newsprism.compare.pairs import REPORTING, claim_profiles
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import load_compare_gold
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
GOLDS = (ROOT / "gold" / "compare-basil", ROOT / "gold" / "compare-basil-train")


def _resolved_profiles(docs, claims, speakers=(), mentions=(), quotations=()):
    """``claim_profiles`` with the resolved subjects added (the step is not wired into
    ``compare``: session 34 measured it and did not ship it)."""
    units = claim_profiles(docs, claims, speakers, mentions, quotations)
    _SUBJECTS[:] = resolved_subject.subject_entities(docs, claims, mentions)
    for unit, (resolved, _) in zip(units, _SUBJECTS, strict=True):
        unit.entities |= resolved
    return units


_SUBJECTS: list[tuple[set[str], set[str]]] = []  # the last story's (resolved, named)


def same_actor(rows: dict, subjects: list[tuple[set[str], set[str]]]) -> np.ndarray:
    """``--same-actor``: 1 where one sentence's resolved subject is the other's subject
    (resolved or named) and the two share their main predicate (``predicate_same``)."""
    same = rows["X"][:, tsf.FEATURES.index("predicate_same")] > 0
    whole = [r | n for r, n in subjects]
    hit = [bool((subjects[i][0] & whole[j]) | (whole[i] & subjects[j][0]))
           for i, j in rows["pairs"]]  # fmt: skip
    return (np.array(hit, dtype=bool) & same).astype(np.float32)


def _actors_only(tokens):
    """``--actors-only``: the subjects of a reported clause and of a root that reports
    nothing; not the subject of "said" (who speaks, which the speaker features read)."""
    subjects = _MAIN_SUBJECTS(tokens)
    return [t for t in subjects
            if not (t.head.dep_ == "ROOT" and t.head.lemma_.lower() in REPORTING)]


_MAIN_SUBJECTS = resolved_subject.main_subjects


def story_sets(data: Path) -> tuple[dict, dict, int]:
    """(before, after) pair sets by story, and how many sentences gained an entity."""
    nlp, embedder = load_nlp(), get_embedder("static")
    before, after, gained = {}, {}, 0
    for gold_dir in GOLDS:
        for story in load_compare_gold(gold_dir, data / "basil"):
            year = next(iter(story.docs.values())).year
            if year not in tsf.TRAIN_YEARS:
                continue  # held out: never parsed here
            claims, vectors, profiles = tsf.story_units(nlp, embedder, story)
            after[story.triplet] = {**tsf.pair_rows(story, claims, vectors, profiles),
                                    "year": year}
            for claim, unit in zip(claims, profiles, strict=True):
                named = set(claim.people + claim.places + claim.organisations)
                gained += unit.entities != named
                unit.entities = named
            before[story.triplet] = {**tsf.pair_rows(story, claims, vectors, profiles),
                                     "year": year}
            before[story.triplet]["actor"] = same_actor(before[story.triplet], _SUBJECTS)
            print(f"  {story.triplet[:8]} {year}: {len(after[story.triplet]['y'])} pairs",
                  file=sys.stderr, flush=True)  # fmt: skip
    return before, after, gained


def public_sets(data: Path) -> list[tuple[list[dict], float]]:
    """``--public``: MSRP train and the STS headlines as the shipped variant trains on
    them (their pairs are two one-sentence articles, no linked mention: the step cannot
    change them, so one computation serves before and after)."""
    nlp, embedder = load_nlp(), get_embedder("static")
    pairs = tsf.sentence_pairs(data)
    return [([tsf.pair_set_features(nlp, embedder, pairs[name])], 1.0)
            for name in ("msrp-train", "sts")]  # fmt: skip


def figures(stories: dict, c: float, public: list) -> tuple[dict, np.ndarray, float]:
    """Leave-one-story-out figures at 0.90 pair precision (rules applied)."""
    from sklearn.metrics import average_precision_score

    (scores, labels), _ = tsf._cv(stories, public, 1.0, c)
    threshold = tsf.threshold_for(scores, labels)
    X = np.vstack([s["X"] for s in stories.values()])
    scores = tsf._vetoed(X, scores, threshold)
    hit = scores >= threshold
    return ({"C": c, "threshold": round(threshold, 3),
             "P/R": [round(x, 3) for x in tsf.pr_at(scores, labels, threshold)],
             "found": int((hit & (labels == 1)).sum()), "shown": int(hit.sum()),
             "of": int(labels.sum()),
             "AP": round(float(average_precision_score(labels, scores)), 3)},
            scores, threshold)  # fmt: skip


def changed_rows(before: dict, after: dict, scored: tuple) -> list[dict]:
    """The pairs whose entity columns differ, with both out-of-fold scores."""
    (s0, t0), (s1, t1) = scored
    column = tsf.FEATURES.index("entity_shared")
    out, k = [], 0
    for key in before:
        b, a = before[key], after[key]
        for r, (i, j) in enumerate(a["pairs"]):
            if not np.array_equal(a["X"][r], b["X"][r]):
                out.append({"story": key[:8], "gold": int(a["y"][r]),
                            "shared": [float(b["X"][r, column]), float(a["X"][r, column])],
                            "score": [round(float(s0[k + r]), 3), round(float(s1[k + r]), 3)],
                            "shown": [bool(s0[k + r] >= t0), bool(s1[k + r] >= t1)],
                            "a": a["texts"][i], "b": a["texts"][j]})  # fmt: skip
        k += len(a["y"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--C", default="0.1,1")
    parser.add_argument("--write", type=Path)
    parser.add_argument("--public", action="store_true",
                        help="train each fold on MSRP and STS too (the shipped variant)")
    parser.add_argument("--same-actor", action="store_true",
                        help="also: today's columns and a same-resolved-actor column")
    parser.add_argument("--actors-only", action="store_true",
                        help="leave out the subject of a reporting root (\"He said …\")")
    args = parser.parse_args()
    tsf.claim_profiles = _resolved_profiles
    if args.actors_only:
        resolved_subject.main_subjects = _actors_only
    before, after, gained = story_sets(args.data)
    print(json.dumps({"sentences with a resolved subject entity": gained}), flush=True)
    public = public_sets(args.data) if args.public else []
    for c in (float(x) for x in args.C.split(",")):
        f0, s0, t0 = figures(before, c, public)
        f1, s1, t1 = figures(after, c, public)
        print(json.dumps({"before": f0}), json.dumps({"after": f1}), sep="\n", flush=True)
    if args.same_actor:
        with_actor = {k: {**v, "X": np.column_stack([v["X"], v["actor"]])}
                      for k, v in before.items()}  # fmt: skip
        public = [([{**p, "X": np.column_stack([p["X"], np.zeros(len(p["y"]))])}
                    for p in parts], w) for parts, w in public]  # fmt: skip
        tsf.COLUMNS, tsf.TERMS = (*tsf.COLUMNS, "same_actor"), (*tsf.TERMS, "same_actor")
        actor = int(sum(v["actor"].sum() for v in before.values()))
        actor_gold = int(sum((v["actor"] * v["y"]).sum() for v in before.values()))
        print(json.dumps({"same_actor pairs": actor, "gold": actor_gold}))
        for c in (float(x) for x in args.C.split(",")):
            print(json.dumps({"before + same_actor": figures(with_actor, c, public)[0]}),
                  flush=True)  # fmt: skip
    if args.write:
        rows = changed_rows(before, after, ((s0, t0), (s1, t1)))
        args.write.write_text("".join(json.dumps(r) + "\n" for r in rows))


if __name__ == "__main__":
    main()
