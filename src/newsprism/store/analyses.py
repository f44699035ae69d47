"""Story analyses in the store: the cache of ``compare`` results and their index rows.

A story's analysis is stored as JSON in ``story_analyses`` under a key made of its
member ids and the analysis version (``newsprism.analyses`` computes both), so a story
that gains an article, or a newer newsprism, is computed afresh and a stale analysis is
never shown. Storing one also stores its index rows: its entities by folded name and
alias (``analysis_entities``), each article's loaded terms (``analysis_terms``) and
quoted voices (``analysis_voices``), which the entity and outlet pages read
(``store/aggregates.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from newsprism.store.articles import chunks, marks, now_utc


class AnalysesSQL:
    """The analysis cache (a mixin, as ``articles.ArticlesSQL``)."""

    conn: Any
    transaction: Callable[..., Any]

    # The stories whose stored analysis is current: made by this analysis version, over
    # exactly the story's members now (the index pages' test; the story page itself checks
    # the full key, which also fixes the members' order). One parameter: the version.
    CURRENT_ANALYSES = (
        "SELECT x.story_id FROM story_analyses x JOIN stories s ON s.id = x.story_id "
        "WHERE x.version = ? AND s.size = json_array_length(x.members) "
        "AND NOT EXISTS (SELECT 1 FROM json_each(x.members) j WHERE NOT EXISTS ("
        "SELECT 1 FROM story_articles m WHERE m.article_id = j.value AND m.story_id = x.story_id))"
    )

    def stored_analysis(self, story_id: str, key: str) -> dict[str, Any] | None:
        """The analysis stored for the story under ``key``, or None."""
        row = self.conn.execute(
            "SELECT analysis FROM story_analyses WHERE story_id = ? AND key = ?", (story_id, key)
        ).fetchone()
        return None if row is None else json.loads(row[0])

    def analyses_of(self, story_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The stored analyses (whatever their key) of these stories, by story id."""
        out: dict[str, dict[str, Any]] = {}
        for chunk in chunks(story_ids):
            out.update((r[0], json.loads(r[1])) for r in self.conn.execute(
                "SELECT story_id, analysis FROM story_analyses "
                f"WHERE story_id IN ({marks(len(chunk))})", chunk))  # fmt: skip
        return out

    def save_analysis(
        self,
        story_id: str,
        *,
        key: str,
        version: str,
        members: Sequence[str],
        analysis: Mapping[str, Any],
        seconds: float,
        entities: Iterable[Sequence[Any]] = (),
        terms: Iterable[Sequence[Any]] = (),
        voices: Iterable[Sequence[Any]] = (),
        index_version: int = 1,
    ) -> None:
        """Store an analysis and its index rows in one transaction, replacing the story's
        earlier one. Index rows: ``entities`` (entity_id, key, by_name, name, type,
        aliases JSON, mentions), ``terms`` (article_id, term, category, count, quoted,
        attributed),
        ``voices`` (article_id, speaker, count), made by the index rules of
        ``index_version`` (migration 015). Analyses of stories that no longer
        exist (a recluster dropped them) go too."""
        with self.transaction():
            # The index rows go with it (ON DELETE CASCADE).
            self.conn.execute("DELETE FROM story_analyses WHERE story_id = ?", (story_id,))
            self.conn.execute(
                "INSERT INTO story_analyses (story_id, key, version, members, analysis, "
                "seconds, created_at, index_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (story_id, key, version, json.dumps(list(members)),
                 json.dumps(analysis, ensure_ascii=False), round(seconds, 3), now_utc(),
                 index_version),
            )  # fmt: skip
            self._insert_index_rows(story_id, entities, terms, voices)
            self.conn.execute(
                "DELETE FROM story_analyses WHERE story_id NOT IN (SELECT id FROM stories)"
            )

    def _insert_index_rows(self, story_id: str, entities: Iterable[Sequence[Any]],
                           terms: Iterable[Sequence[Any]],
                           voices: Iterable[Sequence[Any]]) -> None:  # fmt: skip
        """The index rows of one stored analysis (inside the caller's transaction)."""
        self.conn.executemany(
            "INSERT INTO analysis_entities (story_id, entity_id, key, by_name, name, type, "
            "aliases, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(story_id, *row) for row in entities],
        )
        self.conn.executemany(
            "INSERT INTO analysis_terms (story_id, article_id, term, category, count, "
            "quoted, attributed) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(story_id, *row) for row in terms],
        )  # fmt: skip
        self.conn.executemany(
            "INSERT INTO analysis_voices (story_id, article_id, speaker, count) "
            "VALUES (?, ?, ?, ?)", [(story_id, *row) for row in voices],
        )  # fmt: skip

    # -- the index rules' version (migration 015, session 36) --------------------------

    def count_old_index(self, current: int) -> int:
        """How many stored analyses have index rows made by rules older than ``current``."""
        return self.conn.execute("SELECT count(*) FROM story_analyses WHERE index_version < ?",
                                 (current,)).fetchone()[0]  # fmt: skip

    def old_index_analyses(self, current: int) -> list[tuple[str, dict[str, Any]]]:
        """(story id, stored analysis) of every analysis indexed by rules older than
        ``current``, for ``newsprism analyze`` to index again."""
        rows = self.conn.execute("SELECT story_id, analysis FROM story_analyses WHERE "
                                 "index_version < ? ORDER BY story_id", (current,))
        return [(r[0], json.loads(r[1])) for r in rows]

    def reindex_analysis(self, story_id: str, index_version: int, *,
                         entities: Iterable[Sequence[Any]] = (),
                         terms: Iterable[Sequence[Any]] = (),
                         voices: Iterable[Sequence[Any]] = ()) -> None:  # fmt: skip
        """Replace a stored analysis's index rows (same shapes as ``save_analysis``) and
        record the rules' version that made them; the analysis itself is kept."""
        with self.transaction():
            for table in ("analysis_entities", "analysis_terms", "analysis_voices"):
                self.conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
            self._insert_index_rows(story_id, entities, terms, voices)
            self.conn.execute("UPDATE story_analyses SET index_version = ? WHERE story_id = ?",
                              (index_version, story_id))  # fmt: skip

    def analysed_status(self, story_ids: Iterable[str], version: str) -> dict[str, bool]:
        """Which of these stories have a current analysis of ``version`` stored."""
        ids = list(story_ids)
        found: set[str] = set()
        for chunk in chunks(ids):
            sql = (f"SELECT c.story_id FROM ({self.CURRENT_ANALYSES}) c "
                   f"WHERE c.story_id IN ({marks(len(chunk))})")  # fmt: skip
            found.update(r[0] for r in self.conn.execute(sql, [version, *chunk]))
        return {i: i in found for i in ids}

    def count_current(self, version: str) -> int:
        """How many stories have a current analysis of ``version``."""
        sql = f"SELECT count(*) FROM ({self.CURRENT_ANALYSES}) c"
        return self.conn.execute(sql, (version,)).fetchone()[0]
