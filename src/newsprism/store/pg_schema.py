"""The PostgreSQL schema: the same migrations registry as SQLite's, in PostgreSQL's terms.

Each migration has the name of its SQLite twin (``migrations.MIGRATIONS``), so a store's
``schema_version`` means the same on both backends and ``db copy`` can check it. What
differs: ``articles.rowid`` is an identity column (SQLite has its implicit rowid: the
ingest order the clusterer reads), BLOBs are ``bytea``, REALs are ``double precision``,
and full-text search is a generated ``tsvector`` column with a GIN index (migration 006)
instead of an FTS5 table kept by triggers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsprism.errors import StoreError
from newsprism.store.migrations import MIGRATIONS, backfill_story_weeks, backfill_term_attributed

# Advisory lock keys (any two distinct bigints): migrations, every write transaction,
# the story step (store/postgres.py).
MIGRATE_KEY, WRITE_KEY, STORY_KEY = 7_215_001, 7_215_002, 7_215_003


def _script(*statements: str) -> Callable[[Any], None]:
    def run(conn: Any) -> None:
        for statement in statements:
            conn.execute(statement)

    return run


_M001 = _script(
    """CREATE TABLE articles (
        rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- ingest order (SQLite's rowid)
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, source_path TEXT NOT NULL,
        source_line INTEGER, url TEXT, title TEXT, outlet TEXT, language TEXT,
        published_at TEXT, published_at_original TEXT, date_reason TEXT, text TEXT NOT NULL,
        paragraphs TEXT NOT NULL, stamps TEXT NOT NULL, provenance TEXT NOT NULL,
        raw TEXT NOT NULL, raw_format TEXT NOT NULL, encoding TEXT NOT NULL,
        ingested_at TEXT NOT NULL)""",
    "CREATE INDEX articles_published_at ON articles(published_at)",
    "CREATE INDEX articles_outlet ON articles(outlet)",
    """CREATE TABLE removed_lines (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL,
        PRIMARY KEY (article_id, position, reason))""",
    "CREATE INDEX removed_lines_reason ON removed_lines(reason)",
)
_M002 = _script(
    """CREATE TABLE ingest_failures (location TEXT NOT NULL, code TEXT NOT NULL,
        reason TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (location, code))""",
)
_M003 = _script(
    """CREATE TABLE removed_lines_003 (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL,
        reason TEXT NOT NULL, PRIMARY KEY (article_id, seq))""",
    """INSERT INTO removed_lines_003 (article_id, seq, position, text, reason)
        SELECT article_id, row_number() OVER (PARTITION BY article_id ORDER BY position) - 1,
               position, text, reason FROM removed_lines""",
    "DROP TABLE removed_lines",
    "ALTER TABLE removed_lines_003 RENAME TO removed_lines",
    "CREATE INDEX removed_lines_reason ON removed_lines(reason)",
)
_M004 = _script(
    """CREATE TABLE stories (id TEXT PRIMARY KEY, label TEXT NOT NULL,
        key_entities TEXT NOT NULL DEFAULT '[]', size INTEGER NOT NULL, first_seen TEXT,
        last_seen TEXT, frozen INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL)""",
    "CREATE INDEX stories_last_seen ON stories(last_seen)",
    "CREATE INDEX stories_size ON stories(size)",
    """CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        seq BIGINT NOT NULL, duplicate_of TEXT, score DOUBLE PRECISION)""",
    "CREATE INDEX story_articles_story ON story_articles(story_id, seq)",
)
_M005 = _script(
    """CREATE TABLE article_features (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL, headline TEXT NOT NULL, titled INTEGER NOT NULL,
        embedding BYTEA NOT NULL, minhash BYTEA NOT NULL, shingles INTEGER NOT NULL,
        title_terms BYTEA NOT NULL, body_terms BYTEA NOT NULL, entity_terms BYTEA NOT NULL,
        entities TEXT NOT NULL, published DOUBLE PRECISION)""",
    """CREATE TABLE lsh_buckets (band INTEGER NOT NULL, bucket BIGINT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band, bucket, article_id))""",
    """CREATE TABLE cluster_state (story_id TEXT PRIMARY KEY, founder TEXT NOT NULL,
        count INTEGER NOT NULL, emb_sum BYTEA NOT NULL, title_terms BYTEA NOT NULL,
        body_terms BYTEA NOT NULL, entity_terms BYTEA NOT NULL, names TEXT NOT NULL,
        t_first DOUBLE PRECISION, t_last DOUBLE PRECISION, last_seq BIGINT NOT NULL,
        frozen INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX cluster_state_frozen ON cluster_state(frozen)",
    "CREATE TABLE cluster_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE INDEX story_articles_seq ON story_articles(seq)",
)
# Search: title weighs A, body B ('simple': lower case, no stemming, as FTS5's unicode61;
# unlike it, accents are kept: unaccent() is not immutable, so no generated column).
_M006 = _script(
    """ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', text), 'B')) STORED""",
    "CREATE INDEX articles_fts ON articles USING gin (fts)",
    """CREATE TABLE story_analyses (story_id TEXT PRIMARY KEY, key TEXT NOT NULL,
        version TEXT NOT NULL, members TEXT NOT NULL, analysis TEXT NOT NULL,
        seconds DOUBLE PRECISION NOT NULL, created_at TEXT NOT NULL)""",
    """CREATE TABLE analysis_entities (
        story_id TEXT NOT NULL REFERENCES story_analyses(story_id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL, key TEXT NOT NULL, by_name INTEGER NOT NULL,
        name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL,
        mentions INTEGER NOT NULL, PRIMARY KEY (key, story_id, entity_id))""",
    "CREATE INDEX analysis_entities_story ON analysis_entities(story_id)",
    """CREATE TABLE analysis_terms (
        story_id TEXT NOT NULL REFERENCES story_analyses(story_id) ON DELETE CASCADE,
        article_id TEXT NOT NULL, term TEXT NOT NULL, category TEXT NOT NULL,
        count INTEGER NOT NULL, quoted INTEGER NOT NULL)""",
    "CREATE INDEX analysis_terms_article ON analysis_terms(article_id)",
    "CREATE INDEX analysis_terms_story ON analysis_terms(story_id)",
    """CREATE TABLE analysis_voices (
        story_id TEXT NOT NULL REFERENCES story_analyses(story_id) ON DELETE CASCADE,
        article_id TEXT NOT NULL, speaker TEXT NOT NULL, count INTEGER NOT NULL)""",
    "CREATE INDEX analysis_voices_article ON analysis_voices(article_id)",
    "CREATE INDEX analysis_voices_story ON analysis_voices(story_id)",
)
_M007 = _script("ALTER TABLE article_features ADD COLUMN language TEXT")


def _m008(conn: Any) -> None:
    _script(
        """CREATE TABLE story_weeks (week INTEGER NOT NULL, story_id TEXT NOT NULL,
            PRIMARY KEY (week, story_id))""",
        "ALTER TABLE cluster_state ADD COLUMN language TEXT",
        """UPDATE cluster_state SET language = (SELECT language FROM article_features
            WHERE article_id = cluster_state.founder)""",
    )(conn)
    backfill_story_weeks(conn)


# The clusterer model the stories were built with: a store that already holds stories
# was built by model 1 (the only one before this migration), as in SQLite's 009.
_M009 = _script(
    """CREATE TABLE story_model (id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL, recorded_at TEXT NOT NULL)""",
    """INSERT INTO story_model (id, version, recorded_at)
        SELECT 1, 1, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')
        WHERE EXISTS (SELECT 1 FROM stories)""",
)
_M010 = _script("ALTER TABLE articles ADD COLUMN crawled_at TEXT")  # a WARC record's date
# The cross-language path's multilingual vectors, per article (a cache; SQLite's 011).
_M011 = _script(
    """CREATE TABLE cross_vectors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL, vector BYTEA NOT NULL)""",
)

# The MiniLM context vectors per article and per story, and the story model's context
# embedder (SQLite's 012).
_M012 = _script(
    "ALTER TABLE article_features ADD COLUMN context BYTEA",
    "ALTER TABLE cluster_state ADD COLUMN ctx_sum BYTEA",
    "ALTER TABLE story_model ADD COLUMN context TEXT NOT NULL DEFAULT ''",
)



def _m013(conn: Any) -> None:
    """A term's uses in a named source's words, filled from the stored JSON (SQLite's 013)."""
    conn.execute("ALTER TABLE analysis_terms ADD COLUMN attributed INTEGER NOT NULL DEFAULT 0")
    backfill_term_attributed(conn)


# The weekdays an article's lead names, a 7-bit mask (SQLite's 014; NULL in older rows).
_M014 = _script("ALTER TABLE article_features ADD COLUMN lead_weekdays INTEGER")

# The version of the rules that made an analysis's index rows (SQLite's 015; 1 before).
_M015 = _script(
    "ALTER TABLE story_analyses ADD COLUMN index_version INTEGER NOT NULL DEFAULT 1")


PG_MIGRATIONS: list[tuple[str, Callable[[Any], None]]] = [
    ("001_articles", _M001), ("002_ingest_failures", _M002),
    ("003_removed_lines_in_order", _M003), ("004_stories", _M004),
    ("005_story_index", _M005), ("006_articles_fts", _M006),
    ("007_feature_language", _M007), ("008_story_weeks", _m008),
    ("009_story_model", _M009), ("010_crawled_at", _M010),
    ("011_cross_vectors", _M011), ("012_context_vectors", _M012),
    ("013_term_attributed", _m013), ("014_lead_weekdays", _M014),
    ("015_index_version", _M015),
]  # fmt: skip
assert [n for n, _ in PG_MIGRATIONS] == [n for n, _ in MIGRATIONS], "one registry, two backends"


def apply_pg_migrations(conn: Any) -> list[str]:
    """Apply the migrations not yet recorded, each with its record in one transaction;
    processes opening one new database at once wait for each other on an advisory lock.

    Raises:
        StoreError: E201 when the database was migrated by a newer newsprism.
    """
    conn.execute("SELECT pg_advisory_lock(?)", (MIGRATE_KEY,))
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS _migrations "
                     "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")  # fmt: skip
        done = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
        unknown = sorted(done - {name for name, _ in PG_MIGRATIONS})
        if unknown:
            raise StoreError(f"store written by a newer newsprism (unknown migrations: "
                             f"{', '.join(unknown)}); upgrade newsprism", code="E201")  # fmt: skip
        applied = []
        for name, migrate in PG_MIGRATIONS:
            if name in done:
                continue
            conn.execute("BEGIN")
            try:
                migrate(conn)
                conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, "
                             "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'))",
                             (name,))  # fmt: skip
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            applied.append(name)
        return applied
    finally:
        conn.execute("SELECT pg_advisory_unlock(?)", (MIGRATE_KEY,))


def pg_schema_version(conn: Any) -> int:
    return conn.execute("SELECT count(*) FROM _migrations").fetchone()[0]
