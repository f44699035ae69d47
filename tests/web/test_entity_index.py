"""The entity index counts an entity's stories as its page does: by every key that
names it, its name or an alias (docs/web.md, "Read as a reader, session 15")."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.analyses import fold, save_analysis
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from newsprism.web import queries
from tests.conftest import BACKENDS, EXAMPLES
from tests.test_crash_resume import _story


def _entity(name: str, aliases: list[str], article_id: str) -> dict:
    return {"id": "E1", "name": name, "type": "GPE", "aliases": aliases,
            "mentions": {article_id: 2}}  # fmt: skip


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_alias_in_another_story_counts_on_the_index_as_on_the_page(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    """Story A names "World Health Organization" and calls it "WHO" too; story B names
    "WHO". The page of "WHO" lists both stories, so its index row says 2, not 1.
    (A country's spellings are one row since session 35: test_country_rows_session35.)"""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "council.txt").write_text(_story(1))
    location = tmp_path / "s.db"
    if backend == "postgresql":
        location = request.getfixturevalue("pg_server").new_db("entity_index")
    with open_store(location) as store:
        ingest_paths([EXAMPLES, folder], store)
        stories = store.list_stories(sort="size", limit=2)
        assert len(stories) == 2, "the seeds' story and the council's"
        for story, entity in zip(stories, [("World Health Organization", ["WHO"]), ("WHO", [])],
                                 strict=True):  # fmt: skip
            articles = [store.get(m.id) for m in story.articles]
            analysis = {"entities": [_entity(*entity, articles[0].id)]}
            save_analysis(store, story.id, articles, analysis, 0.5)
        listed = {e["key"]: e for e in queries.entities(store)["entities"]}
        us, united = fold("WHO"), fold("World Health Organization")
        assert set(listed) == {us, united}, "aliases are no index rows of their own"
        for key in (us, united):
            page = queries.entity(store, key)
            assert listed[key]["stories"] == len(page["stories"]), key
            assert listed[key]["mentions"] == page["mentions"], key
        assert listed[us]["stories"] == 2
        assert listed[us]["name"] == "WHO"
        assert listed[united]["stories"] == 1
