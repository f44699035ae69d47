"""Why the aligner misses a gold same-fact pair, and why it makes a false one.

    python scripts/same_fact_errors.py ../shared/data [--gold DIR] [--years 2010,2011,2012]
        [--show N] [--units] [--causes] [--dump FILE]

For every compare-gold story of the given years, runs the runtime alignment (parse,
entities, claims, :func:`newsprism.compare.align.same_fact_probabilities`, complete
link) and sorts each gold pair the groups miss into one kind, first that applies:

- ``no-claim``: a gold sentence is in no claim (too short, or split differently);
- ``grouping``: the pair is at or above the threshold but complete link left it out;
- ``label``: the gold fact is a label a sentence carries ("Sen. X, R-Ohio", "Romney, the
  Republican nominee"): a non-core fact whose claim is "X is …", "X chairs …";
- ``vetoed``: a rule set the pair to 0 (``mood_mismatch``, ``denial_mismatch``,
  ``polarity_clash``);
- ``partial``: one sentence states more gold facts than the other (it holds two facts,
  the other one);
- ``number-date``: the fact holds a number or a date and the pair shares none;
- ``paraphrase``: few words in common (TF-IDF cosine < 0.2);
- ``near-miss``: words in common, scored under the threshold.

False pairs (in a predicted shared group, not gold) are sorted as ``same-sentence-twice``
(one side is in a gold group with another sentence of the other article), ``related``
(entities shared), ``unrelated``. Prints one JSON line of counts per split and, with
``--show``, examples. Writes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from train_same_fact import story_units  # the same runtime path as the model's training
from unit_link_pairs import story_inputs

from newsprism.compare.align import same_fact_probabilities, same_fact_scores
from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import complete_link_groups, load_same_fact_model
from newsprism.compare.units import UnitReading, unit_pool
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import GoldStory, load_compare_gold, parse_ref, ref_pairs
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
# a label fact: "Ryan is a Republican congressman", "Kristol is editor of …", "Ryan chairs …"
_LABEL_CLAIM = re.compile(
    r"^(?:[A-Z][\w.()'’-]*\s?){1,4}(?:is|are|chairs|represents)\b(?!.*\bsaid\b)")


_NUMBER_DATE = re.compile(r"\d|day\b|week|month|year|january|february|march|april|may|june|"
                          r"july|august|september|october|november|december", re.I)


def analyse_story(nlp, embedder, story: GoldStory, units: bool = False) -> dict:
    """The alignment of one story and its gold pairs, sorted by kind (with ``units``, the
    sentences linked through their fact units too, as ``compare`` links them)."""
    model = load_same_fact_model()
    if units:
        claims, vectors, profiles, tokens, entities = story_inputs(nlp, embedder, story)
        probability, raw = same_fact_scores(claims, vectors, profiles, model)
        pool = unit_pool(claims, tokens, profiles, vectors, raw, embedder.encode, model,
                         mentions=entities.mentions)
        reading = UnitReading(pool, probability, model.threshold)
        probability = reading.linked()
        unit_best = pool.best_of(pool.probability, len(claims))
    else:
        claims, vectors, profiles = story_units(nlp, embedder, story)
        probability = same_fact_probabilities(claims, vectors, profiles, model)
        raw, pool, unit_best = None, None, None
    features = pair_features(profiles, vectors)
    groups = complete_link_groups(probability, model.threshold, [c.article_id for c in claims])
    refs = [story.refs(c.article_id, c.start, c.end) for c in claims]
    claim_of = {r: k for k, rs in enumerate(refs) for r in rs}
    predicted = set()
    for g in groups:
        if len({claims[i].article_id for i in g}) > 1:
            predicted |= ref_pairs([r for i in g for r in refs[i]])
    fact_of: dict = {}
    for fact in story.facts:
        for pair in ref_pairs([parse_ref(r) for r in fact["sentences"]]):
            fact_of.setdefault(pair, fact)
    facts_per_ref = Counter(parse_ref(r) for f in story.facts for r in f["sentences"])
    missed, false = [], []
    for pair, fact in fact_of.items():
        if pair in predicted:
            continue
        a, b = sorted(pair)
        kind, p = _miss_kind(a, b, fact, claim_of, probability, features, model, facts_per_ref)
        missed.append({"kind": kind, "p": p, "fact": fact["claim"], "core": fact["core"],
                       "a": _text(claims, claim_of, a), "b": _text(claims, claim_of, b)})
        if unit_best is not None and a in claim_of and b in claim_of:
            i, j = claim_of[a], claim_of[b]
            missed[-1]["whole"] = round(float(raw[i, j]), 3)
            missed[-1]["cause"] = _cause(
                missed[-1], float(raw[i, j]), _fired(model, features, i, j, float(raw[i, j])),
                float(unit_best[i, j]) if pool.candidate[i, j] else None,
                features, i, j, model.threshold, facts_per_ref[a] != facts_per_ref[b])
    grouped = {r for pair in fact_of for r in pair}
    for pair in predicted - set(fact_of):
        a, b = sorted(pair)
        i, j = claim_of[a], claim_of[b]
        if a in grouped and b in grouped:
            kind = "both-in-other-facts"
        elif features["entity_shared"][i, j] > 0:
            kind = "related"
        else:
            kind = "unrelated"
        false.append({"kind": kind, "p": round(float(probability[i, j]), 3),
                      "a": claims[i].text, "b": claims[j].text})
    return {"gold": len(fact_of), "tp": len(predicted & set(fact_of)),
            "pred": len(predicted), "missed": missed, "false": false}


def _cause(miss, whole, vetoes, unit, features, i, j, threshold, partial) -> str:
    """The first cause of docs/eval-compare.md's table of misses (session 16) that
    applies: ``whole`` is the model's probability before any rule, ``unit`` the best
    unit pair when the pair's units were read (None: under the floor)."""
    if miss["p"] is not None and miss["p"] >= threshold:
        return "linked, dropped by complete link"
    if vetoes:
        kind = ("prospect" if "mood_mismatch" in vetoes else
                "denial" if {"denial_mismatch", "denial_clash"} & set(vetoes) else
                "speaker/date/polarity")
        return f"vetoed: {kind}" + (" (model alone links)" if whole >= threshold else "")
    if miss["kind"] == "label":
        return "label / apposition fact"
    if whole >= 0.15:
        return "score just under the threshold"
    if unit is not None and unit >= 0.3:
        return "a unit pair >= 0.3 that links nothing"
    if _NUMBER_DATE.search(miss["fact"]) and not features["number_shared"][i, j] and \
            not features["date_shared"][i, j]:
        return "number or date written differently"
    read = "no unit pair read" if unit is None else "unit pairs < 0.3"
    if partial:
        return f"partial, {read}"
    return f"paraphrase, {read}" if features["tfidf"][i, j] < 0.2 else "words shared, low"


def _fired(model, features, i, j, whole) -> list[str]:
    """The vetoes that set the pair to 0: the hard ones, and the soft ones under the
    threshold."""
    soft = [v for v in getattr(model, "soft_vetoes", ()) if whole < model.threshold]
    return [v for v in (*model.vetoes, *soft) if features[v][i, j] > 0]


def _text(claims, claim_of, ref) -> str:
    return claims[claim_of[ref]].text if ref in claim_of else f"<no claim {ref}>"


def _miss_kind(a, b, fact, claim_of, probability, features, model, facts_per_ref):
    if a not in claim_of or b not in claim_of:
        return "no-claim", None
    i, j = claim_of[a], claim_of[b]
    p = round(float(probability[i, j]), 3)
    if i == j:
        return "no-claim", p
    if p >= model.threshold:
        return "grouping", p
    if not fact["core"] and _LABEL_CLAIM.search(fact["claim"]):
        return "label", p
    if any(features[v][i, j] > 0 for v in model.vetoes):
        return "vetoed", p
    if facts_per_ref[a] != facts_per_ref[b]:
        return "partial", p
    if _NUMBER_DATE.search(fact["claim"]) and \
            not features["number_shared"][i, j] and not features["date_shared"][i, j]:
        return "number-date", p
    if features["tfidf"][i, j] < 0.2:
        return "paraphrase", p
    return "near-miss", p


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil")
    parser.add_argument("--years", default="2010,2011,2012")
    parser.add_argument("--show", type=int, default=0, help="examples of each kind")
    parser.add_argument("--dump", type=Path, help="write every missed and false pair here")
    parser.add_argument("--units", action="store_true",
                        help="link sentences through their fact units too (compare/units.py)")
    parser.add_argument("--causes", action="store_true",
                        help="with --units: the misses by cause (docs/eval-compare.md)")
    args = parser.parse_args()
    years = set(args.years.split(","))
    nlp, embedder = load_nlp(), get_embedder("static")
    results = [analyse_story(nlp, embedder, s, args.units or args.causes)
               for s in load_compare_gold(args.gold, args.data / "basil")
               if next(iter(s.docs.values())).year in years]  # fmt: skip
    missed = [m for r in results for m in r["missed"]]
    false = [f for r in results for f in r["false"]]
    gold, tp, pred = (sum(r[k] for r in results) for k in ("gold", "tp", "pred"))
    below = Counter(m["kind"] for m in missed)
    print(json.dumps({"years": args.years, "gold": gold, "tp": tp, "pred": pred,
                      "P": round(tp / max(pred, 1), 3), "R": round(tp / max(gold, 1), 3),
                      "missed": dict(below.most_common()),
                      "missed_p>=0.1": sum(1 for m in missed if (m["p"] or 0) >= 0.1),
                      "false": dict(Counter(f["kind"] for f in false).most_common())}))
    if args.causes:
        causes = Counter(m.get("cause", m["kind"]) for m in missed)
        core = Counter(m.get("cause", m["kind"]) for m in missed if m["core"])
        near = Counter(m.get("cause", m["kind"]) for m in missed if m.get("whole", 0) >= 0.15)
        for cause, n in causes.most_common():
            print(f"  {n:4d} (core {core[cause]:3d}, whole >= 0.15 {near[cause]:3d})  {cause}")
    for kind in below:
        for m in [m for m in missed if m["kind"] == kind][: args.show]:
            print(f"[{kind} p={m['p']}] {m['fact']}\n   A: {m['a'][:160]}\n   B: {m['b'][:160]}")
    for f in false[: args.show]:
        print(f"[false {f['kind']} p={f['p']}]\n   A: {f['a'][:160]}\n   B: {f['b'][:160]}")
    if args.dump:
        args.dump.write_text(json.dumps({"missed": missed, "false": false}, indent=1), "utf-8")


if __name__ == "__main__":
    main()
