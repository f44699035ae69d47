"""The MiniLM ``context`` feature's cost curve: CPU per article and title + lead AUC by
word-piece cap (issue 13, session 22).

Run from the project root:

    PYTHONPATH=src .venv/bin/python -m benchmarks.context_cap

The clusterer's ``context`` text is the title and the first 60 words of the body
(``cluster.features``), run through the packaged int8 MiniLM (``minilm-onnx``) on one
thread, one text a run. The encoder's cost grows with the word pieces it reads, and the
file's cap (256) is above nearly every such text; this measures, for each cap, the CPU
milliseconds per text (process time, the best of ``REPEATS`` passes over the same
``CPU_TEXTS`` texts, so that other processes on the machine count as little as they can)
and the ROC AUC of the cosine on the NeuS-AllSides title + lead pairs of
``benchmarks.embeddings`` (same story against different stories under the same topic, the
hard negatives, and against random ones). It also reports how many texts each cap cuts.
``--features`` times the whole feature step instead (``compute_features`` per article on
neus-raw and BASIL, with no context, 256 pieces and 64), as session 17 measured it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.embeddings import DEFAULT_DATA, build_pairs, load_stories, roc_auc

CAPS = (32, 48, 64, 96, 128, 256)
CPU_TEXTS = 400
REPEATS = 3


def _cpu_ms(embedder: Any, texts: list[str], cap: int) -> float:
    """CPU milliseconds per text at ``cap`` pieces, the best of ``REPEATS`` passes."""
    best = float("inf")
    for _ in range(REPEATS):
        started = time.process_time()
        embedder.encode(texts, max_pieces=cap)
        best = min(best, time.process_time() - started)
    return 1000 * best / len(texts)


def _aucs(embedder: Any, pair_sets: list[Any], cap: int) -> dict[str, float]:
    """The cosine's AUC on each pair set, every text cut to ``cap`` pieces."""
    unique = sorted({t for p in pair_sets for t in (*p.left, *p.right)})
    vectors = embedder.encode(unique, max_pieces=cap)
    row = {text: i for i, text in enumerate(unique)}
    out = {}
    for pairs in pair_sets:
        a = vectors[[row[t] for t in pairs.left]]
        b = vectors[[row[t] for t in pairs.right]]
        out[pairs.name] = roc_auc((a * b).sum(axis=1), np.asarray(pairs.gold))
    return out


def run(data: Path = DEFAULT_DATA, caps: tuple[int, ...] = CAPS) -> dict[str, Any]:
    """Every cap's CPU ms per text, AUCs and share of texts cut."""
    from newsprism.embeddings import get_embedder

    stories = load_stories(data)
    pair_sets = [build_pairs(stories, "title+lead", neg) for neg in ("topic", "random")]
    texts = [t for s in stories for t in s["title+lead"].values()]
    sample = texts[:: max(1, len(texts) // CPU_TEXTS)][:CPU_TEXTS]
    embedder = get_embedder("minilm-onnx")
    lengths = np.asarray([len(e.ids) for e in embedder._tokenizer.encode_batch(texts)])
    embedder.encode(sample[:50])  # warm-up
    rows = []
    for cap in caps:
        rows.append({"cap": cap, "cpu_ms": _cpu_ms(embedder, sample, cap),
                     "cut_share": float((lengths > cap).mean()),
                     "auc": _aucs(embedder, pair_sets, cap)})  # fmt: skip
    return {"texts": len(texts), "sample": len(sample),
            "pieces": {"median": float(np.median(lengths)),
                       "p90": float(np.percentile(lengths, 90)), "max": int(lengths.max())},
            "rows": rows}  # fmt: skip


FEATURE_CONTEXTS = ("", "minilm-onnx", "minilm-onnx/lead64")


def feature_step(data: Path = DEFAULT_DATA.parent) -> list[dict[str, Any]]:
    """``compute_features`` per article (process time, the best of two passes) for each
    context: none (the packaged model), 256 pieces (``minilm``), 64 (``minilm-lead``); on
    600 neus-raw reports and BASIL's 150 full-text articles, as session 17 measured it."""
    from newsprism.cluster.features import compute_features
    from newsprism.eval.clustering import load_basil, load_neus_raw

    sets = {"neus-raw, 600": [i.article for i in load_neus_raw(data / "neus-allsides").items][:600],
            "BASIL, 150": [i.article for i in load_basil(data / "basil").items]}  # fmt: skip
    rows = []
    for name, articles in sets.items():
        for context in FEATURE_CONTEXTS:
            compute_features(articles[:20], context=context)  # warm-up: loads the models
            best = float("inf")
            for _ in range(2):
                started = time.process_time()
                compute_features(articles, context=context)
                best = min(best, time.process_time() - started)
            rows.append({"set": name, "context": context or "none",
                         "ms_per_article": 1000 * best / len(articles)})  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--caps", type=int, nargs="+", default=list(CAPS))
    parser.add_argument("--json", action="store_true", help="print the raw results")
    parser.add_argument("--features", action="store_true",
                        help="time compute_features by context instead (session 17's table)")
    args = parser.parse_args(argv)
    if args.features:
        for row in feature_step(args.data.parent):
            print(f"| {row['set']} | {row['context']} | {row['ms_per_article']:.2f} ms |")
        return 0
    result = run(args.data, tuple(args.caps))
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        return 0
    print(f"{result['texts']} title + lead texts; word pieces: {result['pieces']}")
    print("| cap | CPU ms/text | texts cut | AUC same-topic neg. | AUC random neg. |")
    print("|---:|---:|---:|---:|---:|")
    for r in result["rows"]:
        topic, rand = r["auc"].values()
        print(f"| {r['cap']} | {r['cpu_ms']:.2f} | {100 * r['cut_share']:.0f} % | {topic:.3f} "
              f"| {rand:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
