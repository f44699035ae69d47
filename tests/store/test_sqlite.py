"""The SQLite store on real files: what goes in comes out, ids, failures, transactions."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from newsprism.errors import StoreError
from newsprism.models import Article, IngestFailure, RemovedLine, Stamp
from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore, open_store

TEXT = (
    "Council Approves New Budget For Roads\n\n"
    "The regional council approved the new budget on Monday after a debate that lasted six "
    "hours. Officials said the first repairs would begin in April.\n\n"
    "Read more: Mayor promises new bus lanes\n"
)


def make_article(seed: str, **fields) -> Article:
    """An Article built by hand, so the store is tested apart from the clean stage."""
    digest = fields.pop("content_hash", None) or hashlib.sha256(seed.encode()).hexdigest()
    values = {
        "id": digest[:16],
        "content_hash": digest,
        "source_path": f"/in/{seed}.txt",
        "text": f"Body of {seed}.",
        "raw": f"Raw input of {seed}.\nWith a boilerplate line.",
        "raw_format": "text",
        **fields,
    }
    return Article(**values)


@pytest.fixture
def existing_db(db_path: Path) -> Path:
    """A store file holding three hand-made articles, closed again."""
    with open_store(db_path) as store:
        store.add_batch([
            make_article("a", published_at="2024-03-01T08:00:00Z", title="A"),
            make_article("b", published_at="2024-03-02T08:00:00Z", title="B"),
            make_article("c", title="C (undated)"),
        ])  # fmt: skip
    return db_path


@pytest.fixture
def not_sqlite_db(tmp_path: Path) -> Path:
    """A file at the store path that is random bytes, not an SQLite database."""
    path = tmp_path / "random.db"
    path.write_bytes(bytes(range(256)) * 64)
    return path


# -- opening -----------------------------------------------------------------------


def test_store_file_is_created_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "news.db"
    with open_store(path) as store:
        assert store.count() == 0
    assert path.is_file()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_existing_store_keeps_its_articles(existing_db: Path) -> None:
    with open_store(existing_db) as store:
        assert store.count() == 3


def test_not_sqlite_file_is_e201_naming_the_path(not_sqlite_db: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(not_sqlite_db)
    assert caught.value.code == "E201"
    assert str(not_sqlite_db) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_folder_at_the_store_path_is_e201(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path)
    assert caught.value.code == "E201"
    assert str(tmp_path) in str(caught.value)


def test_store_url_is_refused_with_e204() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("mysql://localhost/news")
    assert caught.value.code == "E204"


# -- round trips -------------------------------------------------------------------


def test_every_field_round_trips(fresh_store: SQLiteStore) -> None:
    article = make_article(
        "full",
        source_line=7,
        url="https://news.example/a",
        title="Title",
        outlet="Outlet",
        language="ar",
        published_at="2024-03-25T23:21:30Z",
        published_at_original="2024-03-26 02:21:30",
        date_reason="printed in the text; zone: Asia/Riyadh (page)",
        paragraphs=["Body of full."],
        stamps=[Stamp("2024-03-26 02:21:30", "2024-03-25T23:21:30Z", "published", "text",
                      "Asia/Riyadh", "page", "2024-03-26T02:21:30+03:00")],
        provenance={"outlet": "sidecar", "title": "json field"},
        encoding="windows-1256",
        raw="قال الوزير\nRaw bytes decoded",
        raw_format="jsonl",
    )  # fmt: skip
    assert fresh_store.add_batch([article]) == 1
    assert fresh_store.get(article.id) == article


def test_removed_lines_round_trip_with_reasons_positions_and_order(fresh_store) -> None:
    removed = [
        RemovedLine("Council Approves New Budget For Roads", "title", 0),
        RemovedLine("Share on Facebook", "share-link", 4),
        RemovedLine("Share on Twitter", "share-link", 5),
        RemovedLine("Advertisement", "advertisement", 9),
    ]
    article = make_article("removed", removed=removed)
    fresh_store.add_batch([article])
    assert fresh_store.get(article.id).removed == removed


def test_removed_lines_without_positions_are_all_kept(fresh_store) -> None:
    # Lines made without a position all have -1; two with the same reason once collided
    # on the (article_id, position, reason) key and one was silently dropped.
    removed = [RemovedLine("Share", "share-link"), RemovedLine("Tweet", "share-link"),
               RemovedLine("Share", "share-link")]  # fmt: skip
    article = make_article("no-positions", removed=removed)
    fresh_store.add_batch([article])
    assert fresh_store.get(article.id).removed == removed
    (count,) = fresh_store.conn.execute("SELECT count(*) FROM removed_lines").fetchone()
    assert count == 3


def test_raw_input_and_clean_text_are_both_kept(fresh_store, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT)
    ingest_paths([path], fresh_store)
    (article,) = fresh_store.iter_articles()
    assert article.raw == TEXT
    assert article.text.startswith("The regional council approved")
    assert [(r.text, r.reason, r.position) for r in article.removed] == [
        ("Council Approves New Budget For Roads", "title", 0),
        ("Read more: Mayor promises new bus lanes", "read-more", 4),
    ]
    assert article.content_hash == hashlib.sha256(" ".join(TEXT.split()).encode()).hexdigest()
    row = fresh_store.conn.execute("SELECT raw, text FROM articles").fetchone()
    assert (row["raw"], row["text"]) == (TEXT, article.text)


# -- ids ---------------------------------------------------------------------------


@pytest.fixture
def store_with_shared_prefix(fresh_store: SQLiteStore) -> SQLiteStore:
    """Two articles whose ids share their first five characters, and a third."""
    fresh_store.add_batch([
        make_article("x", content_hash="abcde1" + "0" * 58),
        make_article("y", content_hash="abcde2" + "0" * 58),
        make_article("z", content_hash="f00d" + "1" * 60),
    ])  # fmt: skip
    return fresh_store


@pytest.mark.parametrize(
    ("given", "found"),
    [
        ("abcde10000000000", "abcde10000000000"),
        ("abcde1", "abcde10000000000"),
        ("f00d", "f00d111111111111"),
        ("f00d1111", "f00d111111111111"),
        ("f00", None),  # fewer than 4 characters: never a prefix
        ("0000", None),
        ("abcde3", None),
        ("____", None),  # LIKE wildcards once matched any id
        ("f0%", None),
        ("%", None),
        ("ABCDE1", None),
    ],
)
def test_get_by_full_id_or_unique_prefix(store_with_shared_prefix, given: str, found) -> None:
    article = store_with_shared_prefix.get(given)
    assert (article.id if article else None) == found


@pytest.mark.parametrize("prefix", ["abcd", "abcde"])
def test_ambiguous_prefix_is_e203(store_with_shared_prefix, prefix: str) -> None:
    with pytest.raises(StoreError) as caught:
        store_with_shared_prefix.get(prefix)
    assert caught.value.code == "E203"
    assert prefix in str(caught.value)


# -- listing and hashes ------------------------------------------------------------


def test_iter_articles_newest_first_undated_last(existing_db: Path) -> None:
    with open_store(existing_db) as store:
        assert [a.title for a in store.iter_articles()] == ["B", "A", "C (undated)"]
        assert [a.title for a in store.iter_articles(limit=2)] == ["B", "A"]


def test_known_hashes_in_chunks(fresh_store: SQLiteStore) -> None:
    articles = [make_article(f"n{n}") for n in range(1200)]
    assert fresh_store.add_batch(articles) == 1200
    asked = [a.content_hash for a in articles[::2]] + ["0" * 64, "f" * 64]
    assert fresh_store.known_hashes(asked) == {a.content_hash for a in articles[::2]}


def test_same_content_hash_is_stored_once(fresh_store: SQLiteStore) -> None:
    first = make_article("same")
    again = replace(first, source_path="/elsewhere/copy.txt")
    assert fresh_store.add_batch([first]) == 1
    assert fresh_store.add_batch([again]) == 0
    assert fresh_store.add_batch([first, again]) == 0
    assert fresh_store.count() == 1
    assert fresh_store.get(first.id).source_path == first.source_path


# -- transactions ------------------------------------------------------------------


@pytest.mark.parametrize(
    "broken",
    [{"text": None}, {"title": "lone \ud800 surrogate"}],  # NOT NULL; not valid Unicode
    ids=["not-null", "surrogate"],
)
def test_a_row_that_cannot_be_written_fails_alone(fresh_store: SQLiteStore, broken) -> None:
    """One refused row used to roll back the whole batch: now it is the one failure."""
    fresh_store.add_batch([make_article("kept")])
    rejected: list[IngestFailure] = []
    given = IngestFailure("/in/f.txt", "empty file", "E102")
    added = fresh_store.add_batch(
        [make_article("a", removed=[RemovedLine("x", "y", 0)]), make_article("broken", **broken),
         make_article("b")],
        [given], on_rejected=rejected.append,
    )  # fmt: skip
    assert added == 2 and fresh_store.count() == 3
    (refused,) = rejected
    assert (refused.location, refused.code) == ("/in/broken.txt", "E206")
    assert refused.reason.startswith("cannot store this item: ")
    assert sorted(fresh_store.failures(), key=lambda f: f.code) == [given, refused]
    (lines,) = fresh_store.conn.execute("SELECT count(*) FROM removed_lines").fetchone()
    assert lines == 1


@pytest.mark.sqlite_only
def test_a_store_error_rolls_back_the_whole_batch(fresh_store: SQLiteStore) -> None:
    """Not an item's fault (here: another connection holds the write lock): nothing of
    the batch is written, and the run is told with E202."""
    fresh_store.add_batch([make_article("kept")])
    fresh_store.conn.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(fresh_store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as caught:
            fresh_store.add_batch([make_article("lost")],
                                  [IngestFailure("/in/f.txt", "empty file", "E102")])  # fmt: skip
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.code == "E202"
    assert fresh_store.count() == 1 and fresh_store.failures() == []
    assert fresh_store.add_batch([make_article("after")]) == 1  # the store still works


def test_a_store_error_rolls_back_the_whole_batch_on_postgresql(pg_server) -> None:
    """As on SQLite: another session holds the write lock past the lock timeout."""
    import psycopg

    from newsprism.store.pg_schema import WRITE_KEY

    url = pg_server.new_db()
    with open_store(url) as store, psycopg.connect(url, autocommit=True) as other:
        store.add_batch([make_article("kept")])
        store.conn.execute("SET lock_timeout = '200ms'")
        other.execute("SELECT pg_advisory_lock(%s)", (WRITE_KEY,))
        with pytest.raises(StoreError) as caught:
            store.add_batch([make_article("lost")],
                            [IngestFailure("/in/f.txt", "empty file", "E102")])  # fmt: skip
        other.execute("SELECT pg_advisory_unlock(%s)", (WRITE_KEY,))
        assert caught.value.code == "E202"
        assert store.count() == 1 and store.failures() == []
        assert store.add_batch([make_article("after")]) == 1  # the store still works


def test_a_batch_is_visible_to_another_connection_once_committed(
    fresh_store: SQLiteStore, store_location: str
) -> None:
    fresh_store.add_batch([make_article(f"v{n}") for n in range(5)])
    with open_store(store_location) as other:
        assert other.count() == 5


# -- ingest failures ---------------------------------------------------------------


def test_failures_are_recorded_once_per_location_and_code(fresh_store: SQLiteStore) -> None:
    fresh_store.add_batch([], [IngestFailure("/in/a.jsonl:3", "invalid JSON", "E109")])
    again = IngestFailure("/in/a.jsonl:3", "invalid JSON again", "E109")
    fresh_store.add_batch([], [again, IngestFailure("/in/b.txt", "empty file (no text)", "E102")])
    assert fresh_store.failures() == [
        IngestFailure("/in/a.jsonl:3", "invalid JSON again", "E109"),
        IngestFailure("/in/b.txt", "empty file (no text)", "E102"),
    ]
    fresh_store.forget_failures(["/in/a.jsonl:3"])
    assert [f.location for f in fresh_store.failures()] == ["/in/b.txt"]


@pytest.fixture
def failed_file(fresh_store: SQLiteStore, tmp_path: Path) -> Path:
    """An empty file whose failure the store has recorded."""
    path = tmp_path / "story.txt"
    path.write_text("")
    report = ingest_paths([path], fresh_store)
    assert [f.code for f in report.failures] == ["E102"]
    assert [f.location for f in fresh_store.failures()] == [str(path)]
    return path


def test_failure_is_cleared_when_the_item_later_succeeds(fresh_store, failed_file: Path) -> None:
    failed_file.write_text(TEXT)
    report = ingest_paths([failed_file], fresh_store)
    assert report.ok and len(report.added) == 1
    assert fresh_store.failures() == []


def test_failure_is_cleared_when_the_fixed_item_was_already_stored(
    fresh_store, failed_file: Path, tmp_path: Path
) -> None:
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "same.txt").write_text(TEXT)
    ingest_paths([tmp_path / "other"], fresh_store)
    failed_file.write_text(TEXT)  # now the same content as an article already stored
    report = ingest_paths([failed_file], fresh_store)
    assert report.ok and report.already_stored == 1
    assert fresh_store.failures() == []


def test_failure_of_one_jsonl_line_is_cleared_when_that_line_is_fixed(
    fresh_store, tmp_path: Path
) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text('{"text": "The ferry service resumed on Sunday."}\n{"text": \n')
    ingest_paths([path], fresh_store)
    assert [f.location for f in fresh_store.failures()] == [f"{path}:2"]
    path.write_text(
        '{"text": "The ferry service resumed on Sunday."}\n'
        '{"text": "The airport reopened on Monday morning."}\n'
    )
    report = ingest_paths([path], fresh_store)
    assert report.ok and len(report.added) == 1
    assert fresh_store.failures() == []
