"""Schema migrations: named functions applied in order, each recorded in a table.

The shape of sqlite-utils' ``Migrations``: a migration never changes once released;
a schema change is a new function appended to ``MIGRATIONS``. ``schema_version`` is
the number of migrations applied.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable
from typing import Any

from newsprism.errors import StoreError

Migration = tuple[str, Callable[[sqlite3.Connection], None]]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one (``executescript`` would COMMIT the open transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


def _m001_articles(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source_path TEXT NOT NULL,
            source_line INTEGER,
            url TEXT,
            title TEXT,
            outlet TEXT,
            language TEXT,
            published_at TEXT,
            published_at_original TEXT,
            date_reason TEXT,
            text TEXT NOT NULL,
            paragraphs TEXT NOT NULL,       -- JSON list of strings
            stamps TEXT NOT NULL,           -- JSON list of Stamp objects
            provenance TEXT NOT NULL,       -- JSON object: field -> how it was learned
            raw TEXT NOT NULL,
            raw_format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published_at ON articles(published_at);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE TABLE removed_lines (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, position, reason)
        );
        CREATE INDEX removed_lines_reason ON removed_lines(reason);
        """,
    )


def _m002_ingest_failures(conn: sqlite3.Connection) -> None:
    # Failures are kept so a later run (or the web upload page) can show what went wrong.
    run_script(
        conn,
        """
        CREATE TABLE ingest_failures (
            location TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (location, code)
        );
        """,
    )


def _m003_removed_lines_in_order(conn: sqlite3.Connection) -> None:
    # The key (article_id, position, reason) silently dropped a removed line whose
    # position and reason matched another's (every line without a position is -1):
    # lines are now keyed by their order in the article, and none is ever dropped.
    run_script(
        conn,
        """
        CREATE TABLE removed_lines_003 (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,           -- order in Article.removed
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        );
        INSERT INTO removed_lines_003 (article_id, seq, position, text, reason)
            SELECT article_id,
                   row_number() OVER (PARTITION BY article_id ORDER BY position, rowid) - 1,
                   position, text, reason
            FROM removed_lines;
        DROP TABLE removed_lines;
        ALTER TABLE removed_lines_003 RENAME TO removed_lines;
        CREATE INDEX removed_lines_reason ON removed_lines(reason);
        """,
    )


def _m004_stories(conn: sqlite3.Connection) -> None:
    # Stories are the unit every later stage (compare, web) works on: one row per story,
    # one row per member article. An article belongs to exactly one story (a story of
    # one when nothing else reports its event). ``duplicate_of`` keeps a near-copy
    # (syndicated wire, re-post) in the story with its own outlet, pointing at the first
    # copy seen; ``seq`` is arrival order, so a story's history can be replayed.
    run_script(
        conn,
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            key_entities TEXT NOT NULL DEFAULT '[]',   -- JSON list of names
            size INTEGER NOT NULL,
            first_seen TEXT,                           -- ISO 8601 UTC
            last_seen TEXT,
            frozen INTEGER NOT NULL DEFAULT 0,         -- older than the live window
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stories_last_seen ON stories(last_seen);
        CREATE INDEX stories_size ON stories(size);
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            duplicate_of TEXT,
            score REAL
        );
        CREATE INDEX story_articles_story ON story_articles(story_id, seq);
        """,
    )


def _m005_story_index(conn: sqlite3.Connection) -> None:
    # The stream clusterer's state, so that a new process continues where the last one
    # stopped without re-reading articles (newsprism/cluster/state.py, docs/clustering.md):
    # per-article features computed once; MinHash LSH buckets for near-copies; each
    # story's running profile (vector sums, time span, names); a few counters. The
    # index on story_articles(seq) finds memberships newer than the saved state.
    run_script(
        conn,
        """
        CREATE TABLE article_features (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,          -- cluster.features.FEATURES_VERSION
            headline TEXT NOT NULL,            -- the title, or the opening words
            titled INTEGER NOT NULL,           -- 1 when headline is a real title
            embedding BLOB NOT NULL,           -- float32, unit length: title + lead
            minhash BLOB NOT NULL,             -- uint32 x 128 over 5-word shingles
            shingles INTEGER NOT NULL,
            title_terms BLOB NOT NULL,         -- sparse: count, uint32 keys, float32 values
            body_terms BLOB NOT NULL,
            entity_terms BLOB NOT NULL,
            entities TEXT NOT NULL,            -- JSON list of names, most frequent first
            published REAL                     -- epoch seconds UTC
        );
        CREATE TABLE lsh_buckets (
            band INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (band, bucket, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE cluster_state (
            story_id TEXT PRIMARY KEY,
            founder TEXT NOT NULL,
            count INTEGER NOT NULL,
            emb_sum BLOB NOT NULL,             -- float64 sum of member embeddings
            title_terms BLOB NOT NULL,         -- sparse, float64 values: sums of unit vectors
            body_terms BLOB NOT NULL,
            entity_terms BLOB NOT NULL,
            names TEXT NOT NULL,               -- JSON object: name -> members naming it
            t_first REAL,
            t_last REAL,
            last_seq INTEGER NOT NULL,
            frozen INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX cluster_state_frozen ON cluster_state(frozen);
        CREATE TABLE cluster_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE INDEX story_articles_seq ON story_articles(seq);
        """,
    )


def _m006_articles_fts(conn: sqlite3.Connection) -> None:
    # Full-text search (store/search.py) and the web's cache of story analyses.
    # The FTS table keeps its own copy of title and body rather than pointing at
    # ``articles`` by rowid: ``articles`` has a TEXT primary key, so VACUUM may renumber
    # its rowids, and an external-content index would then return the wrong articles.
    # Triggers keep it in sync with every write, whoever writes. A story's analysis is
    # cached under a key made of its member ids and the analysis version, so a story
    # that gains an article, or a newer newsprism, computes it afresh; the three tables
    # after it index the cached analyses for the entity and outlet pages.
    run_script(
        conn,
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            article_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts (article_id, title, body)
            SELECT id, coalesce(title, ''), text FROM articles;
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (article_id, title, body)
                VALUES (new.id, coalesce(new.title, ''), new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            DELETE FROM articles_fts WHERE article_id = old.id;
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN
            DELETE FROM articles_fts WHERE article_id = old.id;
            INSERT INTO articles_fts (article_id, title, body)
                VALUES (new.id, coalesce(new.title, ''), new.text);
        END;
        """,
    )
    _m006_analysis_cache(conn)


def _m006_analysis_cache(conn: sqlite3.Connection) -> None:
    # The second half of migration 6: the analysis cache and its three index tables.
    run_script(
        conn,
        """
        CREATE TABLE story_analyses (
            story_id TEXT PRIMARY KEY,
            key TEXT NOT NULL,              -- sha256 of member ids + analysis version
            version TEXT NOT NULL,          -- the analysis version it was computed with
            members TEXT NOT NULL,          -- JSON list of article ids, in order
            analysis TEXT NOT NULL,         -- StoryAnalysis.as_dict() as JSON
            seconds REAL NOT NULL,          -- how long it took to compute
            created_at TEXT NOT NULL
        );
        CREATE TABLE analysis_entities (
            story_id TEXT NOT NULL REFERENCES story_analyses(story_id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,        -- E1, E2 … within that analysis
            key TEXT NOT NULL,              -- folded name or alias, as in /entities/KEY
            by_name INTEGER NOT NULL,       -- 1 on the row whose key is the folded name
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            aliases TEXT NOT NULL,          -- JSON list
            mentions INTEGER NOT NULL,
            PRIMARY KEY (key, story_id, entity_id)
        );
        CREATE INDEX analysis_entities_story ON analysis_entities(story_id);
        CREATE TABLE analysis_terms (
            story_id TEXT NOT NULL REFERENCES story_analyses(story_id) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            term TEXT NOT NULL,
            category TEXT NOT NULL,
            count INTEGER NOT NULL,         -- uses in the outlet's own voice
            quoted INTEGER NOT NULL
        );
        CREATE INDEX analysis_terms_article ON analysis_terms(article_id);
        CREATE INDEX analysis_terms_story ON analysis_terms(story_id);
        CREATE TABLE analysis_voices (
            story_id TEXT NOT NULL REFERENCES story_analyses(story_id) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            speaker TEXT NOT NULL,
            count INTEGER NOT NULL
        );
        CREATE INDEX analysis_voices_article ON analysis_voices(article_id);
        CREATE INDEX analysis_voices_story ON analysis_voices(story_id);
        """,
    )


def _m007_feature_language(conn: sqlite3.Connection) -> None:
    # The clusterer compares only articles of one language (its features are not
    # cross-lingual); rows written before this have NULL (unknown), and features
    # version 2 makes `recluster` recompute them.
    conn.execute("ALTER TABLE article_features ADD COLUMN language TEXT")


def _m008_story_weeks(conn: sqlite3.Connection) -> None:
    # A late article (a backfill) is compared with the frozen stories of its own time:
    # story_weeks lists the weeks (epoch seconds // 604800) each story's span touches,
    # so that look-up reads the stories of a few weeks whatever the size of the store.
    # Spans over 104 weeks keep the 52 at each end (newsprism.cluster.stream.span_weeks).
    # A story's language (its founder's) moves into its profile, which a late article
    # reads without the members.
    run_script(
        conn,
        """
        CREATE TABLE story_weeks (
            week INTEGER NOT NULL,
            story_id TEXT NOT NULL,
            PRIMARY KEY (week, story_id)
        ) WITHOUT ROWID;
        ALTER TABLE cluster_state ADD COLUMN language TEXT;
        UPDATE cluster_state SET language = (
            SELECT language FROM article_features WHERE article_id = cluster_state.founder);
        """,
    )
    backfill_story_weeks(conn)


def backfill_story_weeks(conn: Any) -> None:
    """``story_weeks`` rows of the stored profiles (migration 008, on either backend)."""
    rows = []
    for story_id, t_first, t_last in conn.execute(
        "SELECT story_id, t_first, t_last FROM cluster_state "
        "WHERE t_first IS NOT NULL AND t_last IS NOT NULL"
    ).fetchall():
        first, last = math.floor(t_first / 604800.0), math.floor(t_last / 604800.0)
        weeks = range(first, last + 1) if last - first < 104 else \
            [*range(first, first + 52), *range(last - 51, last + 1)]  # fmt: skip
        rows.extend((week, story_id) for week in weeks)
    conn.executemany(
        "INSERT INTO story_weeks (week, story_id) VALUES (?, ?) ON CONFLICT DO NOTHING", rows
    )


def _m009_story_model(conn: sqlite3.Connection) -> None:
    # The clusterer model version the stories were built with (one row), so that
    # `stories` and the web home page can say when a `recluster` is due. A store that
    # already holds stories was built before this migration, by model version 1 (the
    # only version before it); an empty store gets its row with its first stories.
    run_script(
        conn,
        """
        CREATE TABLE story_model (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL,
            recorded_at TEXT NOT NULL
        );
        INSERT INTO story_model (id, version, recorded_at)
            SELECT 1, 1, datetime('now') WHERE EXISTS (SELECT 1 FROM stories);
        """,
    )


def _m010_crawled_at(conn: sqlite3.Connection) -> None:
    # When a crawler fetched the page (a WARC record's WARC-Date): an upper bound of the
    # publication time, never the publication time. NULL for every other input.
    conn.execute("ALTER TABLE articles ADD COLUMN crawled_at TEXT")


def _m011_cross_vectors(conn: sqlite3.Connection) -> None:
    # The multilingual vectors of the cross-language story path, per article, so that a
    # new session does not embed again what an earlier one did (store/clusterer.py).
    run_script(
        conn,
        """
        CREATE TABLE cross_vectors (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,             -- model and words read (cluster.crosslang)
            vector BLOB NOT NULL               -- float32 x 512, unit length
        ) WITHOUT ROWID;
        """,
    )


def _m012_context_vectors(conn: sqlite3.Connection) -> None:
    # The MiniLM ``context`` vectors of the clusterer model ``--stories-model minilm``
    # (docs/clustering.md, decision 26): per article, and summed per story; and which
    # context embedder built the stories ('' for the packaged model, as every store
    # before this migration was built). NULL where the model that computed them had none.
    run_script(
        conn,
        """
        ALTER TABLE article_features ADD COLUMN context BLOB;   -- float16 x 384, unit
        ALTER TABLE cluster_state ADD COLUMN ctx_sum BLOB;      -- float64 sum of members'
        ALTER TABLE story_model ADD COLUMN context TEXT NOT NULL DEFAULT '';
        """,
    )


def _m013_term_attributed(conn: sqlite3.Connection) -> None:
    # An outlet's uses of a loaded term in a named source's words outside quotation
    # marks ("a statement describing the massacre as a genocide": the JSON's
    # ``attributed``, session 24), beside ``count`` (own voice) and ``quoted``, for the
    # outlet page. Rows of analyses stored before it are filled from their JSON.
    conn.execute("ALTER TABLE analysis_terms ADD COLUMN attributed INTEGER NOT NULL DEFAULT 0")
    backfill_term_attributed(conn)


def _m014_lead_weekdays(conn: sqlite3.Connection) -> None:
    # The weekdays an article's title and lead name, a 7-bit mask (bit 0 Monday), read by
    # clusterer model version 4's weekday check (``cluster.weekdays``). NULL in rows
    # stored before it: read as none; those rows are of features version 4, which
    # ``recluster`` computes again (version 5 has the column filled).
    conn.execute("ALTER TABLE article_features ADD COLUMN lead_weekdays INTEGER")


def _m015_index_version(conn: sqlite3.Connection) -> None:
    # The version of the rules that made an analysis's index rows (``entity_keys``,
    # ``index_key``: ``newsprism.analyses.INDEX_VERSION``). Those rules changed without
    # the analysis JSON (session 35's one row per country), so the analysis version could
    # not say the rows were old: a store analysed before showed "United States" as four
    # rows, and nothing said `newsprism analyze` was due (session 36). Rows stored before
    # the column are version 1, older than any rule recorded here.
    conn.execute("ALTER TABLE story_analyses ADD COLUMN index_version INTEGER NOT NULL DEFAULT 1")


def backfill_term_attributed(conn: Any) -> None:
    """``analysis_terms.attributed`` from the stored analyses' JSON (migration 013, on
    either backend): an analysis stored before the column has the count in its
    ``framing`` terms; one stored before session 24 has none, and stays 0."""
    rows = []
    for story_id, analysis in conn.execute(
        "SELECT story_id, analysis FROM story_analyses"
    ).fetchall():
        try:
            framing = json.loads(analysis).get("framing") or {}
        except (ValueError, AttributeError):
            continue  # not an object: nothing to read, the rows keep 0
        for article_id, frame in framing.items():
            for term in (frame or {}).get("terms") or []:
                if int(term.get("attributed") or 0):
                    rows.append((int(term["attributed"]), story_id, article_id,
                                 str(term.get("term")), str(term.get("category") or "other")))
    conn.executemany(
        "UPDATE analysis_terms SET attributed = ? WHERE story_id = ? AND article_id = ? "
        "AND term = ? AND category = ?", rows,
    )  # fmt: skip


MIGRATIONS: list[Migration] = [
    ("001_articles", _m001_articles),
    ("002_ingest_failures", _m002_ingest_failures),
    ("003_removed_lines_in_order", _m003_removed_lines_in_order),
    ("004_stories", _m004_stories),
    ("005_story_index", _m005_story_index),
    ("006_articles_fts", _m006_articles_fts),
    ("007_feature_language", _m007_feature_language),
    ("008_story_weeks", _m008_story_weeks),
    ("009_story_model", _m009_story_model),
    ("010_crawled_at", _m010_crawled_at),
    ("011_cross_vectors", _m011_cross_vectors),
    ("012_context_vectors", _m012_context_vectors),
    ("013_term_attributed", _m013_term_attributed),
    ("014_lead_weekdays", _m014_lead_weekdays),
    ("015_index_version", _m015_index_version),
]


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded; returns the names applied now.

    The connection must be in autocommit mode (``isolation_level=None``): transactions
    are opened here explicitly.

    Raises:
        StoreError: E201 when the store was migrated by a newer newsprism (it records
            migrations this version does not know).
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = _applied(conn)
    unknown = sorted(done - {name for name, _ in MIGRATIONS})
    if unknown:
        raise StoreError(
            f"store written by a newer newsprism (unknown migrations: {', '.join(unknown)}); "
            "upgrade newsprism",
            code="E201",
        )
    applied: list[str] = []
    for name, migrate in MIGRATIONS:
        if name in done:
            continue
        # Each migration and its record commit together, or not at all. The check is
        # repeated inside the write lock: another process may have just applied it.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if name in _applied(conn):
                conn.execute("COMMIT")
                continue
            migrate(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", (name,)
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _applied(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM _migrations")}


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM _migrations").fetchone()[0]
