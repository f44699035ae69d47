"""A store whose analyses were indexed before session 35's country rule says that
`newsprism analyze` is due, and `analyze` indexes them again from the stored JSON: the
country's spellings become one row (analyses.INDEX_VERSION, migration 015, session 36).

The analysis version (schema/package/embedder) did not change with that rule, so such a
store showed "United States" as several rows of the entity index, said nothing, and
`analyze` skipped every story as "already stored". The old store is made here as
migration 015 finds one: the index rows as the rules before session 35 wrote them (one
key per spelling) and ``index_version`` 1, the column's default.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from newsprism.analyses import analyze_pending, fold, reindex_due_warning, save_analysis
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from newsprism.web import queries
from tests.conftest import EXAMPLES
from tests.test_crash_resume import _story

NAMED = (["U.S.", "Britain"], ["United States", "America"])


def _store(tmp_path: Path) -> Path:
    """Two stories, one naming "U.S.", the other "United States" and "America", each
    analysed now (the analyses are current: nothing in them is recomputed here)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "council.txt").write_text(_story(1))
    db = tmp_path / "s.db"
    with open_store(db) as store:
        ingest_paths([EXAMPLES, folder], store)
        stories = store.list_stories(sort="size", limit=2)
        assert len(stories) == 2
        for story, names in zip(stories, NAMED, strict=True):
            articles = [store.get(m.id) for m in story.articles]
            entities = [{"id": f"E{i}", "name": n, "type": "GPE", "aliases": [],
                         "mentions": {articles[0].id: 1}} for i, n in enumerate(names)]  # fmt: skip
            save_analysis(store, story.id, articles, {"entities": entities}, 0.1)
    return db


def _as_before_session35(db: Path) -> None:
    """The index rows as the rules before session 35 made them: each entity under its
    folded name only, that key its own row; ``index_version`` 1 (migration 015's default)."""
    with open_store(db) as store, store.transaction():
        rows = [dict(r) for r in store.conn.execute("SELECT * FROM analysis_entities")]
        store.conn.execute("DELETE FROM analysis_entities")
        for row in {(r["story_id"], r["entity_id"]): r for r in rows}.values():
            store.conn.execute(
                "INSERT INTO analysis_entities (story_id, entity_id, key, by_name, name, type, "
                "aliases, mentions) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
                (row["story_id"], row["entity_id"], fold(row["name"]), row["name"],
                 row["type"], row["aliases"], row["mentions"]))  # fmt: skip
        store.conn.execute("UPDATE story_analyses SET index_version = 1")


def _keys(store: Any) -> set[str]:
    return {e["key"] for e in queries.entities(store)["entities"]}


def _stories_note(db: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "newsprism", "stories", "--db", str(db)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return done.stderr


def _home(db: Path, tmp_path: Path) -> str:
    from newsprism.web import create_app

    app = create_app(db, max_upload_bytes=1024, upload_dir=tmp_path / "up")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        return client.get("/").text


def test_a_store_indexed_now_says_nothing(tmp_path: Path) -> None:
    db = _store(tmp_path)
    with open_store(db) as store:
        assert reindex_due_warning(store) is None
        assert queries.overview(store)["reindex_due"] == 0
        assert _keys(store) == {"united-states", "united-kingdom"}
    assert "E311" not in _stories_note(db)
    assert 'id="reindex-due"' not in _home(db, tmp_path)


def test_an_old_index_says_analyze_is_due_and_analyze_mends_it(tmp_path: Path) -> None:
    db = _store(tmp_path)
    _as_before_session35(db)
    with open_store(db) as store:
        assert _keys(store) == {"u-s", "united-states", "america", "britain"}  # as users saw
        note = reindex_due_warning(store)
        assert note and "2 stored story analyses" in note and "newsprism analyze" in note
        assert queries.overview(store)["reindex_due"] == 2
    assert "newsprism analyze" in _stories_note(db) and "[E311]" in _stories_note(db)
    assert 'id="reindex-due"' in _home(db, tmp_path)
    with open_store(db) as store:
        report = analyze_pending(store)
        assert (report.computed, report.already, report.reindexed) == (0, 2, 2)
        assert json.loads(json.dumps(report.as_dict()))["reindexed"] == 2
        assert _keys(store) == {"united-states", "united-kingdom"}
        page = queries.entity(store, "united-states")
        assert len({s["story_id"] for s in page["stories"]}) == 2
        assert reindex_due_warning(store) is None
        assert analyze_pending(store).reindexed == 0
    assert "E311" not in _stories_note(db)
