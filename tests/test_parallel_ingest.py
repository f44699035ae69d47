"""ingest --workers N and on Dask stores the same articles, byte for byte, as one process
(and the same story features, which the workers compute with the articles).

Real SQLite files, real worker processes (forkserver), a real Dask LocalCluster. The
input mixes a WARC of dev pages (with its skipped and broken records), the seeds, and a
stream of related reports with a wire copy and a re-post, so that stories form; the
batch size is small, so many batches are in flight and committed in order.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.clean import CleanOptions
from newsprism.cleaning_pool import open_pool
from newsprism.cli import cli
from newsprism.models import RawDocument
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from tests.cluster.corpus import REPORTS, REPOST, syndicated, write_jsonl
from tests.conftest import EXAMPLES, SHARED_DATA
from tests.ingest.test_warc import build_warc

pytestmark = pytest.mark.skipif(
    not (SHARED_DATA / "trafilatura-eval").is_dir(), reason="../shared/data is not beside the clone"
)
BATCH = 7


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("parallel")
    warc = build_warc(folder / "dev.warc.gz", pages=24).path
    extra = [syndicated(REPORTS[0], "Wire Copy", "2024-05-06T19:00:00Z"), REPOST]
    jsonl = write_jsonl(folder / "reports.jsonl", [*REPORTS, *extra, REPORTS[1]])  # a repeat
    return [warc, EXAMPLES, jsonl]


def _snapshot(db: Path) -> dict:
    """Everything ingest stores about articles and stories, in store order, minus the
    wall-clock time of the insert."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        articles = [{k: row[k] for k in row.keys() if k != "ingested_at"}  # noqa: SIM118
                    for row in conn.execute("SELECT * FROM articles ORDER BY rowid")]  # fmt: skip
        removed = [tuple(r) for r in conn.execute(
            "SELECT article_id, seq, position, text, reason FROM removed_lines "
            "ORDER BY article_id, seq")]  # fmt: skip
        failures = sorted(tuple(r) for r in conn.execute(
            "SELECT location, code, reason FROM ingest_failures"))  # fmt: skip
        members = sorted(tuple(r) for r in conn.execute(
            "SELECT story_id, article_id, seq, duplicate_of, score "
            "FROM story_articles"))  # fmt: skip
        features = [tuple(r) for r in conn.execute(
            "SELECT * FROM article_features ORDER BY article_id")]  # fmt: skip
    finally:
        conn.close()
    return {"articles": articles, "removed": removed, "failures": failures, "stories": members,
            "features": features}  # fmt: skip


def _ingest(paths: list[Path], db: Path, **pool_args) -> dict:
    with open_store(db) as store, open_pool(**pool_args) as pool:
        report = ingest_paths(paths, store, batch_size=BATCH, pool=pool)
    return report.as_dict()


@pytest.fixture(scope="module")
def one_process(inputs, tmp_path_factory) -> tuple[dict, dict]:
    db = tmp_path_factory.mktemp("one") / "one.db"
    return _ingest(inputs, db, workers=1), _snapshot(db)


def _same(report: dict, snapshot: dict, expected: tuple[dict, dict]) -> None:
    want_report, want = expected
    assert want["articles"] and want["stories"] and want["failures"]  # a test that can fail
    # with workers, the story features come from the workers: the same bytes as the
    # story step computes from the stored article in one process
    assert len(want["features"]) == len(want["articles"])
    assert len({row[0] for row in want["stories"]}) < len(want["articles"])  # stories formed
    assert snapshot == want
    for key in ("added", "already_stored", "failed", "skipped_reasons", "files"):
        assert report[key] == want_report[key], key


def test_two_worker_processes_store_the_same_articles(inputs, one_process, tmp_path):
    db = tmp_path / "two.db"
    report = _ingest(inputs, db, workers=2)
    assert report["workers"] == 2
    _same(report, _snapshot(db), one_process)


def test_a_dask_local_cluster_stores_the_same_articles(inputs, one_process, tmp_path):
    db = tmp_path / "dask.db"
    report = _ingest(inputs, db, workers=2, dask=True)
    _same(report, _snapshot(db), one_process)


def test_the_cli_with_workers_is_idempotent(inputs, one_process, tmp_path):
    db = str(tmp_path / "cli.db")
    args = ["ingest", *map(str, inputs), "--db", db, "--workers", "2", "--batch-size", str(BATCH),
            "--format", "json"]  # fmt: skip
    first = json.loads(CliRunner().invoke(cli, args).stdout)
    assert first["added"] == one_process[0]["added"]
    second = json.loads(CliRunner().invoke(cli, args).stdout)
    assert second["added"] == 0 and second["already_stored"] == first["added"] + \
        first["already_stored"]  # fmt: skip
    assert _snapshot(Path(db))["articles"] == one_process[1]["articles"]


def test_fewer_than_one_worker_is_refused():
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output


class WorkerKiller(RawDocument):
    """An item that kills the worker process that unpickles it (as the OOM killer or a
    crash in a C library would), and only there: this process never unpickles it."""

    def __setstate__(self, state: dict) -> None:
        os._exit(3)


def test_an_item_that_kills_its_worker_fails_alone(tmp_path):
    page = "<html><head><title>{0}</title></head><body><article><p>{0} " + \
        "said the council met on Monday to approve the budget for the new bridge.</p>" + \
        "</article></body></html>"  # fmt: skip
    raws = [RawDocument(f"page{i}.html", page.format(f"Speaker {i}"), "html") for i in range(3)]
    deadly = WorkerKiller("deadly.html", page.format("Deadly"), "html")
    with open_pool(workers=2) as pool:
        results = pool.submit([raws[0], deadly, raws[1], raws[2]], CleanOptions()).result()
        after = pool.submit([raws[2]], CleanOptions()).result()  # the pool works again
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article", "IngestFailure", "Article", "Article"]
    assert results[1].code == "E132" and results[1].location == "deadly.html"
    assert [a.title for a in (results[0], results[2], results[3])] == \
        ["Speaker 0", "Speaker 1", "Speaker 2"]  # fmt: skip
    assert type(after[0]).__name__ == "Article"


def test_an_item_is_hashed_once_and_its_hash_travels_with_it():
    """The writer hashes each item to skip stored ones; the worker that cleans it needs
    the same hash for the article's id, and gets it with the pickled item."""
    import pickle

    raw = RawDocument("a.txt", "Some  text\n\nof an article.", "text", meta={"url": "https://x.org/a"})
    digest = raw.content_hash
    sent = pickle.loads(pickle.dumps(raw))
    assert sent.__dict__.get("content_hash") == digest
    fresh = RawDocument("a.txt", "Some text of\nan article.", "text", meta={"url": "https://x.org/a"})
    assert fresh.content_hash == digest  # whitespace folded, as before


def test_workers_ask_for_huge_pages_unless_the_user_set_the_tunable():
    from newsprism.cleaning_pool import WORKER_TUNABLES, worker_environment

    assert worker_environment({}) == {"GLIBC_TUNABLES": WORKER_TUNABLES}
    assert worker_environment({"GLIBC_TUNABLES": "glibc.malloc.arena_max=2"}) == {
        "GLIBC_TUNABLES": f"glibc.malloc.arena_max=2:{WORKER_TUNABLES}"}  # fmt: skip
    assert worker_environment({"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}) == {}


def _tunables(_: object = None) -> str | None:
    return os.environ.get("GLIBC_TUNABLES")


@pytest.mark.parametrize("dask", [False, True])
def test_local_workers_start_with_the_tunable_dask_workers_and_this_process_do_not(dask):
    from newsprism.cleaning_pool import WORKER_TUNABLES

    before = os.environ.get("GLIBC_TUNABLES")
    with open_pool(2, dask=dask) as pool:
        if dask:
            seen = pool.client.gather([pool.client.submit(_tunables, i, pure=False)
                                       for i in range(4)])  # fmt: skip
        else:
            seen = [pool.executor.submit(_tunables).result() for _ in range(4)]
    assert len(seen) == 4
    assert all((WORKER_TUNABLES in (value or "")) is (not dask) for value in seen)
    assert os.environ.get("GLIBC_TUNABLES") == before
