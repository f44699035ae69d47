"""Full-text search in the store: the FTS5 index, its triggers and the query builder."""

from __future__ import annotations

import sqlite3

import pytest

from newsprism.store import open_store
from newsprism.store.migrations import MIGRATIONS
from newsprism.store.search import fts_query, search_articles
from newsprism.store.sqlite import _ARTICLE_COLUMNS, article_to_row
from tests.store.test_sqlite import make_article


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("Rafah", '"Rafah"'),
        ("rafah gaza", '"rafah" "gaza"'),
        ('"ground operation" blink*', '"ground operation" "blink"*'),
        ("rafah -gaza", '"rafah" NOT "gaza"'),
        ("rafah OR gaza ceasefire", '("rafah" OR "gaza") "ceasefire"'),
        ('AND OR NOT ( ) " NEAR(', '("AND" OR "NOT") "NEAR"'),
        ("col:umn title:x", '"col umn" "title x"'),
        ("-only", None),
        ("", None),
        ("  ..  ", None),
    ],
)  # fmt: skip
def test_typed_words_become_a_safe_query(typed: str, query: str | None) -> None:
    assert fts_query(typed) == query


def test_index_follows_inserts_updates_and_deletes(fresh_store) -> None:
    fresh_store.add_batch([make_article("first", title="Harbour strike ends"),
                           make_article("second", title="Budget vote delayed")])  # fmt: skip
    assert search_articles(fresh_store, "harbour").total == 1
    conn = fresh_store.conn
    conn.execute("UPDATE articles SET title = 'Harbour strike goes on' WHERE title LIKE 'Harbour%'")
    hit = search_articles(fresh_store, "goes").hits[0]
    assert "".join(p.text for p in hit.title_pieces) == "Harbour strike goes on"
    assert search_articles(fresh_store, "ends").total == 0
    conn.execute("DELETE FROM articles WHERE title = 'Budget vote delayed'")
    assert search_articles(fresh_store, "budget").total == 0
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1


def test_migration_indexes_articles_stored_before_it(db_path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    # a store as it stood before migration 006: the ones after it may read its tables
    # (013 fills analysis_terms), so they run after it, as on a real store
    before = MIGRATIONS[: [n for n, _ in MIGRATIONS].index("006_articles_fts")]
    for name, migrate in before:
        migrate(conn)
        conn.execute("INSERT INTO _migrations VALUES (?, datetime('now'))", (name,))
    row = article_to_row(make_article("old", title="Lighthouse keeper retires"))
    present = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    columns = [c for c in _ARTICLE_COLUMNS if c in present]  # the columns of that time
    marks = ", ".join("?" for _ in columns)
    conn.execute(f"INSERT INTO articles ({', '.join(columns)}) VALUES ({marks})",
                 [row[c] for c in columns])  # fmt: skip
    conn.close()
    with open_store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert search_articles(store, "lighthouse").total == 1


def test_filters_sort_and_facets(fresh_store) -> None:
    fresh_store.add_batch([
        make_article("a", title="Storm hits coast", outlet="Wire", language="en",
                     published_at="2024-01-02T10:00:00Z"),
        make_article("b", title="Storm hits coast again", outlet="Daily", language="en",
                     published_at="2024-02-02T10:00:00Z"),
        make_article("c", title="Tempête sur la côte", outlet="Daily", language="fr",
                     published_at="2024-03-02"),
        make_article("d", title="Storm, undated", outlet="Wire", language="en"),
    ])  # fmt: skip
    found = search_articles(fresh_store, "storm")
    assert found.total == 3 and dict(found.outlets) == {"Wire": 2, "Daily": 1}
    newest = search_articles(fresh_store, "storm", sort="newest")
    assert [h.title for h in newest.hits] == ["Storm hits coast again", "Storm hits coast",
                                              "Storm, undated"]  # fmt: skip
    ranged = search_articles(fresh_store, "storm", since="2024-01-02", until="2024-01-31")
    assert [h.title for h in ranged.hits] == ["Storm hits coast"]
    assert search_articles(fresh_store, "tempete").total == 1  # accents folded
    browse = search_articles(fresh_store, "", language="fr")
    assert [h.title for h in browse.hits] == ["Tempête sur la côte"]
    assert dict(browse.languages) == {"en": 3, "fr": 1}
    assert search_articles(fresh_store, "storm", limit=1, offset=1).hits[0].title
    with pytest.raises(ValueError, match="since"):
        search_articles(fresh_store, "storm", since="2024-02-30")
    with pytest.raises(ValueError, match="sort"):
        search_articles(fresh_store, "storm", sort="random")


def test_snippets_are_pieces_not_markup(fresh_store) -> None:
    text = "The <script>port</script> closed at dawn."
    fresh_store.add_batch([make_article("x", title="<b>Port</b> closes", text=text)])
    hit = search_articles(fresh_store, "port").hits[0]
    assert [p.text for p in hit.snippet if p.hit] == ["port"]
    assert "".join(p.text for p in hit.snippet) == "The <script>port</script> closed at dawn."
