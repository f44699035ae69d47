"""Framing of the 10-article compare story with each shipped detector, warm.

The story is the one of ``benchmarks/compare.py`` (the seeds plus BASIL articles),
cleaned and parsed once; each article's quotes are extracted once. Then the framing
step (``frame_doc``) runs three times per detector — none (lexicon layers only), the
static model, the fine-tuned MiniLM, the cascade (the static model choosing the
sentences the MiniLM reads) — and the best wall and CPU seconds are printed,
with the ratio to the lexicon layers alone measured in the same run. Then the whole
``compare`` of the story (``analyze_story``) per detector, in the same process, the
detectors taking turns run by run, with the ratio of median CPU seconds to the static
detector's. docs/framing.md reads the figures.

Example::

    .venv/bin/python -m benchmarks.framing
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.compare import story_files

ARTICLES = 10
RUNS = 3


def measure(n: int = ARTICLES) -> list[dict[str, Any]]:
    """One row per detector: best wall and CPU seconds of framing the whole story."""
    from newsprism.eval.framing_variants import shipped_detectors
    from newsprism.extract.framing import frame_doc
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes
    from newsprism.pipeline import clean_paths

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(n, Path(tmp)))
    docs = list(load_nlp().pipe(a.text for a in articles))
    quotes = [extract_quotes(d) for d in docs]
    words = sum(len(a.text.split()) for a in articles)
    rows = []
    for label, model in {"none": None, **shipped_detectors()}.items():
        runs = []
        for _ in range(RUNS):  # the first run also loads the model
            getattr(model, "cache", {}).clear()  # the MiniLM reads every sentence afresh
            wall, cpu = time.perf_counter(), time.process_time()
            for doc, found in zip(docs, quotes, strict=True):
                frame_doc(doc, quotes=found, model=model, detector=model is not None)
            runs.append((time.perf_counter() - wall, time.process_time() - cpu))
        best = min(runs[1:] or runs)
        read = len(getattr(model, "cache", ()))  # distinct sentences the MiniLM read (last run)
        rows.append({"detector": label, "articles": len(docs), "words": words,
                     "sentences": sum(len(list(d.sents)) for d in docs),
                     "minilm_read": read, "framing_s": round(best[0], 2),
                     "cpu_s": round(best[1], 2)})  # fmt: skip
    base = rows[0]["framing_s"] or 1.0
    for row in rows:
        row["x_lexicon_only"] = round(row["framing_s"] / base, 2)
    return rows


COMPARE_LABELS = ("none", "static", "minilm", "minilm, new articles", "cascade",
                  "cascade, new articles")
ROUNDS = 5  # interleaved rounds of compare after the one that loads the models


def _compare_once(label: str, articles: list) -> tuple[float, float]:
    """Wall and CPU seconds of one ``analyze_story`` with the detector of ``label``."""
    import os

    from newsprism.compare.story import analyze_story
    from newsprism.extract.framing.detector import ENV_MODEL, load_detector

    os.environ[ENV_MODEL] = label.split(",")[0]
    if label.endswith("new articles"):  # as if no sentence had been read before
        load_detector().cache.clear()
    wall, cpu = time.perf_counter(), time.process_time()
    analyze_story(articles)
    return time.perf_counter() - wall, time.process_time() - cpu


def measure_compare(n: int = ARTICLES, rounds: int = ROUNDS) -> list[dict[str, Any]]:
    """``analyze_story`` of the same story per shipped detector, in this one process
    (``NEWSPRISM_FRAMING_MODEL`` switched between runs). The detectors take turns, run
    by run, for ``rounds`` rounds after one that loads the models, so that a change of
    load on a shared machine falls on all of them alike; best and median wall and CPU
    seconds. The MiniLM keeps the scores of the sentences it has read; "new articles"
    clears them before every run (the cascade shares the MiniLM's)."""
    import os
    import statistics

    from newsprism.extract.framing.detector import ENV_MODEL
    from newsprism.pipeline import clean_paths

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(n, Path(tmp)))
    before = os.environ.get(ENV_MODEL)
    runs: dict[str, list[tuple[float, float]]] = {label: [] for label in COMPARE_LABELS}
    try:
        for round_ in range(rounds + 1):
            for label in COMPARE_LABELS:
                timing = _compare_once(label, articles)
                if round_:  # the first round loads the models
                    runs[label].append(timing)
    finally:
        if before is None:
            os.environ.pop(ENV_MODEL, None)
        else:
            os.environ[ENV_MODEL] = before
    rows = []
    for label, timings in runs.items():
        walls, cpus = [w for w, _ in timings], [c for _, c in timings]
        rows.append({"detector": label, "articles": len(articles),
                     "compare_s": round(min(walls), 2), "cpu_s": round(min(cpus), 2),
                     "median_s": round(statistics.median(walls), 2),
                     "median_cpu_s": round(statistics.median(cpus), 2)})  # fmt: skip
    base, base_cpu = rows[1]["compare_s"] or 1.0, rows[1]["median_cpu_s"] or 1.0
    for row in rows:
        row["x_static"] = round(row["compare_s"] / base, 2)
        row["x_static_cpu"] = round(row["median_cpu_s"] / base_cpu, 2)
    return rows


def print_table(rows: list[dict[str, Any]], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in rows[0]:
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(*(str(v) for v in row.values()))
    Console().print(table)


def main() -> int:
    print_table(measure(), "framing of one story, per detector (warm: best run after the first)")
    print_table(measure_compare(), "compare of the same story, per detector (warm, "
                f"interleaved, {ROUNDS} rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
