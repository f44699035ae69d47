"""Shared fixtures: real SQLite files in tmp dirs, the bundled seed examples, gold data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED_000 = EXAMPLES / "000_9d09b65a9dedc41d.txt"
SEED_003 = EXAMPLES / "003_d3ddbd5c0a9bdb14.txt"


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run slow tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path where a fresh store will be created."""
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session (tests/pg_server.py), stopped at the end."""
    from tests import pg_server

    reason = pg_server.available()
    if reason:
        pytest.skip(reason)
    server = pg_server.PgServer()
    yield server
    server.stop()


def module_store_location(request: pytest.FixtureRequest,
                          tmp_path_factory: pytest.TempPathFactory, name: str) -> str:
    """For a module-scoped fixture parametrised by ``BACKENDS``: a fresh SQLite file
    named ``name``, or a new database of that name on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp(name) / f"{name}.db")
    return request.getfixturevalue("pg_server").new_db(name)


@pytest.fixture(params=BACKENDS)
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh store will be created, once per backend: an SQLite file, or a new
    database on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about SQLite itself")
    return request.getfixturevalue("pg_server").new_db()


@pytest.fixture
def any_store(store_location: str):
    """A fresh store on each backend (suites that run on both use it as fresh_store)."""
    from newsprism.store import open_store

    with open_store(store_location) as store:
        yield store


@pytest.fixture
def fresh_store(db_path: Path):
    from newsprism.store import open_store

    with open_store(db_path) as store:
        yield store


@pytest.fixture
def seeded_store(fresh_store):
    """A store holding the two seed examples (with the 003 sidecar)."""
    from newsprism.pipeline import ingest_paths

    report = ingest_paths([EXAMPLES], fresh_store)
    assert report.ok, report.failures
    return fresh_store
