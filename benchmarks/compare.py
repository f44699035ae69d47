"""Time and memory of ``compare`` for stories of 2, 10 and 50 articles.

The stories are the two seeds plus full-text BASIL articles (``../shared/data/basil``),
cleaned through the same stages as ``newsprism compare FILE…``. Each size runs in a
child process of its own, so that its peak RSS is its own; inside it, the models load
once (the "load s" column: spaCy + the static embedder) and the story is then analysed
twice, the second time with everything warm (the "compare s" column is the best run).
"compare cpu s" is the same run's CPU time (``time.process_time``), which a machine
shared with other work barely moves; "pairs" and "pair µs" are the claim pairs the
same-fact model scores and its CPU cost per pair (``compare.align.same_fact_scores``);
"units" and "units cpu s" are the fact units read (sentences with a candidate partner and
their clauses, ``compare.units.read_units``) and that step's CPU time.

Example::

    .venv/bin/python -m benchmarks.compare
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles"
SIZES = (2, 10, 50)


def story_files(n: int, folder: Path) -> list[Path]:
    """The seeds, then BASIL articles (sorted, so every run compares the same story)."""
    files = sorted((ROOT / "examples").glob("*.txt"))[:n]
    for source in sorted(BASIL.rglob("*.json")):
        if len(files) >= n:
            break
        data = json.loads(source.read_text("utf-8"))
        paragraphs = [" ".join(p) if isinstance(p, list) else str(p)
                      for p in data.get("body-paragraphs", [])]  # fmt: skip
        target = folder / f"{source.stem}.txt"
        target.write_text(f"{data.get('title', '')}\n\n" + "\n\n".join(paragraphs), "utf-8")
        files.append(target)
    return files


def measure(n: int) -> dict[str, Any]:
    """Run in the child: clean, load the models, analyse twice; report seconds and RSS."""
    import newsprism.compare.story as story
    from newsprism.embeddings import get_embedder
    from newsprism.extract.nlp import load_nlp
    from newsprism.pipeline import clean_paths

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(n, Path(tmp)))
    started = time.perf_counter()
    load_nlp()
    get_embedder()
    load = time.perf_counter() - started
    pair_model = _time_pair_model(story)
    unit_reads = _time_units(story)
    runs, cpu = [], []
    for _ in range(2):
        pair_model.clear()
        unit_reads.clear()
        started, started_cpu = time.perf_counter(), time.process_time()
        analysis = story.analyze_story(articles)
        runs.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    words = sum(len(a.text.split()) for a in articles)
    pairs = sum(p for p, _ in pair_model)
    return {
        "articles": len(articles),
        "words": words,
        "load_s": round(load, 2),
        "compare_s": round(min(runs), 2),
        "compare_cpu_s": round(min(cpu), 2),
        "words_per_s": round(words / min(runs)),
        "facts": len(analysis.facts),
        "pairs": pairs,
        "pair_us": round(1e6 * sum(s for _, s in pair_model) / max(1, pairs), 1),
        "units": sum(u for u, _ in unit_reads),
        "units_cpu_s": round(sum(s for _, s in unit_reads), 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _time_pair_model(story: Any) -> list[tuple[int, float]]:
    """Wrap the story's same-fact model: each call's (pairs, CPU seconds) is recorded."""
    calls: list[tuple[int, float]] = []
    model = story.same_fact_scores

    def timed(claims: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        result = model(claims, *args, **kwargs)
        calls.append((len(claims) * (len(claims) - 1) // 2, time.process_time() - started))
        return result

    story.same_fact_scores = timed
    return calls


def _time_units(story: Any) -> list[tuple[int, float]]:
    """Wrap the story's fact-unit reading: each call's (units read, CPU seconds)."""
    calls: list[tuple[int, float]] = []
    read = story.read_units

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        result = read(*args, **kwargs)
        calls.append((len(result.pool.owners), time.process_time() - started))
        return result

    story.read_units = timed
    return calls


def run(sizes: tuple[int, ...] = SIZES) -> list[dict[str, Any]]:
    """One child process per story size."""
    rows = []
    for n in sizes:
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.compare", "--child", str(n)],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
        rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="compare: one story, models loaded once per process")
    for column in ("articles", "words", "load_s", "compare_s", "compare_cpu_s", "words_per_s",
                   "facts", "pairs", "pair_us", "units", "units_cpu_s",
                   "peak_rss_mb"):  # fmt: skip
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(*(str(row.get(str(c.header), "–")) for c in table.columns))
    Console().print(table)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"]:
        print(json.dumps(measure(int(args[1]))))
        return 0
    sizes = tuple(int(a) for a in args[1:]) if args[:1] == ["--sizes"] else SIZES
    rows = run(sizes)
    print_table(rows)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "compare.json").write_text(json.dumps(rows, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
