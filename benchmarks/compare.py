"""Time and memory of ``compare`` for stories of 2, 10 and 50 articles.

The stories are the two seeds plus full-text BASIL articles (``../shared/data/basil``),
cleaned through the same stages as ``newsprism compare FILE…``. Each size runs in a
child process of its own, so that its peak RSS is its own; inside it, the models load
once (the "load s" column: spaCy + the static embedder) and the story is then analysed
twice, the second time with everything warm (the "compare s" column is the best run).

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
    from newsprism.compare.story import analyze_story
    from newsprism.embeddings import get_embedder
    from newsprism.extract.nlp import load_nlp
    from newsprism.pipeline import clean_paths

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(n, Path(tmp)))
    started = time.perf_counter()
    load_nlp()
    get_embedder()
    load = time.perf_counter() - started
    runs = []
    for _ in range(2):
        started = time.perf_counter()
        analysis = analyze_story(articles)
        runs.append(time.perf_counter() - started)
    words = sum(len(a.text.split()) for a in articles)
    return {
        "articles": len(articles),
        "words": words,
        "load_s": round(load, 2),
        "compare_s": round(min(runs), 2),
        "words_per_s": round(words / min(runs)),
        "facts": len(analysis.facts),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


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
    for column in ("articles", "words", "load_s", "compare_s", "words_per_s", "facts",
                   "peak_rss_mb"):  # fmt: skip
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(*(str(row[str(c.header)]) for c in table.columns))
    Console().print(table)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"]:
        print(json.dumps(measure(int(args[1]))))
        return 0
    rows = run()
    print_table(rows)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "compare.json").write_text(json.dumps(rows, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
