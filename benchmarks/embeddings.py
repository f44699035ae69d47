"""Embedders compared: speed, memory and paraphrase quality (static model2vec vs MiniLM).

Run from the project root:

    .venv/bin/python -m benchmarks.embeddings
    HF_HUB_OFFLINE=1 PYTHONPATH=src /work/distill-venv/bin/python -m benchmarks.embeddings

The first measures the static embedder and ``minilm-onnx`` (MiniLM as the packaged int8
ONNX file: onnxruntime, no torch); the main venv has no torch, so ``minilm`` is reported
as not measured there. The second, from the build environment of scripts/README.md, also
measures MiniLM through torch. Each embedder runs in a child process of its own, so that
its peak RSS is its own. Besides rates, each reports the CPU milliseconds per title and
per title + 60-word lead (the clusterer's text), one ``encode`` call over 400 texts.

Quality uses NeuS-AllSides (``../shared/data/neus-allsides/raw_crawled``): one story told by
a left, a center and a right outlet. Positive pairs are two outlets' texts about the same
story; negatives are two texts about different stories, either under the same AllSides
topic ("hard": both about, say, the Supreme Court) or drawn at random. The score is the ROC
AUC of cosine similarity for positives against negatives: the chance that a random
same-story pair scores above a random different-story pair. Spearman's rho between the two
embedders' similarities over all pairs says how alike they rank pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "neus-allsides"
SIDES = ("left", "center", "right")
SEED = 13
BACKENDS = ("static", "minilm", "minilm-onnx")
# Headlines per speed run and runs per rate (leads: a quarter as many): enough for a steady
# rate, short enough for MiniLM on 2 cores.
SPEED_TEXTS = {"static": (20_000, 5), "minilm": (1_000, 1), "minilm-onnx": (1_000, 2)}
# CPU per text (process time, every thread counted): texts per measure.
CPU_TEXTS = 400
LEAD_WORDS = 60  # the clusterer's title + lead reads this many words of the body


@dataclass(frozen=True)
class PairSet:
    """Text pairs with a gold label: 1 for the same story, 0 for different stories."""

    name: str
    left: list[str]
    right: list[str]
    gold: list[int]

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "left": self.left, "right": self.right, "gold": self.gold}


def load_stories(data: Path) -> list[dict[str, Any]]:
    """Return NeuS-AllSides stories as ``{"topic", "title": {side: str}, "lead": {side: str}}``."""
    stories = []
    for path in sorted((data / "raw_crawled").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            titles, leads, both = {}, {}, {}
            for side in SIDES:
                item = (row.get("news") or {}).get(side) or {}
                if item.get("newsTitle"):
                    titles[side] = item["newsTitle"].strip()
                if item.get("newBody"):
                    leads[side] = item["newBody"][0].strip()
                if side in titles and item.get("newBody"):
                    # as cluster.features embeds it: "title. " and the body's first 60 words
                    words = " ".join(item["newBody"]).split()[:LEAD_WORDS]
                    both[side] = f"{titles[side]}. {' '.join(words)}"
            stories.append({"topic": row.get("topic") or "", "title": titles, "lead": leads,
                            "title+lead": both})
    return stories


def build_pairs(stories: list[dict[str, Any]], field: str, negatives: str) -> PairSet:
    """Same-story pairs of ``field`` ("title" or "lead"), plus as many different-story pairs.

    Args:
        stories: from :func:`load_stories`.
        field: which text of each outlet.
        negatives: ``"topic"`` (different stories under the same topic) or ``"random"``.
    """
    rng = random.Random(SEED)
    left, right, gold = [], [], []
    for story in stories:
        texts = story[field]
        for i, a in enumerate(SIDES):
            for b in SIDES[i + 1 :]:
                if a in texts and b in texts:
                    left.append(texts[a])
                    right.append(texts[b])
                    gold.append(1)
    n_positive = len(gold)
    by_topic: dict[str, list[int]] = {}
    for index, story in enumerate(stories):
        if story[field]:
            by_topic.setdefault(story["topic"], []).append(index)
    usable = [i for i, s in enumerate(stories) if s[field]]
    seen: set[tuple[int, int]] = set()
    attempts = 0
    while len(gold) < 2 * n_positive and attempts < 100 * n_positive:
        attempts += 1
        i = rng.choice(usable)
        pool = by_topic[stories[i]["topic"]] if negatives == "topic" else usable
        j = rng.choice(pool)
        if i == j or (min(i, j), max(i, j)) in seen:
            continue
        seen.add((min(i, j), max(i, j)))
        left.append(rng.choice(sorted(stories[i][field].values())))
        right.append(rng.choice(sorted(stories[j][field].values())))
        gold.append(0)
    return PairSet(f"{field}s, {negatives} negatives", left, right, gold)


def rankdata(values: np.ndarray) -> np.ndarray:
    """Ranks from 1, ties sharing their average rank (as scipy.stats.rankdata)."""
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(len(values), dtype=np.float64)
    sorted_values = values[order]
    start = 0
    while start < len(values):
        end = start
        while end + 1 < len(values) and sorted_values[end + 1] == sorted_values[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def roc_auc(scores: np.ndarray, gold: np.ndarray) -> float:
    """ROC AUC by the Mann-Whitney U statistic."""
    ranks = rankdata(scores)
    n_pos = int(gold.sum())
    n_neg = len(gold) - n_pos
    return float((ranks[gold == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman's rho: the Pearson correlation of the ranks."""
    return float(np.corrcoef(rankdata(a), rankdata(b))[0, 1])


def _rss_mb() -> float:
    # ru_maxrss is in KiB on Linux: the peak of this process so far.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _best_rate(embedder: Any, texts: list[str], n: int, repeats: int) -> float:
    """Texts per second over ``n`` texts, the best of ``repeats`` runs (others share the CPU)."""
    batch = (texts * (n // len(texts) + 1))[:n]
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        embedder.encode(batch)
        best = min(best, time.perf_counter() - started)
    return n / best


def _cpu_ms(embedder: Any, texts: list[str]) -> float:
    """CPU milliseconds per text (process time: all threads), over ``CPU_TEXTS`` texts
    embedded in one call, as ``compute_features`` embeds a batch's articles."""
    sample = texts[:: max(1, len(texts) // CPU_TEXTS)][:CPU_TEXTS]
    started = time.process_time()
    embedder.encode(sample)
    return 1000 * (time.process_time() - started) / len(sample)


def measure(name: str, data: Path, static_path: Path | None) -> dict[str, Any]:
    """Load one embedder, time it and score the pairs; meant to run in a child process."""
    from newsprism.embeddings import StaticEmbedder, get_embedder
    from newsprism.errors import NewsprismError

    stories = load_stories(data)
    pair_sets = [
        build_pairs(stories, field, negatives)
        for field in ("title", "lead", "title+lead")
        for negatives in ("topic", "random")
    ]
    baseline = _rss_mb()
    started = time.perf_counter()
    try:
        if static_path and name == "static":
            embedder = StaticEmbedder(static_path)
        else:
            embedder = get_embedder(name)
    except NewsprismError as exc:
        return {"name": name, "error": str(exc)}
    load_s = time.perf_counter() - started
    rss_loaded = _rss_mb()

    titles = [t for s in stories for t in s["title"].values()]
    leads = [t for s in stories for t in s["lead"].values()]
    embedder.encode(titles[:256])  # warm-up: first-call allocations, lazy tokenizer set-up
    n, repeats = SPEED_TEXTS[name]
    rates = {
        "title": _best_rate(embedder, titles, n, repeats),
        "lead": _best_rate(embedder, leads, n // 4, repeats),
    }
    both = [t for s in stories for t in s["title+lead"].values()]
    cpu_ms = {"title": _cpu_ms(embedder, titles), "title+lead": _cpu_ms(embedder, both)}

    # Each distinct text is embedded once; the pairs index into the result.
    unique = sorted({t for p in pair_sets for t in (*p.left, *p.right)})
    vectors = embedder.encode(unique)
    row = {text: i for i, text in enumerate(unique)}
    similarities = {}
    for pairs in pair_sets:
        a = vectors[[row[t] for t in pairs.left]]
        b = vectors[[row[t] for t in pairs.right]]
        similarities[pairs.name] = {"sim": (a * b).sum(axis=1).tolist(), "gold": pairs.gold}
    return {
        "name": name,
        "dim": embedder.dim,
        "load_s": load_s,
        "per_s": rates,
        "cpu_ms": cpu_ms,
        "mean_chars": {"title": _mean_len(titles), "lead": _mean_len(leads)},
        "rss_baseline_mb": baseline,
        "rss_loaded_mb": rss_loaded,
        "rss_peak_mb": _rss_mb(),
        "similarities": similarities,
    }


def _mean_len(texts: list[str]) -> float:
    return sum(map(len, texts)) / len(texts)


def _run_child(name: str, data: Path, static_path: Path | None) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.embeddings", "--worker", name, "--data", str(data)]
    if static_path:
        command += ["--static-path", str(static_path)]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TQDM_DISABLE": "1"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"name": name, "error": done.stderr.strip().splitlines()[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def model_size_mb(static_path: Path | None) -> float:
    """Size on disk of the static model folder."""
    from newsprism.embeddings import static_model_path

    folder = static_path or static_model_path()
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 1e6


def run(data: Path = DEFAULT_DATA, static_path: Path | None = None) -> list[dict[str, Any]]:
    """Measure every installed embedder, each in its own process; return one dict each."""
    return [_run_child(name, data, static_path) for name in BACKENDS]


def print_tables(results: list[dict[str, Any]], static_path: Path | None) -> None:
    """Print the speed/memory table and the quality table."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    ok = [r for r in results if "error" not in r]
    speed = Table(title="Embedders: speed and memory (one process each)")
    columns = ("embedder", "dim", "load s", "headlines/s", "leads/s", "CPU ms/title",
               "CPU ms/title+lead", "RSS loaded MB", "peak MB")
    for column in columns:
        speed.add_column(column, justify="left" if column == "embedder" else "right")
    for r in ok:
        speed.add_row(
            r["name"],
            str(r["dim"]),
            f"{r['load_s']:.2f}",
            f"{r['per_s']['title']:,.0f}",
            f"{r['per_s']['lead']:,.0f}",
            f"{r['cpu_ms']['title']:.2f}",
            f"{r['cpu_ms']['title+lead']:.2f}",
            f"+{r['rss_loaded_mb'] - r['rss_baseline_mb']:.0f}",
            f"{r['rss_peak_mb']:.0f}",
        )
    console.print(speed)
    if ok:
        chars = ok[0]["mean_chars"]
        console.print(
            f"Texts: NeuS-AllSides headlines ({chars['title']:.0f} characters on average) and "
            f"leads ({chars['lead']:.0f}); rates are the best of several runs. RSS loaded: "
            "growth of the process while the model loads; peak: the whole process. "
            f"Static model on disk: {model_size_mb(static_path):.1f} MB.",
            markup=False,
        )
    for r in results:
        if "error" in r:
            console.print(f"{r['name']}: not measured: {r['error']}", markup=False)

    quality = Table(title="Same story vs different story: ROC AUC of cosine similarity")
    quality.add_column("pairs")
    quality.add_column("n", justify="right")
    for r in ok:
        quality.add_column(r["name"], justify="right")
    for r in ok[1:]:
        quality.add_column(f"Spearman rho, {ok[0]['name']} vs {r['name']}", justify="right")
    for pair_name in ok[0]["similarities"] if ok else []:
        gold = np.asarray(ok[0]["similarities"][pair_name]["gold"])
        sims = [np.asarray(r["similarities"][pair_name]["sim"]) for r in ok]
        row = [pair_name, str(len(gold))] + [f"{roc_auc(s, gold):.3f}" for s in sims]
        row += [f"{spearman(sims[0], other):.3f}" for other in sims[1:]]
        quality.add_row(*row)
    console.print(quality)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, or (``--worker``) one embedder's measurements as JSON on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="neus-allsides folder")
    parser.add_argument("--static-path", type=Path, help="another static model folder to measure")
    parser.add_argument("--worker", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print raw results as JSON")
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(measure(args.worker, args.data, args.static_path)))
        return 0
    results = run(args.data, args.static_path)
    if args.json:
        for r in results:
            r["auc"] = {
                pairs: roc_auc(np.asarray(v["sim"]), np.asarray(v["gold"]))
                for pairs, v in r.pop("similarities", {}).items()
            }
        print(json.dumps(results, indent=2))
    else:
        print_tables(results, args.static_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
