"""The benchmark corpus through the real CLI: every planned article stored, every planted
bad item reported, a re-run idempotent; and the ``make bench`` ingest benchmark itself.

These run on a small corpus (300 articles, about 5 s) so that the suite checks what
``make bench`` measures at 10 000 without taking minutes.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from benchmarks.corpus import DATA, CorpusStats, build_corpus, iter_bad, read_manifest
from benchmarks.hostile import build_hostile
from benchmarks.hostile import read_manifest as read_manifest_hostile
from benchmarks.hostile_items import KINDS
from benchmarks.ingest import ROW_KEYS, ensure_corpus
from benchmarks.run import BENCHMARKS
from click.testing import CliRunner

from newsprism.cli import cli

# The corpus is sampled from ../shared/data, which a clone outside the workspace lacks.
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is not beside the clone")

N_ARTICLES = 300
# An internal error while cleaning (E199) loses the article. The synthetic HTML pages hit
# three such bugs in clean/html_dates.py and clean/dates.py (naive vs aware datetimes, an
# offset of 24 h or more); until they are fixed those items are counted apart, so that
# the test still pins every other article and every planted failure. Any other internal
# error (another bug, or a warning turned into an error by pytest) fails the test.
KNOWN_BUG = "E199"
KNOWN_BUG_REASONS = (
    "can't compare offset-naive and offset-aware datetimes",
    "can't subtract offset-naive and offset-aware datetimes",
    "offset must be a timedelta strictly between",
)


@dataclass
class Ingested:
    """One CLI ingest run: its exit code and JSON report, over a corpus with a manifest."""

    corpus: Path
    db: Path
    stats: CorpusStats
    exit_code: int
    report: dict[str, Any]

    def failures(self) -> set[tuple[str, str]]:
        """(location relative to the corpus, code), as the manifest names planted items."""
        prefix = f"{self.corpus}{os.sep}"
        return {(f["location"].removeprefix(prefix), f["code"]) for f in self.report["failures"]}

    def unplanned(self) -> set[tuple[str, str]]:
        return self.failures() - set(iter_bad(self.stats))

    def reason(self, location: str) -> str:
        return next(
            f["reason"] for f in self.report["failures"] if f["location"].endswith(location)
        )


def _ingest(corpus: Path, db: Path) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CorpusStats]:
    """A 300-article synthetic corpus (seed 0) with its planted bad items."""
    target = tmp_path_factory.mktemp("bench") / "corpus"
    return target, build_corpus(target, N_ARTICLES, seed=0)


@pytest.fixture(scope="module")
def ingested(corpus: tuple[Path, CorpusStats]) -> Ingested:
    """The corpus ingested once into a fresh store file."""
    target, stats = corpus
    db = target.parent / "bench.db"
    exit_code, report = _ingest(target, db)
    return Ingested(target, db, stats, exit_code, report)


@pytest.fixture(scope="module")
def reingested(ingested: Ingested) -> Ingested:
    """The same corpus ingested a second time into the same store."""
    exit_code, report = _ingest(ingested.corpus, ingested.db)
    return Ingested(ingested.corpus, ingested.db, ingested.stats, exit_code, report)


def _rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_manifest_describes_the_corpus(corpus: tuple[Path, CorpusStats]) -> None:
    target, stats = corpus
    assert read_manifest(target) == stats
    assert stats.articles == N_ARTICLES
    assert stats.bad_items == len(stats.bad) > 0


def test_every_planted_bad_item_is_reported_with_its_code(ingested: Ingested) -> None:
    assert ingested.exit_code == 1  # some item failed, as planted
    missed = set(iter_bad(ingested.stats)) - ingested.failures()
    assert not missed


def test_every_article_is_stored_but_those_lost_to_the_known_bug(ingested: Ingested) -> None:
    lost = ingested.unplanned()
    for location, code in lost:
        reason = ingested.reason(location)
        assert code == KNOWN_BUG and any(k in reason for k in KNOWN_BUG_REASONS), reason
    expected = ingested.stats.articles - len(lost)
    assert ingested.report["added"] == expected
    assert ingested.report["articles_in_store"] == _rows(ingested.db) == expected
    assert ingested.report["failed"] == ingested.stats.bad_items + len(lost)


def test_no_article_is_lost(ingested: Ingested) -> None:
    assert ingested.unplanned() == set()
    assert _rows(ingested.db) == ingested.stats.articles


def test_rerun_adds_nothing(ingested: Ingested, reingested: Ingested) -> None:
    assert reingested.report["added"] == 0
    assert reingested.report["already_stored"] == ingested.report["added"]
    assert _rows(reingested.db) == ingested.report["added"]
    # Bad items are still bad, and are reported again rather than silently skipped.
    assert reingested.failures() == ingested.failures()


def test_ingest_benchmark_gives_a_row_per_pass(tmp_path: Path) -> None:
    rows = BENCHMARKS["ingest"].fn(out=tmp_path, sizes=(50,))
    assert [r["pass"] for r in rows] == ["first", "re-run"]
    first, rerun = rows
    assert set(ROW_KEYS) <= set(first)
    assert first["planned"] == 50
    assert first["added"] == 50 - len(first["unexpected_failures"])
    assert first["failed"] == first["planted_bad"] + len(first["unexpected_failures"])
    assert first["missed_bad"] == []
    assert first["articles_per_s"] > 0 and first["peak_rss_mb"] > 0 and first["db_mb"] > 0
    assert rerun["added"] == 0
    assert rerun["already_stored"] == first["added"]
    assert (tmp_path / "bench.db").exists()


def test_corpus_is_reused_only_when_its_manifest_matches(tmp_path: Path) -> None:
    target = tmp_path / "corpus-10"
    ensure_corpus(target, 10)
    marker = target / "kept"
    marker.touch()
    ensure_corpus(target, 10)
    assert marker.exists()  # same size, seed and version: reused as is
    stats = ensure_corpus(target, 12)
    assert not marker.exists()  # another size: rebuilt from scratch
    assert stats.n_articles == 12 == read_manifest(target).n_articles


def test_assign_kinds_gives_a_row_per_folder_and_puts_the_hooks_back(tmp_path: Path) -> None:
    from benchmarks.assign_kinds import run

    import newsprism.cluster.state as state
    import newsprism.pipeline as pipeline

    before = (state.ensure_features, pipeline._story_assigner)
    rows = run(60, ["jsonl", "text"], tmp_path, profile=True)
    assert [r["part"] for r in rows] == ["jsonl", "text"]
    db = tmp_path / "assign-60-jsonl+text.db"
    with sqlite3.connect(db) as conn:
        kinds = dict(conn.execute("SELECT raw_format, count(*) FROM articles GROUP BY 1"))
        assigned = conn.execute("SELECT count(*) FROM story_articles").fetchone()[0]
    # every stored article was assigned once, in the folder it came from
    assert sum(r["assigned"] for r in rows) == assigned == sum(kinds.values())
    assert all(r["assigned"] > 0 and r["step_cpu_s"] >= r["features_cpu_s"] for r in rows)
    assert db.with_suffix(".jsonl.prof").exists() and db.with_suffix(".text.prof").exists()
    assert (state.ensure_features, pipeline._story_assigner) == before


def test_stories_benchmark_gives_ingest_recluster_and_growth_rows(tmp_path: Path) -> None:
    chart = tmp_path / "growth.png"
    rows = BENCHMARKS["stories"].fn(
        out=tmp_path, sizes=((200, "all"),), engines=(("local", None), ("dask", 1)),
        plain_max=0, refeature_max=0, window=50, chart=chart,
    )  # fmt: skip
    kinds = [r["kind"] for r in rows]
    assert set(kinds) == {"ingest", "growth", "recluster"}
    (ingest,) = (r for r in rows if r["kind"] == "ingest")
    assert ingest["stories_on"] and ingest["added"] > 0 and ingest["peak_rss_mb"] > 0
    assert ingest["clustered"] == ingest["added"]
    assert 0 < ingest["stories"] <= ingest["added"]
    growth = [r for r in rows if r["kind"] == "growth"]
    assert sum(r["assigned"] for r in growth) == ingest["clustered"]
    assert [r["in_store"] for r in growth] == sorted(r["in_store"] for r in growth)
    assert all(r["ms_per_article_cpu"] >= 0 for r in growth)
    recluster = [r for r in rows if r["kind"] == "recluster"]
    assert [(r["engine"], r["workers"]) for r in recluster] == [("local", None), ("dask", 1)]
    assert all(r["same_as_first"] and r["articles"] == ingest["added"] for r in recluster)
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    json.dumps(rows)  # what the runner writes to out/stories.json


# -- the hostile corpus ----------------------------------------------------------------


def _tree(root: Path) -> dict[bytes, str]:
    """Every entry under ``root``: its kind and, for a file, the SHA-256 of its bytes."""
    found = {}
    base = os.fsencode(root)
    for folder, dirs, files in os.walk(base):
        for name in dirs + files:
            path = os.path.join(folder, name)
            if os.path.islink(path):
                found[path[len(base) :]] = f"link to {os.readlink(path)!r}"
            elif stat.S_ISFIFO(os.lstat(path).st_mode):
                found[path[len(base) :]] = "fifo"
            elif os.path.isdir(path):
                found[path[len(base) :]] = "folder"
            else:
                with open(path, "rb") as handle:
                    found[path[len(base) :]] = hashlib.sha256(handle.read()).hexdigest()
    return found


def test_hostile_corpus_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    first = build_hostile(tmp_path / "a", 150, seed=3, without=("huge",))
    again = build_hostile(tmp_path / "b", 150, seed=3, without=("huge",))
    assert first == again == read_manifest_hostile(tmp_path / "a")
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert set(first.kinds) == set(KINDS)  # every kind, each of its makers once at least
    assert all(first.kinds[k]["files"] >= len(KINDS[k].makers) for k in KINDS if k != "special")
    assert first.good_articles == 90 and first.hostile_items >= 60
    other = build_hostile(tmp_path / "c", 150, seed=4, without=("huge",))
    assert _tree(tmp_path / "c") != _tree(tmp_path / "a")
    assert other.kinds.keys() == first.kinds.keys()


def test_hostile_benchmark_reports_how_ingest_ended(tmp_path: Path) -> None:
    """A run that crashes names the files that stop it and measures the rest without them;
    a finished run is one row. Either way the outcome per kind comes from the store.
    Three kinds only (deep nesting stopped ingest when this was written), to stay short."""
    kept = {"binary", "deep-nesting", "empty"}
    leave_out = sorted({*KINDS, "huge"} - kept)
    rows = BENCHMARKS["hostile"].fn(out=tmp_path, sizes=(100,), leave_out=leave_out)
    first, last = rows[0], rows[-1]
    assert first["run"] == "whole" and first["peak_rss_mb"] > 0
    assert last["finished"] and last["exit"] == 1  # the hostile items failed, as planted
    assert last["by_kind"]["good"]["stored"] > 0
    assert last["by_kind"]["binary"]["codes"]["E101"] >= len(KINDS["binary"].makers) - 1
    assert set(last["by_kind"]) <= {"good", *kept}
    if first["finished"]:
        assert len(rows) == 1
    else:
        assert first["ended"] in ("crashed", "timeout") and first["stderr_tail"]
        assert first["blamed"] and all(b["error"] and b["where"] for b in first["blamed"])
        assert [r["run"] for r in rows] == ["whole", "without-blamed"]
    json.dumps(rows)


def test_backends_summary_gives_each_measure_on_both_backends_with_the_ratio() -> None:
    from benchmarks.backends import summary_rows

    def ingest(backend: str, corpus: int, pass_name: str, wall: float) -> dict:
        return {"kind": "ingest", "backend": backend, "corpus": corpus, "pass": pass_name,
                "wall_s": wall, "client_cpu_s": wall / 2, "store_mb": 10.0,
                "load_1m": 1.5 if backend == "sqlite" else 2.5}  # fmt: skip

    def web(backend: str, endpoint: str, per_s: float) -> dict:
        return {"kind": "web", "backend": backend, "endpoint": endpoint, "errors": 0,
                "requests_per_s": per_s, "p50_ms": 1000 / per_s, "p95_ms": 2000 / per_s,
                "load_1m": 3.0}  # fmt: skip

    rows = [ingest("sqlite", 1000, "first", 5.0), ingest("sqlite", 10000, "first", 100.0),
            ingest("sqlite", 10000, "re-run", 10.0), ingest("postgresql", 1000, "first", 9.0),
            ingest("postgresql", 10000, "first", 130.0),
            ingest("postgresql", 10000, "re-run", 12.0),
            web("sqlite", "story page", 100.0), web("postgresql", "story page", 80.0),
            web("sqlite", "search", 150.0)]  # fmt: skip
    by = {r["measure"]: r for r in summary_rows(rows)}
    first = by["ingest, first pass: wall"]  # the largest corpus, not the 1 000 one
    assert (first["sqlite"], first["postgresql"], first["ratio"]) == (100.0, 130.0, 1.3)
    assert (first["load_sqlite"], first["load_postgresql"]) == (1.5, 2.5)
    assert by["ingest, re-run: wall"]["ratio"] == 1.2
    assert by["story page: requests/s"]["ratio"] == 0.8
    assert by["story page: errors"]["ratio"] is None
    assert not any(m.startswith("search") for m in by)  # no PostgreSQL row: no comparison


def _nested_module() -> Any:
    """A module whose ``outer`` calls ``inner`` through the module, as the cleaning's
    steps call one another, for the step clock to wrap."""
    import sys
    import types

    module = types.ModuleType("_stage_clock_probe")

    def inner(n: int) -> int:
        import gc

        gc.collect(0)  # a collection inside a step is charged to the collector
        return sum(i * i for i in range(n))

    def outer(n: int) -> int:
        return module.inner(n) + sum(i for i in range(n))

    module.inner, module.outer = inner, outer
    sys.modules[module.__name__] = module
    return module


def test_step_clock_charges_each_step_its_own_cpu_and_puts_the_steps_back() -> None:
    import time

    from benchmarks.stage_inflation import GC_YOUNG, StepClock, patched

    module = _nested_module()
    originals = (module.inner, module.outer)
    steps = (("_stage_clock_probe", "outer", "outer"), ("_stage_clock_probe", "inner", "  inner"))
    clock = StepClock()
    with patched(clock, steps) as missing:
        started = time.process_time()
        for _ in range(5):
            module.outer(200_000)
        total = time.process_time() - started
    assert missing == []
    assert (module.inner, module.outer) == originals
    assert clock.calls["outer"] == clock.calls["inner"] == 5
    assert clock.calls[GC_YOUNG] >= 5
    assert clock.spent["outer"] > 0 and clock.spent["inner"] > 0
    # exclusive: the steps add up to the time around them, nothing counted twice
    assert sum(clock.spent.values()) == pytest.approx(total, rel=0.05, abs=0.002)


def test_stage_inflation_table_reads_ratios_and_shares_from_the_passes() -> None:
    from benchmarks.stage_inflation import TOTAL, table

    def one_pass(mode: str, r: int, a: float, b: float) -> dict[str, Any]:
        return {"mode": mode, "round": r, "pages": 10, "cpu_s": a + b, "wall_s": 1.0,
                "spent": {"lxml parse": a, "main extractor": b},
                "calls": {"lxml parse": 10, "main extractor": 10}}  # fmt: skip

    passes = [one_pass("alone", 0, 1.0, 2.0), one_pass("cleaner", 0, 1.5, 2.0),
              one_pass("cleaner", 0, 1.5, 2.0), one_pass("alone", 1, 1.0, 2.0),
              one_pass("cleaner", 1, 1.2, 2.0), one_pass("cleaner", 1, 1.2, 2.0)]  # fmt: skip
    rows = {r["step"]: r for r in table({"pages": 10, "rounds": 2, "modes": ["cleaner"],
                                         "passes": passes})}  # fmt: skip
    parse = rows["lxml parse"]
    assert parse["alone_ms"] == pytest.approx(100.0)
    assert parse["cleaner"]["ratio"] == pytest.approx(1.35)  # the median of 150 and 120
    assert (parse["cleaner"]["lo"], parse["cleaner"]["hi"]) == pytest.approx((1.2, 1.5))
    assert parse["cleaner"]["share_of_extra"] == pytest.approx(1.0)
    assert rows["main extractor"]["cleaner"]["ratio"] == pytest.approx(1.0)
    assert rows[TOTAL]["cleaner"]["ratio"] == pytest.approx(335 / 300)


def test_stage_inflation_runs_two_children_and_times_the_cascade(tmp_path: Path) -> None:
    from benchmarks.stage_inflation import run_rounds, table
    from benchmarks.warc import ensure_warc

    pages = ensure_warc(tmp_path, 4)
    result = run_rounds(pages, rounds=1, limit=3, warm=1, against=("cleaner", "loop"),
                        log=lambda _: None)  # fmt: skip
    assert [p["mode"] for p in result["passes"]] == ["alone", "cleaner", "cleaner", "loop"]
    rows = {r["step"]: r for r in table(result)}
    assert rows["main extractor"]["calls_per_page"] >= 1
    assert rows["lxml parse"]["alone_ms"] > 0 and rows["lxml parse"]["cleaner"]["ms"] > 0
    assert rows["names"]["calls_per_page"] == 1  # the story features, one an article
