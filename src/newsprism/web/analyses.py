"""Story analyses for the web: computed on first view, cached in the store, indexed.

``compare`` takes a few seconds per story (spaCy, embeddings), far too long for every
page view. The first view of a story computes its analysis and stores the JSON in
``story_analyses`` under a key made of the story's member ids (in page order) and the
analysis version; every later view reads it back. A story that gains an article, or a
newsprism whose analysis changed, has another key, so a stale analysis is never shown:
it is computed again.

The analysis runs in a worker process of a small pool (``web/workers.py``), killed
when it passes the time limit (``newsprism serve --analysis-timeout``): a story whose
analysis hangs or runs long gets a clear "took too long" answer, and the other
stories' analyses go on in the other workers meanwhile.

Storing an analysis also indexes it for the pages that look across stories: its
entities by folded name and alias (entity pages), each article's loaded terms and
quoted voices (outlet pages). Entities are the per-story ones of ``compare``; across
stories they are joined by name, conservatively (see :func:`entity_keys`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future
from typing import Any

from newsprism import __version__
from newsprism.compare.story import SCHEMA_VERSION
from newsprism.models import Article, Story
from newsprism.store import SQLiteStore
from newsprism.web.db import Database
from newsprism.web.workers import EMBEDDER, AnalysisError, AnalysisPool, AnalysisTimeout

logger = logging.getLogger(__name__)

# Anything that changes what analyze_story returns for the same articles must change
# this string: the schema version, the package version and the embedder.
ANALYSIS_VERSION = f"{SCHEMA_VERSION}/{__version__}/{EMBEDDER}"

_NON_WORD = re.compile(r"[^0-9a-z]+")
_PERSON_TYPES = frozenset({"PERSON"})


def analysis_key(member_ids: Sequence[str], version: str = ANALYSIS_VERSION) -> str:
    """The cache key of a story's analysis: its members in page order, and the version."""
    digest = hashlib.sha256(version.encode("utf-8"))
    for article_id in member_ids:
        digest.update(b"\x00" + article_id.encode("utf-8"))
    return digest.hexdigest()


def fold(name: str) -> str:
    """A name as a URL key: lower case, accents off, runs of anything else as one dash.

    Example:
        >>> fold("Antony Blinken"), fold("the Ministry of Health"), fold("Gaza’s")
        ('antony-blinken', 'ministry-of-health', 'gaza-s')
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    key = _NON_WORD.sub("-", text.lower()).strip("-")
    return key.removeprefix("the-")


def entity_keys(entity: Mapping[str, Any]) -> set[str]:
    """The keys under which an entity of one story is found from another story.

    Its name always. Organisations and places also under every alias (UN / United
    Nations): two such names in two stories are the same body. A person only under the
    aliases that are full names with the same surname ("Anthony Blinken" for Antony
    Blinken): a surname alone or a title ("Miller", "the spokesman", "Israeli Defense
    Minister") names different people in different stories, and a wrong merge would
    put one person's quotes on another's page.
    """
    name = str(entity.get("name") or "")
    keys = {fold(name)}
    aliases = [str(a) for a in entity.get("aliases") or []]
    if entity.get("type") in _PERSON_TYPES:
        surname = fold(name).rsplit("-", 1)[-1]
        for alias in aliases:
            folded = fold(alias)
            if "-" in folded and folded.rsplit("-", 1)[-1] == surname and alias[:1].isupper():
                keys.add(folded)
    else:
        keys.update(fold(a) for a in aliases)
    return {k for k in keys if k}


def member_ids(story: Story) -> list[str]:
    return [m.id for m in story.articles]


def cached(store: SQLiteStore, story: Story) -> dict[str, Any] | None:
    """The stored analysis of the story as it is now, or None (never computed, or stale)."""
    row = store.conn.execute(
        "SELECT analysis FROM story_analyses WHERE story_id = ? AND key = ?",
        (story.id, analysis_key(member_ids(story))),
    ).fetchone()
    return None if row is None else json.loads(row[0])


class Analyzer:
    """The app's story analyses: read from the cache, or computed once in the pool.

    Two viewers of a story that is being analysed share one computation: the second
    waits for the first one's result (or its error) instead of starting another. A
    story whose analysis ran past the limit is remembered for the life of the process
    and answered at once, so that reloading its page does not spend the limit again
    (a story that gains an article has another key, and is tried again).
    """

    def __init__(self, db: Database, pool: AnalysisPool) -> None:
        self.db, self.pool = db, pool
        self._lock = threading.Lock()
        self._running: dict[str, Future[dict[str, Any]]] = {}
        self._too_slow: dict[str, float] = {}  # analysis key -> the limit it ran past

    def get(self, story: Story) -> dict[str, Any]:
        """The story's analysis; raises :class:`AnalysisError` when it cannot be had.

        Called from a request's worker thread; the analysis is written through the
        single writer, and the articles are read on a connection of this thread.
        """
        with self.db.read() as store:
            found = cached(store, story)
        if found is not None:
            return found
        key = analysis_key(member_ids(story))
        future, mine = self._claim(key)
        if not mine:
            return future.result()
        try:
            analysis = self._compute(story, key)
        except BaseException as exc:
            future.set_exception(exc)
            raise
        else:
            future.set_result(analysis)
            return analysis
        finally:
            with self._lock:
                self._running.pop(key, None)

    def _claim(self, key: str) -> tuple[Future[dict[str, Any]], bool]:
        """The computation of ``key`` under way, or a new one that the caller runs."""
        with self._lock:
            if key in self._too_slow:
                raise AnalysisTimeout(self._too_slow[key])
            running = self._running.get(key)
            if running is not None:
                return running, False
            future: Future[dict[str, Any]] = Future()
            self._running[key] = future
            return future, True

    def _compute(self, story: Story, key: str) -> dict[str, Any]:
        with self.db.read() as store:
            found = cached(store, story)  # stored meanwhile (the warm-up, another server)
            if found is not None:
                return found
            articles = [store.get(m.id) for m in story.articles]
        present = [a for a in articles if a is not None]
        try:
            analysis, seconds = self.pool.run(present)
        except AnalysisTimeout as exc:
            with self._lock:
                self._too_slow[key] = exc.limit
            logger.warning("analysis of story %s stopped after %g s", story.id, exc.limit)
            raise
        self.db.writer.run(lambda store: save_analysis(store, story.id, present, analysis, seconds))
        return analysis

    def warm(self, stop: threading.Event, *, limit: int | None = None) -> int:
        """Analyse every story without a current analysis, biggest first, until ``stop``.

        ``newsprism serve --warm`` runs this in a background thread so that the entity
        and outlet pages cover the whole store, not only the stories someone has
        opened. A story that cannot be analysed (past the time limit) is skipped.

        Returns:
            How many analyses were computed.
        """
        from newsprism.store.stories import list_stories

        done = 0
        with self.db.read() as store:
            stories = list_stories(store, sort="size", limit=limit)
        for story in stories:
            if stop.is_set():
                break
            with self.db.read() as store:
                if cached(store, story) is not None:
                    continue
            try:
                self.get(story)
            except AnalysisError as exc:
                if stop.is_set():
                    break
                logger.warning("warm-up: story %s skipped: %s", story.id, exc)
                continue
            done += 1
        return done


def save_analysis(
    store: SQLiteStore,
    story_id: str,
    articles: Sequence[Article],
    analysis: Mapping[str, Any],
    seconds: float,
) -> None:
    """Store an analysis and its index rows in one transaction (on the writer thread)."""
    ids = [a.id for a in articles]
    conn = store.conn
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM story_analyses WHERE story_id = ?", (story_id,))
        conn.execute(
            "INSERT INTO story_analyses (story_id, key, version, members, analysis, seconds, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (story_id, analysis_key(ids), ANALYSIS_VERSION, json.dumps(ids),
             json.dumps(analysis, ensure_ascii=False), round(seconds, 3), now),
        )  # fmt: skip
        conn.executemany(
            "INSERT OR IGNORE INTO analysis_entities (story_id, entity_id, key, by_name, name, "
            "type, aliases, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (story_id, str(e.get("id")), key, int(key == fold(str(e.get("name") or ""))),
                 str(e.get("name") or ""), str(e.get("type") or ""),
                 json.dumps(e.get("aliases") or [], ensure_ascii=False),
                 sum(v for v in (e.get("mentions") or {}).values() if isinstance(v, int)))
                for e in analysis.get("entities") or []
                for key in sorted(entity_keys(e))
            ],
        )  # fmt: skip
        framing = analysis.get("framing") or {}
        conn.executemany(
            "INSERT INTO analysis_terms (story_id, article_id, term, category, count, quoted) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (story_id, article_id, str(t.get("term")), str(t.get("category") or "other"),
                 int(t.get("count") or 0), int(t.get("quoted") or 0))
                for article_id, frame in framing.items()
                for t in (frame or {}).get("terms") or []
            ],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO analysis_voices (story_id, article_id, speaker, count) "
            "VALUES (?, ?, ?, ?)",
            [
                (story_id, article_id, str(speaker), int(n))
                for article_id, frame in framing.items()
                for speaker, n in ((frame or {}).get("voices") or {}).items()
            ],
        )  # fmt: skip
        # Analyses of stories that no longer exist (a recluster dropped them) go too.
        conn.execute("DELETE FROM story_analyses WHERE story_id NOT IN (SELECT id FROM stories)")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


# The stories whose stored analysis is current: made by this analysis version, over
# exactly the story's members now (the index pages' test; the story page itself checks
# the full key, which also fixes the members' order). Takes the named parameter
# :version (ANALYSIS_VERSION).
CURRENT_ANALYSES = (
    "SELECT x.story_id FROM story_analyses x JOIN stories s ON s.id = x.story_id "
    "WHERE x.version = :version AND s.size = json_array_length(x.members) "
    "AND NOT EXISTS (SELECT 1 FROM json_each(x.members) j WHERE NOT EXISTS ("
    "SELECT 1 FROM story_articles m WHERE m.article_id = j.value AND m.story_id = x.story_id))"
)


def analysed_status(store: SQLiteStore, story_ids: Iterable[str]) -> dict[str, bool]:
    """Which of these stories have a current analysis stored."""
    ids = list(story_ids)
    if not ids:
        return {}
    marks = ", ".join(f":s{n}" for n in range(len(ids)))
    params = {"version": ANALYSIS_VERSION, **{f"s{n}": i for n, i in enumerate(ids)}}
    sql = f"SELECT story_id FROM ({CURRENT_ANALYSES}) WHERE story_id IN ({marks})"
    found = {r[0] for r in store.conn.execute(sql, params)}
    return {i: i in found for i in ids}


def count_current(store: SQLiteStore) -> int:
    """How many stories have a current analysis."""
    sql = f"SELECT count(*) FROM ({CURRENT_ANALYSES})"
    return store.conn.execute(sql, {"version": ANALYSIS_VERSION}).fetchone()[0]
