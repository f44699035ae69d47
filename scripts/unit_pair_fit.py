"""A unit-pair same-fact model with its cut-off chosen inside leave-one-story-out.

    python scripts/unit_pair_fit.py ../shared/data [--years 2010,2011,2012]
        [--held-out 2013,2014] [--write PATH]
    python scripts/unit_pair_fit.py ../shared/data --wide DIR --model PATH

``unit_pair_model.py`` (session 18) showed that a model fitted on unit pairs ranks the
partial-overlap gold pairs above the shipped model applied to units, but its cut-off and
C were read off the table it reported. Here both are chosen *inside* the loop, so the
train figure is out of fold: for each train story, the others alone choose C and the
cut-off by an inner leave-one-story-out (the loosest setting whose inner out-of-fold
added pairs are at least 9 in 10 gold; off when none is), a fit on the others scores the
story, and the story's grouped pairs are read by complete link as ``eval compare``
reads them. Printed: grouped shared P / R out of fold, the pairs the unit-pair model
links that the shipped part link does not (gold / false), those it drops, and the
setting each fold chose. The model is fitted as multiple-instance learning on the
shipped model's terms of the unit pairs compare reads at its floor (a gold sentence pair
holds at least one unit pair that is the fact; a pair in no gold group holds none).
``--held-out`` scores those years once with the fit and setting of all train stories;
``--write`` saves that fit as JSON. ``--wide DIR --model PATH`` reads stories in no gold
(DIR/*/*, as ``wide_conflict_inputs.py`` writes them) with a saved fit and prints every
pair it links beyond the shipped part link (+) and every pair it drops (-), to be read
against the articles. Docs: docs/eval-compare.md, "A unit-pair model,
session 18".
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from unit_link_pairs import grouped
from unit_pair_model import unit_terms
from unit_sweep import SHIPPED, StoryReader, WideStory, _masked_pool

from newsprism.compare.units import UnitReading
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import load_compare_gold
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
CS = (0.1, 1.0)
CUTS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
BAR = 0.9  # the share of added pairs that must be gold


class Story:
    """One gold story read at the shipped unit setting, with the terms of each unit pair
    compare reads (a pair a veto, a part that cannot be shown or an unresolved reporter
    zeroes is left out)."""

    def __init__(self, reader: StoryReader) -> None:
        terms = unit_terms(reader, SHIPPED)
        self.reader = reader
        self.reading = reader.reading(SHIPPED)
        pool = _masked_pool(reader.pools[SHIPPED.cut], reader.raw, SHIPPED)
        assert pool.owners == self.reading.pool.owners
        self.rows, self.cols = np.nonzero(np.triu(self.reading.matrix > 0))
        self.X = terms[self.rows, self.cols]
        owner = np.array([i for i, _ in pool.owners])
        pair = np.minimum(owner[self.rows], owner[self.cols]) * 100000 + \
            np.maximum(owner[self.rows], owner[self.cols])
        self.bags = [np.nonzero(pair == key)[0] for key in np.unique(pair)]
        self.gold = np.array([reader.is_gold(int(owner[self.rows[b[0]]]),
                                             int(owner[self.cols[b[0]]])) for b in self.bags])
        self.first = self.reading.matrix[self.rows, self.cols]

    def links(self, scores: np.ndarray | None, cut: float) -> UnitReading:
        """The story's reading with the unit pairs scored by ``scores`` (None: shipped)."""
        reading = UnitReading(self.reading.pool, self.reader.base, self.reader.model.threshold,
                              unit_threshold=cut)
        if scores is not None:
            matrix = np.zeros_like(reading.matrix)
            matrix[self.rows, self.cols] = scores
            matrix[self.cols, self.rows] = scores
            reading.matrix = matrix
            reading.best = reading.pool.best_of(matrix, len(reading.base))
        return reading

    def read(self, scores: np.ndarray | None, cut: float) -> dict:
        """Grouped true / predicted pairs and the sentence pairs linked through units."""
        reading = self.links(scores, cut)
        r = self.reader
        found = grouped(reading.linked(), r.model.threshold, r.claims, r.refs)
        added = {(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(
            (reading.best >= cut) & (r.base < r.model.threshold))), strict=True)}  # fmt: skip
        return {"tp": len(found & r.gold), "pred": len(found), "gold": len(r.gold),
                "added": added, "reading": reading}


def fit(stories: list[Story], c: float, rounds: int = 4) -> LogisticRegression:
    """Multiple-instance logistic fit: each gold bag's best unit pair is its positive
    (first the shipped model's best, then the fit's), every unit pair of a bag in no gold
    group a negative."""
    bags = [(s, b, g) for s in stories for b, g in zip(s.bags, s.gold, strict=True)]
    picks = [b[int(np.argmax(s.first[b]))] for s, b, _ in bags]
    model = None
    for _ in range(rounds):
        xs = [s.X[[p]] if g else s.X[b] for (s, b, g), p in zip(bags, picks, strict=True)]
        ys = [np.full(len(x), int(g)) for x, (_, _, g) in zip(xs, bags, strict=True)]
        model = LogisticRegression(C=c, max_iter=2000, class_weight={0: 1, 1: 5})
        model.fit(np.vstack(xs), np.concatenate(ys))
        picks = [b[int(np.argmax(model.decision_function(s.X[b])))] for s, b, _ in bags]
    return model


def score(model: LogisticRegression, story: Story) -> np.ndarray:
    return model.predict_proba(story.X)[:, 1] if len(story.X) else np.zeros(0)


def added_table(scored: list[tuple[Story, np.ndarray]]) -> dict[float, tuple[int, int]]:
    """Per cut-off: sentence pairs under the sentence threshold the scores link (gold,
    all)."""
    out = {}
    for cut in CUTS:
        gold = total = 0
        for story, s in scored:
            for pair in story.read(s, cut)["added"]:
                total += 1
                gold += story.reader.is_gold(*pair)
        out[cut] = (gold, total)
    return out


def choose(stories: list[Story]) -> tuple[float, float] | None:
    """C and cut-off by leave-one-story-out on ``stories`` alone: the setting that adds
    the most gold pairs with at least :data:`BAR` of its added pairs gold (ties: the
    higher cut-off); None when no setting reaches the bar."""
    best, key = None, None
    for c in CS:
        scored = [(held, score(fit([s for s in stories if s is not held], c), held))
                  for held in stories]  # fmt: skip
        for cut, (gold, total) in added_table(scored).items():
            if total and gold / total >= BAR and (key is None or (gold, cut) > key):
                best, key = (c, cut), (gold, cut)
    return best


def _print_rows(label: str, rows: list[dict], shipped: list[dict]) -> None:
    tp, pred, gold = (sum(r[k] for r in rows) for k in ("tp", "pred", "gold"))
    new = [(r, p) for r, s in zip(rows, shipped, strict=True) for p in r["added"] - s["added"]]
    lost = [(s, p) for r, s in zip(rows, shipped, strict=True) for p in s["added"] - r["added"]]
    g_new = sum(r["story"].reader.is_gold(*p) for r, p in new)
    g_lost = sum(s["story"].reader.is_gold(*p) for s, p in lost)
    print(f"{label}: grouped P {tp / max(pred, 1):.3f} R {tp / max(gold, 1):.3f} "
          f"({tp}/{pred}, gold {gold}); beyond the shipped part link +{len(new)} "
          f"({g_new} gold, {len(new) - g_new} false), dropped {len(lost)} ({g_lost} gold)")
    for r, (i, j) in new:
        reader, reading = r["story"].reader, r["reading"]
        a, b = reading.pool.parts(i, j, reading.matrix)
        print(f"  +[{'gold' if reader.is_gold(i, j) else 'FALSE'} {reading.best[i, j]:.3f} "
              f"base {reader.base[i, j]:.3f}]\n   A: {reader.claims[i].text[:200]}\n"
              f"   a: {a.text if a else '-'}\n   B: {reader.claims[j].text[:200]}\n"
              f"   b: {b.text if b else '-'}")


def saved_scores(path: Path, story: Story) -> tuple[np.ndarray, float]:
    """A saved fit's probability of the story's unit pairs, and its cut-off."""
    data = json.loads(path.read_text("utf-8"))
    assert tuple(data["terms"]) == tuple(story.reader.model.terms)
    logits = story.X @ np.array(data["weights"]) + data["bias"] if len(story.X) else np.zeros(0)
    return 1.0 / (1.0 + np.exp(-logits)), float(data["threshold"])


def wide(args, nlp, embedder) -> None:
    """Every pair the saved fit links or drops on stories in no gold, to be read."""
    folders = [d for d in sorted(args.wide.glob("*/*")) if d.is_dir()]
    gold = {p.stem[:8] for p in args.gold.glob("*.json")}
    for folder in folders:
        story = Story(StoryReader(nlp, embedder, WideStory(folder)))
        scores, cut = saved_scores(args.model, story)
        shipped = dict(story.read(None, SHIPPED.threshold), story=story)
        row = dict(story.read(scores, cut), story=story)
        tag = " (compare gold)" if folder.name in gold else ""
        label = f"{folder.parent.name}/{folder.name}{tag}"
        print(f"== {label}: shipped {len(shipped['added'])} unit links, model "
              f"{len(row['added'])}", flush=True)
        _print_rows(label, [row], [shipped])
        _print_rows(f"{label} dropped", [shipped], [row])


def load(args, years: set[str], nlp, embedder) -> list[Story]:
    return [Story(StoryReader(nlp, embedder, s))
            for s in load_compare_gold(args.gold, args.data / "basil")
            if next(iter(s.docs.values())).year in years]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil")
    parser.add_argument("--years", default="2010,2011,2012")
    parser.add_argument("--held-out", default="", help="years scored once at the end")
    parser.add_argument("--write", type=Path, help="save the fit of all train stories")
    parser.add_argument("--setting", help="C,CUT: skip the folds and use this setting (the "
                        "one a full run printed for all train stories)")
    parser.add_argument("--wide", type=Path, help="stories in no gold, DIR/*/*")
    parser.add_argument("--model", type=Path, help="a fit saved by --write (with --wide)")
    args = parser.parse_args()
    nlp, embedder = load_nlp(), get_embedder("static")
    if args.wide:
        wide(args, nlp, embedder)
        return
    stories = load(args, set(args.years.split(",")), nlp, embedder)
    print(f"train stories {len(stories)}, unit pairs {sum(len(s.X) for s in stories)}, "
          f"sentence pairs with a unit pair {sum(len(s.bags) for s in stories)}, "
          f"gold {sum(int(s.gold.sum()) for s in stories)}", flush=True)
    if args.setting:
        c, cut = (float(x) for x in args.setting.split(","))
        return finish(args, stories, (c, cut), nlp, embedder)
    shipped = [dict(s.read(None, SHIPPED.threshold), story=s) for s in stories]
    _print_rows("shipped", shipped, shipped)
    rows = []
    for held in stories:
        others = [s for s in stories if s is not held]
        chosen = choose(others)
        print(f"fold {held.reader.story.name if hasattr(held.reader.story, 'name') else ''}"
              f": chose {chosen}", flush=True)
        if chosen is None:
            rows.append(dict(held.read(None, SHIPPED.threshold), story=held))
            continue
        c, cut = chosen
        rows.append(dict(held.read(score(fit(others, c), held), cut), story=held))
    _print_rows("unit-pair model, out of fold", rows, shipped)
    final = choose(stories)
    print(f"all train stories choose {final}")
    finish(args, stories, final, nlp, embedder)


def finish(args, stories: list[Story], final: tuple[float, float] | None, nlp, embedder
           ) -> None:  # fmt: skip
    """The fit of all train stories: written (``--write``), and the held-out years
    scored with it (``--held-out``)."""
    if final and (args.write or args.held_out):
        model = fit(stories, final[0])
        if args.write:
            terms = stories[0].reader.model.terms
            args.write.write_text(json.dumps({
                "terms": list(terms), "weights": [float(w) for w in model.coef_[0]],
                "bias": float(model.intercept_[0]), "threshold": final[1],
                "meta": {"C": final[0], "years": args.years, "script":
                         "scripts/unit_pair_fit.py"}}, indent=1) + "\n", "utf-8")
        if args.held_out:
            held = load(args, set(args.held_out.split(",")), nlp, embedder)
            base = [dict(s.read(None, SHIPPED.threshold), story=s) for s in held]
            _print_rows("held out, shipped", base, base)
            _print_rows("held out, unit-pair model", [dict(s.read(score(model, s), final[1]),
                        story=s) for s in held], base)  # fmt: skip


if __name__ == "__main__":
    main()
