"""A country written two ways in two stories is one row of the entity index, and its
page lists both stories; a bank named after a country and a region stay rows of their
own (extract/country_names.py, docs/eval-compare.md, session 35)."""

from __future__ import annotations

from pathlib import Path

from newsprism.analyses import entity_keys, fold, index_key, save_analysis
from newsprism.pipeline import ingest_paths
from newsprism.store import open_store
from newsprism.web import queries
from tests.conftest import EXAMPLES
from tests.test_crash_resume import _story


def _entities(names: list[tuple[str, str]], article_id: str) -> list[dict]:
    return [{"id": f"E{i}", "name": name, "type": kind, "aliases": [],
             "mentions": {article_id: 1}} for i, (name, kind) in enumerate(names)]  # fmt: skip


def test_spellings_of_one_country_are_one_row_and_others_stay_apart(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "council.txt").write_text(_story(1))
    with open_store(tmp_path / "s.db") as store:
        ingest_paths([EXAMPLES, folder], store)
        stories = store.list_stories(sort="size", limit=2)
        assert len(stories) == 2
        named = [[("U.K.", "GPE"), ("Latin America", "LOC")],
                 [("Britain", "GPE"), ("Bank of America", "ORG"), ("America", "GPE")]]
        for story, names in zip(stories, named, strict=True):
            articles = [store.get(m.id) for m in story.articles]
            save_analysis(store, story.id, articles,
                          {"entities": _entities(names, articles[0].id)}, 0.1)
        listed = {e["key"]: e for e in queries.entities(store)["entities"]}
        assert set(listed) == {"united-kingdom", "latin-america", "bank-of-america",
                               "united-states"}
        assert listed["united-kingdom"]["stories"] == 2
        assert len(queries.entity(store, "united-kingdom")["stories"]) == 2
        assert len(queries.entity(store, "u-k")["stories"]) == 1  # an old link still works


def test_a_person_named_like_a_country_keeps_the_name() -> None:
    person = {"name": "Chad", "type": "PERSON", "aliases": []}
    assert index_key(person) == "chad" and entity_keys(person) == {"chad"}
    assert index_key({"name": "the U.S.A.", "type": "GPE"}) == fold("United States")


def test_a_story_links_its_country_to_the_one_country_page() -> None:
    from newsprism.web.views import key_entity_links

    entities = [{"name": "U.S.", "type": "GPE", "aliases": ["U.S.", "US"]},
                {"name": "Chad", "type": "PERSON", "aliases": ["Chad"]},
                {"name": "Bank of America", "type": "ORG", "aliases": []}]
    links = dict(key_entity_links(["US", "Chad", "Bank of America"], entities))
    assert links == {"U.S.": "/entities/united-states", "Chad": "/entities/chad",
                     "Bank of America": "/entities/bank-of-america"}
