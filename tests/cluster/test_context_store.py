"""``--stories-model minilm`` in a store (issue 13): each article's MiniLM context vector
and each story's sum are stored, the store records which model built its stories, and
``recluster`` switches a store from one model to the other. On both backends: a real
SQLite file and a database on the session's PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from newsprism import embeddings
from newsprism.cleaning_pool import open_pool
from newsprism.cli import cli
from newsprism.cluster import built_model, recluster
from newsprism.cluster.model import load_named_model
from newsprism.errors import NewsprismError
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from tests.cluster.corpus import REPORTS, write_jsonl
from tests.conftest import BACKENDS

MINILM = load_named_model("minilm")
DIMENSIONS = 384


@pytest.fixture
def stream_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "in" / "stream.jsonl", REPORTS)


@pytest.fixture(params=BACKENDS)
def two_locations(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """Two fresh stores of one backend: SQLite files, or PostgreSQL databases."""
    if request.param == "sqlite":
        return str(tmp_path / "a.db"), str(tmp_path / "b.db")
    server = request.getfixturevalue("pg_server")
    return server.new_db(), server.new_db()


def _vectors(store, table: str, column: str, key: str) -> dict[str, bytes | None]:
    rows = store.conn.execute(f"SELECT {key}, {column} FROM {table}").fetchall()
    return {r[0]: None if r[1] is None else bytes(r[1]) for r in rows}


def _stories(store) -> set[tuple[str, frozenset[str]]]:
    """Every story as (id, its articles)."""
    out: dict[str, set[str]] = {}
    for story_id, article_id in store.conn.execute(
            "SELECT story_id, article_id FROM story_articles").fetchall():  # fmt: skip
        out.setdefault(story_id, set()).add(article_id)
    return {(k, frozenset(v)) for k, v in out.items()}


def _snapshot(store) -> tuple:
    return (_stories(store), _vectors(store, "cluster_state", "ctx_sum", "story_id"),
            _vectors(store, "article_features", "context", "article_id"))  # fmt: skip


def test_ingest_stores_the_vectors_and_a_rerun_changes_nothing(two_locations, stream_file) -> None:
    with open_store(two_locations[0]) as store:
        report = ingest_paths([stream_file], store, model=MINILM)
        assert report.ok and len(report.added) == len(REPORTS)
        contexts = _vectors(store, "article_features", "context", "article_id")
        assert len(contexts) == len(REPORTS)
        assert {len(v) for v in contexts.values() if v} == {2 * DIMENSIONS}  # float16
        assert None not in contexts.values()
        vector = np.frombuffer(next(iter(contexts.values())), dtype="<f2").astype(np.float32)
        assert abs(float(np.linalg.norm(vector)) - 1) < 1e-2
        sums = _vectors(store, "cluster_state", "ctx_sum", "story_id")
        assert sums and None not in sums.values()
        assert {len(v) for v in sums.values() if v} == {8 * DIMENSIONS}  # float64
        assert store.story_model_context() == "minilm-onnx"
        assert built_model(store) == MINILM
        before = _snapshot(store)
        again = ingest_paths([stream_file], store, model=MINILM)
        assert again.added == [] and again.already_stored == len(REPORTS)
        assert _snapshot(store) == before


def test_recluster_to_minilm_gives_the_stories_of_a_minilm_ingest(two_locations,
                                                                 stream_file) -> None:  # fmt: skip
    with open_store(two_locations[0]) as fresh:
        assert ingest_paths([stream_file], fresh, model=MINILM).ok
        wanted = _snapshot(fresh)
    with open_store(two_locations[1]) as store:
        assert ingest_paths([stream_file], store).ok  # the packaged model
        assert store.story_model_context() == ""
        assert set(_vectors(store, "article_features", "context", "article_id").values()) \
            == {None}  # fmt: skip
        steps: list[tuple[str, int, int]] = []
        report = recluster(store, model=MINILM, on_progress=lambda *a: steps.append(a))
        assert report.features_computed == len(REPORTS)
        assert ("features", len(REPORTS), len(REPORTS)) in steps  # the progress bar's end
        assert store.story_model_context() == "minilm-onnx"
        assert _snapshot(store) == wanted
        assert _stories(store) != set()
        # And back: the packaged model's stories, without recomputing any feature.
        back = recluster(store)
        assert back.features_computed == 0 and store.story_model_context() == ""


def test_ingest_with_the_other_model_is_refused_before_storing(two_locations, stream_file,
                                                               tmp_path) -> None:  # fmt: skip
    updates = [(e, o, p, f"{t} (update)", b) for e, o, p, t, b in REPORTS[:3]]
    more = write_jsonl(tmp_path / "more" / "late.jsonl", updates)
    with open_store(two_locations[0]) as store:
        assert ingest_paths([stream_file], store).ok
        with pytest.raises(NewsprismError) as caught:
            ingest_paths([more], store, model=MINILM)
        assert caught.value.code == "E422"
        assert "recluster --stories-model minilm" in str(caught.value)
        assert store.count() == len(REPORTS)  # nothing of the refused run was stored
        recluster(store, model=MINILM)
        with pytest.raises(NewsprismError) as caught:
            ingest_paths([more], store)
        assert caught.value.code == "E422" and "--stories-model minilm" in str(caught.value)
        assert ingest_paths([more], store, model=MINILM).ok
        assert None not in _vectors(store, "article_features", "context", "article_id").values()


def test_the_cli_option_and_its_one_line_error(tmp_path: Path, stream_file: Path) -> None:
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(stream_file), "--db", db])
    assert first.exit_code == 0, first.output
    refused = runner.invoke(cli, ["ingest", str(stream_file), "--db", db,
                                  "--stories-model", "minilm"])  # fmt: skip
    assert refused.exit_code != 0
    lines = [line for line in refused.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "E422" in lines[0], refused.output
    rebuilt = runner.invoke(cli, ["recluster", "--db", db, "--stories-model", "minilm",
                                  "--format", "json"])  # fmt: skip
    assert rebuilt.exit_code == 0, rebuilt.output
    again = runner.invoke(cli, ["ingest", str(stream_file), "--db", db,
                                "--stories-model", "minilm"])  # fmt: skip
    assert again.exit_code == 0, again.output


def test_workers_compute_the_vectors_not_the_writer(tmp_path: Path, stream_file: Path,
                                                    monkeypatch) -> None:  # fmt: skip
    """With ``--workers 2`` MiniLM runs in the worker processes: in this one (the
    writer) it cannot load, and the ingest still stores every vector."""

    def refuse() -> None:
        raise AssertionError("the writer computed a context vector")

    monkeypatch.setitem(embeddings.EMBEDDERS, "minilm-onnx", refuse)
    monkeypatch.delitem(embeddings._loaded, "minilm-onnx", raising=False)
    with open_store(tmp_path / "workers.db") as store, open_pool(2) as pool:
        report = ingest_paths([stream_file], store, model=MINILM, pool=pool, batch_size=5)
        assert report.ok and report.clustered == len(REPORTS)
        contexts = _vectors(store, "article_features", "context", "article_id")
        assert len(contexts) == len(REPORTS) and None not in contexts.values()


def test_recluster_on_dask_computes_the_vectors_as_locally(tmp_path: Path,
                                                          stream_file: Path) -> None:  # fmt: skip
    """``recluster --engine dask --stories-model minilm``: the vectors are computed on the
    cluster's workers and give what the local engine gives."""
    snapshots = []
    for engine in ("local", "dask"):
        with open_store(tmp_path / f"{engine}.db") as store:
            assert ingest_paths([stream_file], store).ok
            report = recluster(store, engine=engine, workers=1, processes=False, model=MINILM)
            assert report.features_computed == len(REPORTS)
            snapshots.append(_snapshot(store))
    assert snapshots[0] == snapshots[1]


def test_the_home_page_names_the_stories_model(tmp_path: Path, stream_file: Path) -> None:
    """The overview JSON names the ``--stories-model`` of the stored stories, and the
    home page says so when it is MiniLM, so a user knows which option ingest needs."""
    from newsprism.web import create_app
    from tests.web.conftest import TestClient  # imported there without Starlette's warning

    db = tmp_path / "home.db"
    with open_store(db) as store:
        assert ingest_paths([stream_file], store).ok
    with TestClient(create_app(str(db)), base_url="http://127.0.0.1") as client:
        assert client.get("/api/overview").json()["stories_model"] == "packaged"
        assert 'id="stories-model"' not in client.get("/").text
    with open_store(db) as store:
        recluster(store, model=MINILM)
    with TestClient(create_app(str(db)), base_url="http://127.0.0.1") as client:
        assert client.get("/api/overview").json()["stories_model"] == "minilm"
        page = client.get("/").text
        assert 'id="stories-model"' in page and "--stories-model minilm" in page


def test_recluster_to_another_cut_recomputes_every_context_vector(two_locations,
                                                                  stream_file) -> None:  # fmt: skip
    """A stored vector does not say which cut made it: a store built with
    ``minilm`` (256 word pieces) reclustered with a ``minilm-onnx/lead64`` model gets
    the vectors and stories of an ingest with that model, not its old vectors."""
    import dataclasses

    lead = dataclasses.replace(MINILM, context_embedder="minilm-onnx/lead64")
    with open_store(two_locations[0]) as fresh:
        assert ingest_paths([stream_file], fresh, model=lead).ok
        wanted = _snapshot(fresh)
    with open_store(two_locations[1]) as store:
        assert ingest_paths([stream_file], store, model=MINILM).ok
        before = _vectors(store, "article_features", "context", "article_id")
        assert before != wanted[2]  # the reports are longer than 64 pieces
        report = recluster(store, model=lead)
        assert report.features_computed == len(REPORTS)
        assert store.story_model_context() == "minilm-onnx/lead64"
        assert _snapshot(store) == wanted
        # Through the packaged model (which leaves the vectors in place) and back to
        # minilm: the 256-piece vectors again, not lead64's.
        recluster(store)
        recluster(store, model=MINILM)
        assert _vectors(store, "article_features", "context", "article_id") == before
