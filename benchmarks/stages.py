"""The stages benchmark, a diagnosis: where ingest spends its CPU, stage by stage.

Timers wrap a few named functions (:data:`STAGES`) for one in-process ingest of a
synthetic corpus; ``benchmarks/cpu_article.py`` reuses them.
"""

from __future__ import annotations

import contextlib
import importlib
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.ingest import ensure_corpus, remove_db
from benchmarks.layout import OUT, PIPED_WIDTH

# (module, attribute, label) of the functions ``bench_stages`` times. Each is patched where
# its caller looks it up, so the timer sees every call; labels are indented as they nest.
STAGES = (
    ("newsprism.cleaning_pool", "clean_document", "clean (all of it)"),
    ("newsprism.clean", "extract_html", "  HTML cascade (HTML and feed items)"),
    ("trafilatura", "bare_extraction", "    trafilatura"),
    ("newsprism.clean.html", "meta_stamps", "    page dates (meta, JSON-LD, URL)"),
    ("newsprism.clean.html", "htmldate_stamp", "    htmldate fallback"),
    ("newsprism.clean.html", "parse_tree", "    lxml parse"),
    ("newsprism.clean", "clean_lines", "  text line rules"),
    ("newsprism.clean", "detect_language", "  language (lingua)"),
    ("newsprism.clean", "_outlet", "  outlet"),
    ("newsprism.clean", "_choose_date", "  date choice"),
    ("dateparser.date", "DateDataParser.get_date_data", "dateparser (any caller)"),
    ("newsprism.store.sqlite", "SQLiteStore.add_batch", "SQLite writes"),
    ("newsprism.store.sqlite", "SQLiteStore.known_hashes", "SQLite hash look-ups"),
)


@contextlib.contextmanager
def _stage_timers(
    spent: Counter[str], calls: Counter[str], stages: Sequence[tuple[str, str, str]] = STAGES
) -> Iterator[list[str]]:
    """Wrap each of ``stages`` with a CPU timer; put the originals back on exit."""
    patched, missing = [], []
    for module_name, attribute, label in stages:
        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = getattr(owner, name, None)
        if original is None:  # renamed since: leave it out rather than fail the run
            missing.append(f"{module_name}.{attribute}")
            continue

        def timed(*args: Any, _fn: Any = original, _label: str = label, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return _fn(*args, **kwargs)
            finally:
                spent[_label] += time.process_time() - started
                calls[_label] += 1

        setattr(owner, name, timed)
        patched.append((owner, name, original))
    try:
        yield missing
    finally:
        for owner, name, original in patched:
            setattr(owner, name, original)


def bench_stages(
    out: Path = OUT, console: Console | None = None, *, n: int = 10_000
) -> list[dict[str, Any]]:
    """Where ingest spends its CPU: inclusive time of each stage over one corpus, in-process.

    cProfile says the same in outline but inflates pure-Python code (the ``regex``
    module compiling dateparser's locale patterns costs 2 s, and 28 s under the
    profiler), so the shares here come from timers around a few named functions.
    """
    from newsprism.pipeline import ingest_paths
    from newsprism.store import open_store

    console = console or Console(width=PIPED_WIDTH)
    out.mkdir(parents=True, exist_ok=True)
    corpus = out / f"corpus-{n}"
    ensure_corpus(corpus, n)
    db = out / "stages.db"
    remove_db(db)
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    with _stage_timers(spent, calls) as missing, open_store(db) as store:
        started = time.process_time()
        report = ingest_paths([corpus], store)
        total = time.process_time() - started
    remove_db(db)
    outside = total - spent["clean (all of it)"] - spent["SQLite writes"]
    outside -= spent["SQLite hash look-ups"]
    rows = [
        {"stage": label, "cpu_s": round(spent[label], 2), "share": spent[label] / total,
         "calls": calls[label]}
        for _, _, label in STAGES
        if label in calls
    ]  # fmt: skip
    rows.append({"stage": "read, decode, hash, batch (calls: files)", "cpu_s": round(outside, 2),
                 "share": outside / total, "calls": report.files})  # fmt: skip
    rows.append({"stage": "total (calls: articles stored)", "cpu_s": round(total, 2), "share": 1.0,
                 "calls": len(report.added)})  # fmt: skip
    table = Table(title=f"ingest of corpus-{n}: CPU by stage (inclusive, one process)")
    for column in ("stage", "CPU s", "share", "calls"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    for r in rows:
        table.add_row(r["stage"], f"{r['cpu_s']:.1f}", f"{r['share']:.0%}", f"{r['calls']:,}")
    console.print(table)
    for name in missing:
        console.print(f"not timed (not found): {name}", markup=False)
    return rows
