"""``newsprism serve``, the warm-up, the single writer and the load benchmark."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import httpx
from benchmarks.run import BENCHMARKS
from click.testing import CliRunner

from newsprism.analyses import ANALYSIS_VERSION
from newsprism.cli import cli
from newsprism.store import open_store
from newsprism.store.stories import count_stories
from newsprism.web import analyses
from newsprism.web.db import Database
from newsprism.web.server import allowed_hosts
from newsprism.web.workers import DEFAULT_TIMEOUT_S, DEFAULT_WORKERS, AnalysisPool
from tests.conftest import SHARED_DATA
from tests.web.conftest import Server, build_store


def test_serve_passes_its_options_to_the_server(monkeypatch, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr("newsprism.web.serve", lambda db, **kw: seen.update(db=db, **kw))
    db = str(tmp_path / "x.db")
    result = CliRunner().invoke(cli, ["serve", "--db", db, "--port", "8123", "--warm",
                                      "--max-upload-bytes", "1000"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert seen == {"db": db, "host": "127.0.0.1", "port": 8123, "warm": True,
                    "max_upload_bytes": 1000, "analysis_timeout": DEFAULT_TIMEOUT_S,
                    "analysis_workers": DEFAULT_WORKERS}  # fmt: skip
    assert "http://127.0.0.1:8123/" in result.stderr


def test_allowed_hosts_follow_the_bind_address() -> None:
    assert allowed_hosts("127.0.0.1") is None  # the app's local names
    assert allowed_hosts("0.0.0.0") == ["*"]
    assert "newsbox.lan" in allowed_hosts("newsbox.lan")


def test_warm_analyses_every_story_and_stops_when_asked(tmp_path: Path) -> None:
    info = build_store(tmp_path / "warm.db", basil=False)
    db = Database(info["db"])
    pool = AnalysisPool(workers=1)
    analyzer = analyses.Analyzer(db, pool)
    try:
        stop = threading.Event()
        stop.set()
        assert analyzer.warm(stop) == 0
        assert analyzer.warm(threading.Event()) == 2
        assert analyzer.warm(threading.Event()) == 0  # all cached now
        with open_store(info["db"]) as store:
            analysed = store.conn.execute("SELECT count(*) FROM story_analyses").fetchone()[0]
            assert analysed == count_stories(store) == 2
            assert store.conn.execute("SELECT count(*) FROM analysis_entities").fetchone()[0]
    finally:
        pool.close()
        db.close()


def test_writer_runs_jobs_in_order_on_one_thread(tmp_path: Path) -> None:
    db = Database(tmp_path / "w.db")
    try:
        names = [db.writer.submit(lambda store: threading.current_thread().name)
                 for _ in range(5)]  # fmt: skip
        assert {f.result() for f in names} == {"newsprism-writer"}
        failing = db.writer.submit(lambda store: 1 / 0)
        assert isinstance(failing.exception(), ZeroDivisionError)
        assert db.writer.run(lambda store: store.count()) == 0  # still running after an error
    finally:
        db.close()


def test_a_real_server_answers_and_stops(tmp_path: Path) -> None:
    info = build_store(tmp_path / "real.db", basil=False)
    server = Server(info["db"])
    try:
        overview = httpx.get(f"{server.url}/api/overview").json()
        assert overview["articles"] == info["articles"]
        page = httpx.get(f"{server.url}/")
        assert "script-src 'self'" in page.headers["content-security-policy"]
    finally:
        server.stop()
    assert server.process.returncode is not None


def _check_load_rows(rows: list[dict[str, Any]], backends: tuple[str, ...]) -> None:
    assert [(r["endpoint"], r["backend"]) for r in rows] == [
        (endpoint, backend) for backend in backends for endpoint in ("story page", "search")
    ]
    for row in rows:
        assert row["errors"] == 0, row["error_samples"]
        # without ../shared/data the store holds the seed story only: one story page
        many = 2 if (SHARED_DATA / "basil").is_dir() or row["endpoint"] == "search" else 1
        assert row["requests"] > 0 and row["clients"] == 3 and row["urls"] >= many
        assert 0 < row["p50_ms"] <= row["p95_ms"] <= row["p99_ms"] <= row["max_ms"]


def test_load_benchmark_reports_both_endpoints_without_errors(tmp_path: Path) -> None:
    rows = BENCHMARKS["web"].fn(out=tmp_path, duration=1.0, clients=3, story_pages=2,
                                backends=("sqlite",))  # fmt: skip
    _check_load_rows(rows, ("sqlite",))


def test_load_benchmark_serves_the_copied_store_from_postgresql(tmp_path: Path, pg_server) -> None:
    """The PostgreSQL leg: the SQLite store moved by `newsprism db copy`, a real `serve`
    on it, the same requests; the story pages read the analyses the SQLite leg cached."""
    rows = BENCHMARKS["web"].fn(out=tmp_path, duration=1.0, clients=3, story_pages=2,
                                pg=pg_server)  # fmt: skip
    _check_load_rows(rows, ("sqlite", "postgresql"))
    pg_rows = {r["endpoint"]: r for r in rows if r["backend"] == "postgresql"}
    assert pg_rows["story page"]["urls"] == rows[0]["urls"]
    copy = json.loads((tmp_path / "web" / "db-copy.log").read_text())
    copied = {t["table"]: t for t in copy["tables"]}
    assert copy["ok"] and copied["story_analyses"]["copied_rows"] >= 1
    served = (tmp_path / "web" / "serve-postgresql.log").read_text()
    assert copy["to"] in served and "Traceback" not in served
    # the story pages read the analyses that came with the copy: none was computed again
    with open_store(copy["to"]) as store:
        assert store.count_current(ANALYSIS_VERSION) == copied["story_analyses"]["copied_rows"]
