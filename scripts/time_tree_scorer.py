"""What the boosted-tree scorer costs per article, against the logistic one.

Times 1,000 assignments (``StreamClusterer.add``, features computed beforehand, as a
store's ingest reads them) of the first articles of a dated training stream
(GoogleNews-TS train compressed into one 72-hour window: the undated one is scored by the
carried undated scorer, never by the trees) with the packaged model and with a model
file that has trees (``train_clusterer.py --scorer gbm``), and the scorer alone
(``ClusterModel.probability`` on the same comparisons). Best of ``--repeat`` runs.
Used for docs/clustering.md, decision 29::

    PYTHONPATH=src python scripts/time_tree_scorer.py ../shared/data --model /tmp/gbm/clusterer.json
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsprism.cluster.features import ArticleFeatures, compute_features
from newsprism.cluster.model import ClusterModel, load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import load_googlenews, stream
from newsprism.eval.clustering_dense import compress


def assignments(model: ClusterModel, feats: list[ArticleFeatures]) -> tuple[float, list]:
    """Seconds to add every article to a fresh clusterer, and every comparison made."""
    clusterer = StreamClusterer(model, model_idf(model))
    comparisons: list = []
    started = time.perf_counter()
    for f in feats:
        clusterer.add(f)
    elapsed = time.perf_counter() - started
    replay = StreamClusterer(model, model_idf(model))
    for f in feats:  # the comparisons, gathered apart so they do not weigh on the time
        comparisons.extend(x for _, x, _ in replay.scored_candidates(f))
        replay.add(f)
    return elapsed, comparisons


def scoring(model: ClusterModel, comparisons: list) -> float:
    """Seconds for the model's probability of every comparison."""
    started = time.perf_counter()
    for x in comparisons:
        model.probability(x)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--model", type=Path, required=True, help="a model file with trees")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    items = compress(stream(load_googlenews(args.data / "googlenews-tsc", "TS"), "train"))
    feats = compute_features([i.article for i in items[: args.articles]])
    models = {"logistic": load_model(), "trees": load_model(args.model)}
    assert models["trees"].trees is not None, "the --model file has no trees"
    best: dict[str, tuple[float, float, int]] = {}
    for _ in range(args.repeat):
        for name, model in models.items():
            elapsed, comparisons = assignments(model, feats)
            per = scoring(model, comparisons) / len(comparisons)
            old = best.get(name, (elapsed, per, 0))
            best[name] = (min(old[0], elapsed), min(old[1], per), len(comparisons))
    for name, (elapsed, per, count) in best.items():
        print(f"{name}: {1000 * elapsed / len(feats):.3f} ms an article, "
              f"{1e6 * per:.2f} us a comparison ({count} comparisons)")  # fmt: skip
    ratio = best["trees"][0] / best["logistic"][0]
    print(f"trees / logistic per article: {ratio:.2f}x; "
          f"scorer alone {best['trees'][1] / best['logistic'][1]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
