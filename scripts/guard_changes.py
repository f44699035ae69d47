"""Every eval row and every changed held-out unit, version 3 against other model files.

Session 27 (docs/eval-clustering.md, "Session 27: decision 32 measured in full"): before
decision 32's guard is switched on, the lead asked for B³ of every eval row both ways and
a reading of *every* changed held-out unit, on every gold set (not neus-raw's first ten).
This runs each part of each gold set in each condition (what ``newsprism eval
clustering ../shared/data`` runs), with the features computed once per stream and the
clusterer run once per model, and writes:

- ``rows``: per model, B³ P/R/F1, stories found and ``mixed`` for every (set, condition,
  part, split), scored as ``eval.clustering`` scores them;
- ``units``: for each held-out part whose stories differ from version 3's, every unit of
  ``scripts/context_changes.py`` (a join: two fragments the other model puts together;
  a split: two it keeps apart), with outlet, date, title and lead of each report and the
  gold's verdict apart, so a reader can judge from the texts first.

    PYTHONPATH=src python scripts/guard_changes.py ../shared/data \
        --model guarded=src/newsprism/data/models/clusterer-guarded.json --json /tmp/g.json

Session 28: a model file may carry field changes after ``+`` (``FILE+field=value…``, each
value read as JSON), so a variant of a packaged file (its IDF tables beside it) needs no
file of its own: ``--model one=…/clusterer-guarded.json+guard_unnamed_one=2``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from context_changes import _units

from newsprism.cluster.crosslang import memory_texts
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.state import FEATURE_CHUNK
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import (
    condition_stream,
    find_sets,
    most_mixed,
    score_clustering,
)
from newsprism.eval.clustering_dense import conditions_for


def model_of(spec: str) -> ClusterModel:
    """``FILE`` or ``FILE+field=value+…``: the model file with those fields replaced
    (values read as JSON: ``2``, ``true``, ``"body"``)."""
    path, *changes = spec.split("+")
    model = load_model(path)
    fields = {k: json.loads(v) for k, v in (c.split("=", 1) for c in changes)}
    return dataclasses.replace(model, **fields) if fields else model


def run_model(items: list, features: list, model: ClusterModel) -> list[str]:
    """The story of each item at the end of one pass of ``model`` over ``features``."""
    articles = [i.article for i in items]
    clusterer = StreamClusterer(model, model_idf(model), texts=memory_texts(articles))
    for f in features:
        clusterer.add(f)
    return [clusterer.memberships[a.id][0] for a in articles]


def score_rows(name: str, key: dict, items: list, predicted: list[str]) -> list[dict]:
    """One row per split of the part, as ``eval clustering`` scores it (B³ and mixed)."""
    rows = []
    for split in dict.fromkeys(i.split for i in items):
        chosen = [n for n, i in enumerate(items) if i.split == split]
        gold, mine = [items[n].story for n in chosen], [predicted[n] for n in chosen]
        s = score_clustering(mine, gold)
        rows.append({**key, "split": split, "model": name, "items": len(chosen),
                     "b3_p": s.b3[0], "b3_r": s.b3[1], "b3_f1": s.b3[2], "found": s.found,
                     "mixed": most_mixed(mine, gold)})  # fmt: skip
    return rows


def describe(items: list, units: list[dict]) -> list[dict]:
    """Each unit with its reports' outlet, date, title and first 60 words."""
    def show(k: int) -> dict[str, Any]:
        art = items[k].article
        return {"id": art.id, "outlet": art.outlet, "date": (art.published_at or "")[:10],
                "title": art.title, "lead": " ".join(art.text.split()[:60]),
                "gold": items[k].story}  # fmt: skip

    return [{"kind": u["kind"], "right_by_gold": u["right"], "same_gold": u["same_gold"],
             "a": [show(k) for k in u["a"]], "b": [show(k) for k in u["b"]]} for u in units]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--model", action="append", required=True, metavar="NAME=FILE",
                        help="another model file (repeatable), FILE+field=value… to change fields; "
                             "units are listed for the first")
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--parts", nargs="+", default=["train", "held-out"])
    args = parser.parse_args(argv)
    models = {"v3": load_model()}
    models.update((n, model_of(p)) for n, p in (m.split("=", 1) for m in args.model))
    first = next(n for n in models if n != "v3")
    rows: list[dict] = []
    units: list[dict] = []
    for cond in conditions_for("both"):
        for gold_set in find_sets(args.data):
            for part in args.parts:
                items = condition_stream(gold_set, part, cond)
                if not items:
                    continue
                key = {"dataset": gold_set.name, "condition": cond, "part": part}
                arts = [i.article for i in items]
                feats = [f for s in range(0, len(arts), FEATURE_CHUNK)
                         for f in compute_features(arts[s : s + FEATURE_CHUNK],
                                                   models["v3"].embedder)]  # fmt: skip
                predicted = {n: run_model(items, feats, m) for n, m in models.items()}
                for n, p in predicted.items():
                    rows.extend(score_rows(n, key, items, p))
                if part == "held-out":
                    found = describe(items, _units(items, predicted["v3"], predicted[first]))
                    units.extend({**key, **u} for u in found)
                print(f"{gold_set.name} {cond} {part}: {len(items)} items, "
                      f"{len(units)} units so far", flush=True)  # fmt: skip
                args.json.write_text(json.dumps({"rows": rows, "units": units}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
