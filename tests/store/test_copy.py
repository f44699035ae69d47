"""``newsprism db copy``: SQLite -> PostgreSQL -> SQLite, every table checked."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.analyses import save_analysis
from newsprism.cli import cli
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from newsprism.store.copy import TABLES, table_digest
from tests.conftest import EXAMPLES
from tests.test_crash_resume import _story


def _source(tmp_path: Path) -> Path:
    """A store with articles, a failure, stories, the clusterer's state and an analysis."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(30):
        (folder / f"{n:02d}.txt").write_text(_story(n % 12))
    (folder / "empty.txt").write_text("")
    db = tmp_path / "source.db"
    with open_store(db) as store:
        ingest_paths([EXAMPLES, folder], store, batch_size=7)
        seed = next(a.id for a in store.iter_articles() if a.outlet == "Al Jazeera")
        seeds = store.get_story(store.story_of(seed))
        articles = [store.get(m.id) for m in seeds.articles]
        fake = {"entities": [{"id": "E1", "name": "Antony Blinken", "type": "PERSON",
                              "aliases": ["Blinken"], "mentions": {"a": 2}}],
                "framing": {articles[0].id: {"terms": [{"term": "slaughter", "count": 1}],
                                             "voices": {"Blinken": 2}}}}  # fmt: skip
        save_analysis(store, seeds.id, articles, fake, 1.25)
    return db


def _digests(location: str | Path) -> dict[str, tuple[int, str]]:
    with open_store(location) as store:
        return {t: table_digest(store, t, c, o) for t, c, o in TABLES}


def test_a_store_goes_to_postgresql_and_back_unchanged(tmp_path: Path, pg_server) -> None:
    source = _source(tmp_path)
    url = pg_server.new_db("copy")
    result = CliRunner().invoke(cli, ["db", "copy", "--from", str(source), "--to", url,
                                      "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["ok"] and {t["table"] for t in report["tables"]} == {t for t, _, _ in TABLES}
    rows = {t["table"]: t["rows"] for t in report["tables"]}
    assert rows["articles"] == 14 and rows["ingest_failures"] == 1 and rows["story_analyses"] == 1
    assert all(rows[t] > 0 for t in ("removed_lines", "story_articles", "lsh_buckets",
                                     "cluster_state", "analysis_entities"))  # fmt: skip
    back = tmp_path / "back.db"
    assert CliRunner().invoke(cli, ["db", "copy", "--from", url, "--to", str(back)]).exit_code == 0
    assert _digests(source) == _digests(url) == _digests(back)
    with open_store(url) as copy:
        # The copy goes on where the source stopped: same articles, same stories, search.
        assert ingest_paths([EXAMPLES, tmp_path / "in"], copy).added == []
        with open_store(source) as original:
            queries = ("council", "repairs -rafah", '"road repairs"', "blink*", "gaza OR bridge")
            for query in queries:
                found = original.search_articles(query)
                assert found.total > 0
                assert {h.id for h in copy.search_articles(query).hits} == \
                    {h.id for h in found.hits}  # fmt: skip
        (new,) = ingest_paths([_write(tmp_path, "late.txt", _story(99))], copy).added
        assert copy.rowids([new])[new] > max(copy.rowids([a.id for a in copy.iter_articles()
                                                          if a.id != new]).values())  # fmt: skip
        assert copy.story_of(new) is not None


def test_copy_refuses_a_target_that_is_not_empty(tmp_path: Path) -> None:
    source = _source(tmp_path)
    result = CliRunner().invoke(cli, ["db", "copy", "--from", str(source), "--to", str(source)])
    assert result.exit_code == 2 and "E221" in result.output


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path
