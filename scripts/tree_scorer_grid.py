"""The training grid of a trained model file over other thresholds, without refitting.

``train_clusterer.py --scorer gbm`` picks the threshold from ``GBM_THRESHOLDS``; when the
best sits at the grid's edge, this runs the same selection (the real clusterer over the
dated training streams and neus-raw's training part, mean B³ F1; training parts only)
for the given thresholds and core links with the file's scorer, so the edge can be
moved without fitting again. Used for docs/clustering.md, decision 29::

    PYTHONPATH=src python scripts/tree_scorer_grid.py ../shared/data \\
        --model /tmp/gbm/clusterer.json \\
        --thresholds 0.1 0.15 --core-links 0.0 0.2
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_clusterer as tc

from newsprism.cluster.model import load_model, model_idf, save_model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--model", type=Path, required=True, help="a trained model file")
    parser.add_argument("--thresholds", type=float, nargs="+", required=True)
    parser.add_argument("--core-links", type=float, nargs="+", default=[0.2])
    parser.add_argument("--final", type=Path, default=None,
                        help="instead of the grid: set the one threshold and core link "
                             "given, score every part (held-out included: read once, at the "
                             "end) and write the model with its eval rows to this file")
    args = parser.parse_args(argv)
    model = load_model(args.model)
    if args.final:
        chosen = dataclasses.replace(model, threshold=args.thresholds[0],
                                     core_link=args.core_links[0],
                                     core_members=tc.CORE_MEMBERS if args.core_links[0] else 0)
        save_model(tc.with_metrics(chosen, args.data, print), args.final, compact=True)
        return 0
    started = time.perf_counter()
    streams = tc.training_streams(args.data)
    dated = {name: items for name, items in streams.items()
             if any(i.article.published_at for i in items)}  # fmt: skip
    dated.update(tc.selection_streams(args.data))
    # Every stream's features: a compressed stream reads those of its real one.
    timed = tc.stream_features({**streams, **dated}, print, started, model.context_embedder)
    idf = model_idf(model)
    for core_link in args.core_links:
        for threshold in args.thresholds:
            trial = dataclasses.replace(model, threshold=threshold, core_link=core_link,
                                        core_members=tc.CORE_MEMBERS if core_link else 0)
            scores = {name: tc.run_stream(trial, idf, items, timed[name])
                      for name, items in dated.items()}  # fmt: skip
            mean = sum(scores.values()) / len(scores)
            print(f"core {core_link:.2f} threshold {threshold:.3f}: mean B3 F1 {mean:.4f} "
                  + " ".join(f"{k} {v:.4f}" for k, v in scores.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
