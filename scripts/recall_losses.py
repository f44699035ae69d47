"""Where the missed shared pairs are lost: each gold pair ``compare`` does not put in
one shared fact, sorted by the first step that loses it (issue 12, session 26;
docs/eval-compare.md "Session 26: where recall is lost").

    python scripts/recall_losses.py ../shared/data --gold gold/compare-basil-train
        [--cache FILE] [--show KIND] [--sample N --seed S]

Runs ``compare`` itself (:func:`newsprism.compare.story.analyze_story`) on every story
of the gold, with its inner steps recorded as they run (the same-fact features and
scores, the fact units, the lead pairs), scores the output as ``eval compare`` does,
and sorts every gold pair the output misses into the first step that applies:

1. ``not a claim``: a gold sentence is in no claim (under 4 words, the cut last
   sentence of a paywalled text, or split / joined so that no claim covers it);
2. ``no candidate``: no claim pair of the two was ever scored (cannot happen while
   every cross-article pair is scored; kept so the table says so);
3. ``linked, lost in grouping``: a claim pair of the two is at or above the threshold
   after every link, but complete link left them in two facts;
4. ``vetoed (NAME)``: the model alone scores the pair at or above the threshold and a
   rule sets it to 0 (the first rule set on the best pair, in the model's order), or
   the pair was linked and the occasion veto (compare/occasions.py, session 35) took
   it back (``vetoed (occasion_clash)``);
5. ``under the bar``: the model's best score of the pair is under the threshold and no
   link lifts it, binned by that score; each bin also says how many pairs a veto would
   stop anyway (raising the score would not win them) and how many the fact units read;
6. ``other``: linked and grouped but not in a shared fact (a conflict, a rest).

``--show KIND`` prints the pairs of one kind (a prefix: ``under``); ``--sample N``
prints N missed pairs drawn at random with ``--seed``, for reading against the
articles. Writes nothing but the cache.

Then (session 36) each veto on the gold: over every claim pair of two articles that the
model alone puts at or above the threshold, how many pairs each veto stops that a gold
group holds (wrong) and that none holds (right), in all and where it is the only veto
set; and what a lower bar would add (claim pairs no rule holds, gold / not gold).
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.compare import story as story_mod
from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.eval.compare import SHARED_STATUSES
from newsprism.eval.compare_gold import load_compare_gold, ref_pairs
from newsprism.extract.claims import MIN_CLAIM_WORDS

ROOT = Path(__file__).resolve().parents[1]
BINS = (0.15, 0.10, 0.05, 0.02, 0.0)  # lower edges of the "under the bar" bins


def _record(story) -> dict[str, Any]:
    """Run compare on one gold story and keep what each step decided."""
    seen: dict[str, Any] = {}
    scores, units, leads, occasions = (story_mod.same_fact_scores, story_mod.read_units,
                                       story_mod._join_leads, story_mod.veto_occasions)

    def spy_scores(claims, vectors, profiles, model=None, minilm=None, tfidf=None):
        features = pair_features(profiles, vectors, minilm=minilm, tfidf=tfidf)
        seen["features"] = {k: v for k, v in features.items()}
        seen["claims"] = list(claims)
        # each claim's quote speakers and whether it is mostly quotation (recall_kinds.py)
        seen["voices"] = [p.voices | p.speakers for p in profiles]
        seen["quotation"] = [p.quoted is not None for p in profiles]
        out = scores(claims, vectors, profiles, model, minilm, tfidf)
        seen["probability"], seen["raw"] = out
        return out

    def spy_units(*args, **kwargs):
        reading = units(*args, **kwargs)
        seen["unit_best"], seen["unit_candidate"] = reading.best, reading.pool.candidate
        return reading

    def spy_leads(*args):
        out = leads(*args)
        seen["linked"], seen["lead_pairs"] = out
        return out

    def spy_occasions(articles, claims, docs, probability, joined):
        out = occasions(articles, claims, docs, probability, joined)
        seen["occasion"] = (probability > 0) & (out[0] == 0)  # a link the veto took back
        return out

    spies = (spy_scores, spy_units, spy_leads, spy_occasions)
    (story_mod.same_fact_scores, story_mod.read_units, story_mod._join_leads,
     story_mod.veto_occasions) = spies
    try:
        output = story_mod.analyze_story(list(story.articles.values())).as_dict()
    finally:
        (story_mod.same_fact_scores, story_mod.read_units, story_mod._join_leads,
         story_mod.veto_occasions) = (scores, units, leads, occasions)
    model = load_same_fact_model()
    rules = (*model.vetoes, *model.soft_vetoes, *model.links)
    claims = seen.pop("claims")
    seen["lengths"] = seen["features"]["length_ratio"]
    seen["features"] = {k: seen["features"][k] > 0 for k in rules}
    seen["claims"] = [(c.id, c.article_id, c.start, c.end, c.text) for c in claims]
    # each claim's speakers of any quote or reported speech it holds (recall_kinds.py)
    seen["said_by"] = [{q["speaker_entity_id"] for q in output["quotes"]
                        if q["speaker_entity_id"] and q["article_id"] == c.article_id
                        and q["start"] < c.end and c.start < q["end"]} for c in claims]
    seen["facts"] = [(f["status"], [e["claim_id"] for e in f["evidence"]])
                     for f in output["claims"]]  # fmt: skip
    return seen


def _gold_texts(story) -> dict:
    """Each gold sentence's text, by ref."""
    texts = {}
    for number, doc in story.docs.items():
        text = story.articles[number].text
        for (p, s), (a, b) in doc.sentences.items():
            texts[(number, p, s)] = text[a:b]
    return texts


def classify(story, seen: dict[str, Any], threshold: float, vetoes: tuple[str, ...]
             ) -> list[tuple[str, Any, str]]:  # fmt: skip
    """Every missed gold pair of one story as (kind, pair, detail)."""
    claims = seen["claims"]
    refs = [story.refs(aid, start, end) for _, aid, start, end, _ in claims]
    index = {cid: i for i, (cid, *_rest) in enumerate(claims)}
    predicted, together = set(), set()
    for status, ids in seen["facts"]:
        members = [index[c] for c in ids if c in index]
        pairs = ref_pairs([r for i in members for r in refs[i]])
        together |= pairs
        if status in SHARED_STATUSES:
            predicted |= pairs
    texts = _gold_texts(story)
    out = [("predicted", pair, "") for pair in predicted]
    for pair in sorted(story.shared_pairs() - predicted, key=sorted):
        a, b = sorted(pair)
        kind, detail = _first_loss(seen, refs, a, b, threshold, vetoes, texts, pair in together)
        out.append((kind, pair, detail))
    return out


def _not_claim(ref, texts: dict) -> str:
    """Why a gold sentence is in no claim."""
    words = len(texts.get(ref, "").split())
    return "not a claim: under 4 words" if words < MIN_CLAIM_WORDS else \
        "not a claim: split, joined or cut off"


def _first_loss(seen, refs, a, b, threshold, vetoes, texts, grouped) -> tuple[str, str]:
    """The first step that loses gold pair (a, b) (module docstring)."""
    left = [i for i, r in enumerate(refs) if a in r]
    right = [j for j, r in enumerate(refs) if b in r]
    if not left or not right:
        return _not_claim(a if not left else b, texts), ""
    pairs = [(i, j) for i in left for j in right]
    linked, raw = seen["linked"], seen["raw"]
    i, j = max(pairs, key=lambda p: raw[p])
    detail = f"raw {raw[i, j]:.3f} unit {seen['unit_best'][i, j]:.3f}"
    taken = seen.get("occasion")
    if taken is not None and any(linked[p] >= threshold for p in pairs) \
            and all(taken[p] or linked[p] < threshold for p in pairs):
        return "vetoed (occasion_clash)", detail
    if any(linked[p] >= threshold for p in pairs):
        return ("other: grouped, not shared" if grouped else "linked, lost in grouping"), detail
    if raw[i, j] >= threshold:
        named = [v for v in vetoes if seen["features"][v][i, j]]
        return f"vetoed ({named[0] if named else 'unit/other rule'})", detail
    low = next(edge for edge in BINS if raw[i, j] >= edge)
    high = threshold if low == BINS[0] else BINS[BINS.index(low) - 1]
    return f"under the bar: {low:.2f}-{high:.2f}", detail


def _story_rows(stories, cache: Path | None) -> dict[str, dict]:
    """Each story's recorded run, from the cache when it holds one."""
    stored = pickle.loads(cache.read_bytes()) if cache and cache.exists() else {}
    for story in stories:
        if story.triplet not in stored:
            print(f"running {story.triplet}", file=sys.stderr)
            stored[story.triplet] = _record(story)
            if cache:
                cache.write_bytes(pickle.dumps(stored))
    return stored


def _vetoed_anyway(seen, refs, pair, vetoes) -> bool:
    a, b = sorted(pair)
    cells = [(i, j) for i, r in enumerate(refs) if a in r for j, q in enumerate(refs) if b in q]
    return bool(cells) and all(any(seen["features"][v][c] for v in vetoes) for c in cells)


BARS = (0.20, 0.18, 0.15, 0.12, 0.10)  # lower bars read by :func:`veto_table`


def _gold_cells(story, seen) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Every claim pair of two articles, and whether a gold group holds it."""
    gold = story.shared_pairs()
    refs = [story.refs(aid, s, e) for _, aid, s, e, _ in seen["claims"]]
    owner = [c[1] for c in seen["claims"]]
    cells = [(i, j) for i in range(len(refs)) for j in range(i + 1, len(refs))
             if owner[i] != owner[j]]  # fmt: skip
    held = np.array([any(frozenset((a, b)) in gold for a in refs[i] for b in refs[j])
                     for i, j in cells], dtype=bool)  # fmt: skip
    return cells, held


def veto_table(stories, runs, model) -> tuple[Counter, Counter]:
    """Each veto's firings on the claim pairs the model alone puts at or above the
    threshold, as (veto, "all" / "alone", in gold) -> pairs, and on those under it that a
    link lifts, (veto, "link", in gold); and what each of
    :data:`BARS` would add under the threshold (no veto, no link), as (bar, in gold)."""
    fired, bars = Counter(), Counter()
    for story in stories:
        seen = runs[story.triplet]
        cells, held = _gold_cells(story, seen)
        if not cells:
            continue
        rows, cols = map(np.array, zip(*cells, strict=True))
        raw = seen["raw"][rows, cols]
        sets = {v: seen["features"][v][rows, cols] for v in (*model.vetoes, *model.links)}
        count = sum(sets[v].astype(int) for v in model.vetoes)
        over = raw >= model.threshold
        lifted = ~over & np.any([sets[v] for v in model.links], axis=0)
        for veto in model.vetoes:
            for gold in (True, False):
                hit = over & sets[veto] & (held == gold)
                fired[veto, "all", gold] += int(hit.sum())
                fired[veto, "alone", gold] += int((hit & (count == 1)).sum())
                fired[veto, "link", gold] += int((lifted & sets[veto] & (held == gold)).sum())
        free = ~over & (count == 0) & ~lifted
        for bar in BARS:
            for gold in (True, False):
                bars[bar, gold] += int((free & (raw >= bar) & (held == gold)).sum())
    return fired, bars


def _print_vetoes(fired: Counter, bars: Counter, model) -> None:
    print("\n| veto | over the bar: stops gold / not gold | the only veto: gold / not gold "
          "| under it, stops a link: gold / not gold |")
    print("|---|---|---|---|")
    for veto in model.vetoes:
        cells = [f"{fired[veto, k, True]} / {fired[veto, k, False]}"
                 for k in ("all", "alone", "link")]
        print(f"| {veto} | {' | '.join(cells)} |")
    print("\n| a lower bar | adds claim pairs: gold / not gold |")
    print("|---|---|")
    for bar in BARS:
        print(f"| {bar:.2f} | {bars[bar, True]} / {bars[bar, False]} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil-train")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--show")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args(argv)
    basil = args.data / "basil" if (args.data / "basil").is_dir() else args.data
    stories = load_compare_gold(args.gold, basil)
    runs = _story_rows(stories, args.cache)
    model = load_same_fact_model()
    vetoes = (*model.vetoes, *model.soft_vetoes)
    kinds, anyway, read, missed, gold = Counter(), Counter(), Counter(), [], 0
    shown = Counter()  # predicted shared pairs: in gold (True) or not
    for story in stories:
        seen = runs[story.triplet]
        gold += len(story.shared_pairs())
        refs = [story.refs(aid, s, e) for _, aid, s, e, _ in seen["claims"]]
        texts = _gold_texts(story)
        for kind, pair, detail in classify(story, seen, model.threshold, vetoes):
            if kind == "predicted":
                shown[pair in story.shared_pairs()] += 1
                continue
            kinds[kind] += 1
            if kind.startswith("under"):
                anyway[kind] += _vetoed_anyway(seen, refs, pair, vetoes)
                read[kind] += "unit 0.000" not in detail
            a, b = sorted(pair)
            missed.append((kind, story.triplet, a, b, detail, texts[a], texts[b]))
    print(f"gold pairs {gold}; missed {len(missed)} (recall {1 - len(missed) / gold:.3f}); "
          f"shared pairs shown {sum(shown.values())}, in gold {shown[True]} "
          f"(precision {shown[True] / max(1, sum(shown.values())):.3f})")
    print("| first step that loses it | pairs | share of missed | a veto set too | units read |")
    print("|---|---|---|---|---|")
    for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        extra = (f"{anyway[kind]} | {read[kind]}" if kind.startswith("under") else "– | –")
        print(f"| {kind} | {n} | {n / len(missed):.2f} | {extra} |")
    _print_vetoes(*veto_table(stories, runs, model), model)
    chosen = [m for m in missed if args.show and m[0].startswith(args.show)]
    if args.sample:
        chosen = random.Random(args.seed).sample(missed, min(args.sample, len(missed)))
    for kind, triplet, a, b, detail, ta, tb in chosen:
        refs = " / ".join(":".join(map(str, r)) for r in (a, b))
        print(f"\n[{kind}] {triplet[:8]} {refs} {detail}\n  A: {ta}\n  B: {tb}")


if __name__ == "__main__":
    np.set_printoptions(precision=3)
    main()
