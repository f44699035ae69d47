"""The outlet page counts a term's uses in a source's words (session 25, i14-read26).

NeuS raw row 497 (AllSides 6104): BBC writes "a statement formally describing the 1915
massacre of Armenians as a genocide", which the framing gives to the statement
(``attributed``, session 24). The outlet page's term table read own voice 0, quoted 1,
and a reader could not tell where BBC's third use was. The real pipeline: the two
reports ingested into a store on each backend, the story analysed and indexed
(``newsprism.analyses.analyze``), then the API, the page, and migration 013 on a store
whose analysis was indexed before it."""

from __future__ import annotations

import json
import sqlite3
import warnings
from pathlib import Path
from typing import Any

import pytest

from newsprism.analyses import analyze
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from newsprism.store.stories import story_of
from tests.conftest import BACKENDS
from tests.report.test_attributed_session24_i14_attrib import BBC, GUARDIAN

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx.*", category=UserWarning)
    from fastapi.testclient import TestClient

HEADER = ('<th class="n">own voice</th><th class="n">quoted</th>'
          "<th class=\"n\">in a source's words</th>")
BBC_ROW = ('<td dir="auto">genocide</td><td>atrocity</td><td class="n">0</td>'
           '<td class="n">1</td><td class="n">1</td>')  # fmt: skip


def _write_inputs(folder: Path) -> list[Path]:
    paths = []
    for side, item in (("center", BBC), ("left", GUARDIAN)):
        path = folder / f"{side}.json"
        path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def _build(location: str | Path, folder: Path) -> None:
    """Ingest the two reports and analyse every story that holds one of them."""
    with open_store(location) as store:
        assert ingest_paths(_write_inputs(folder), store).ok
        for story_id in {story_of(store, a.id) for a in store.iter_articles()}:
            story = store.get_story(story_id)
            assert story is not None
            analyze(store, story)


@pytest.fixture(scope="module", params=BACKENDS)
def location(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> str | Path:  # fmt: skip
    folder = tmp_path_factory.mktemp("attributed")
    where: str | Path = folder / "web.db"
    if request.param == "postgresql":
        where = request.getfixturevalue("pg_server").new_db("attributed")
    _build(where, folder)
    return where


def _client(location: str | Path) -> Any:
    from newsprism.web import create_app

    return TestClient(create_app(location), base_url="http://127.0.0.1")


def test_the_api_and_the_page_count_the_statements_word(location) -> None:
    with _client(location) as client:
        terms = client.get("/api/outlets/BBC News").json()["terms"]
        genocide = next(t for t in terms if t["term"] == "genocide")
        assert (genocide["count"], genocide["quoted"], genocide["attributed"]) == (0, 1, 1)
        guardian = client.get("/api/outlets/The Guardian").json()["terms"]
        assert [t["attributed"] for t in guardian if t["term"] == "genocide"] == [0]
        page = client.get("/outlets/BBC News").text
    table = page.split('id="outlet-framing"', 1)[1].split("</section>", 1)[0]
    assert HEADER in table and BBC_ROW in table


def test_migration_013_fills_the_column_from_the_stored_json(tmp_path: Path) -> None:
    """A store indexed before 013 (no column, the count only in the stored JSON) gets
    its rows filled when opened, not left at 0."""
    db = tmp_path / "old.db"
    _build(db, tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE analysis_terms DROP COLUMN attributed")
    conn.execute("DELETE FROM _migrations WHERE name = '013_term_attributed'")
    conn.commit()
    conn.close()
    with _client(db) as client:
        terms = client.get("/api/outlets/BBC News").json()["terms"]
    assert [(t["count"], t["quoted"], t["attributed"]) for t in terms
            if t["term"] == "genocide"] == [(0, 1, 1)]  # fmt: skip
