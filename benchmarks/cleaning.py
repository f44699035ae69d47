"""The cost of cleaning HTML against trafilatura alone, side by side in one run.

The same pages (the first ``PAGES`` of ``../shared/data/trafilatura-eval/html``, in
name order) go through three kinds of child process, each started afresh so that
imports, model loading and first-use compilation count as a user pays them:

- ``trafilatura``: ``trafilatura.bare_extraction(page, with_metadata=True)`` on each
  page's bytes, the extractor newsprism wraps, alone;
- ``clean``: newsprism's reading, decoding and ``clean_document`` of each page (text,
  title, dates, outlet, language), what issue 16's "cost of cleaning" is about;
- ``ingest``: ``newsprism ingest PAGES --db FRESH.db``, the command a user runs, which
  also stores the articles and builds stories.

The three kinds take turns, ``REPEATS`` times, so that load from other jobs falls on
all of them alike; the table gives each one's median CPU time (user + system) and peak
RSS (``os.wait4``, that child alone) and their ratios to trafilatura's. Run::

    python -m benchmarks.cleaning [--pages 300] [--repeats 3]
    python -m benchmarks.run cleaning        # the same, as part of make bench
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchmarks.corpus import DATA

PAGES = 300
REPEATS = 3
KINDS = ("trafilatura", "clean", "ingest")
PAGES_DIR = DATA / "trafilatura-eval" / "html"


def pages(n: int = PAGES, folder: Path = PAGES_DIR) -> list[Path]:
    """The first ``n`` pages of the folder in name order (the same ones every run)."""
    return sorted(folder.glob("*.html.gz"))[:n]


def child_main(kind: str, listing: Path) -> int:
    """Inside a child: process every page in ``listing`` (one path a line) as ``kind``."""
    paths = [Path(line) for line in listing.read_text("utf-8").splitlines() if line]
    if kind == "trafilatura":
        import trafilatura

        for path in paths:
            trafilatura.bare_extraction(gzip.decompress(path.read_bytes()), with_metadata=True)
        return 0
    from newsprism.clean import clean_document
    from newsprism.ingest import IngestOptions, read_path
    from newsprism.models import RawDocument

    options = IngestOptions()
    for path in paths:
        for raw in read_path(path, options):
            if isinstance(raw, RawDocument):
                try:
                    clean_document(raw)
                except Exception as exc:  # a failed page still cost its time; say which
                    print(f"{path.name}: {exc}", file=sys.stderr)
    return 0


def _command(kind: str, listing: Path, db: Path, paths: list[Path]) -> list[str]:
    if kind == "ingest":
        from benchmarks.ingest import ingest_command

        return [*ingest_command(), "ingest", *map(str, paths), "--db", str(db)]
    return [sys.executable, "-m", "benchmarks.cleaning", "--child", kind, str(listing)]


def measure(n_pages: int = PAGES, repeats: int = REPEATS, out: Path | None = None
            ) -> list[dict[str, Any]]:  # fmt: skip
    """Run every kind ``repeats`` times in turn; one row per kind with medians and ratios."""
    from benchmarks.child import run_child
    from benchmarks.ingest import remove_db

    paths = pages(n_pages)
    if not paths:
        raise FileNotFoundError(f"no pages in {PAGES_DIR}")
    runs: dict[str, list[tuple[float, float, float]]] = {k: [] for k in KINDS}
    with tempfile.TemporaryDirectory() as tmp:
        listing, db = Path(tmp) / "pages.txt", Path(tmp) / "cleaning.db"
        listing.write_text("\n".join(map(str, paths)) + "\n", "utf-8")
        log = (out or Path(tmp)) / "cleaning.stderr.log"
        for _ in range(repeats):
            for kind in KINDS:
                remove_db(db)
                child = run_child(_command(kind, listing, db, paths), log)
                if child.exit not in (0, 1):
                    raise RuntimeError(f"{kind} child exited {child.exit}; see {log}")
                runs[kind].append((child.cpu_s, child.peak_rss_mb, child.wall_s))
    base_cpu = statistics.median(r[0] for r in runs["trafilatura"])
    base_rss = statistics.median(r[1] for r in runs["trafilatura"])
    rows = []
    for kind in KINDS:
        cpu = statistics.median(r[0] for r in runs[kind])
        rss = statistics.median(r[1] for r in runs[kind])
        rows.append({
            "kind": kind, "pages": len(paths), "repeats": repeats,
            "cpu_s": round(cpu, 2), "peak_rss_mb": round(rss, 1),
            "wall_s": round(statistics.median(r[2] for r in runs[kind]), 2),
            "cpu_ratio": round(cpu / base_cpu, 3), "rss_ratio": round(rss / base_rss, 3),
            "cpu_s_runs": [round(r[0], 2) for r in runs[kind]],
            "peak_rss_mb_runs": [round(r[1], 1) for r in runs[kind]],
            "load_1m": round(os.getloadavg()[0], 1),
        })  # fmt: skip
    return rows


def print_table(rows: list[dict[str, Any]], console: Console) -> None:
    table = Table(title=f"HTML cleaning against trafilatura alone ({rows[0]['pages']} pages, "
                        f"medians of {rows[0]['repeats']})")  # fmt: skip
    for column in ("run", "CPU s", "× trafilatura", "peak RSS MB", "× trafilatura", "wall s"):
        table.add_column(column, justify="left" if column == "run" else "right")
    labels = {"trafilatura": "trafilatura alone", "clean": "newsprism clean",
              "ingest": "newsprism ingest"}  # fmt: skip
    for row in rows:
        table.add_row(labels[row["kind"]], f"{row['cpu_s']:.1f}", f"{row['cpu_ratio']:.2f}",
                      f"{row['peak_rss_mb']:.0f}", f"{row['rss_ratio']:.2f}",
                      f"{row['wall_s']:.1f}")  # fmt: skip
    console.print(table)
    console.print("trafilatura alone: bare_extraction(with_metadata=True); clean: read, decode "
                  "and clean_document; ingest: the CLI, with the store and stories.", markup=False)
    console.print("Goal (issue 16): cleaning at most 1.2× trafilatura's CPU and 2× its peak RSS.",
                  markup=False)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.cleaning", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--pages", type=int, default=PAGES)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "LISTING"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args.child[0], Path(args.child[1]))
    print_table(measure(args.pages, args.repeats), Console())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
