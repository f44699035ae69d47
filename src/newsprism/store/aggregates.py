"""The web's aggregate reads: counts and listings across the whole store.

The home page's counts, the outlets and languages, an outlet's page (its loaded terms
and quoted voices, from the stored analyses of its stories) and the entity pages (one
entity across the analysed stories). Rows come back as dicts of plain values; the web
(``web/queries.py``) shapes them into pages.

Only rows of *current* analyses count (``AnalysesSQL.CURRENT_ANALYSES``): an analysis
left from before a recluster, or from before an article joined the story, is not that
story's framing any more.
"""

from __future__ import annotations

from typing import Any


class AggregatesSQL:
    """Aggregate reads (a mixin, as ``articles.ArticlesSQL``)."""

    conn: Any
    CURRENT_ANALYSES: str

    def _dicts(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, params).fetchall()]

    # -- the whole store -------------------------------------------------------------

    def outlet_counts(self) -> list[dict[str, Any]]:
        """Every outlet with its article and story counts and time span, most articles
        first (keys: outlet, articles, stories, first, last)."""
        return self._dicts(
            "SELECT a.outlet, count(*) AS articles, count(DISTINCT s.story_id) AS stories, "
            "min(a.published_at) AS first, max(a.published_at) AS last FROM articles a "
            "LEFT JOIN story_articles s ON s.article_id = a.id WHERE a.outlet IS NOT NULL "
            "GROUP BY a.outlet ORDER BY articles DESC, a.outlet"
        )

    def sourceless_articles(self) -> list[dict[str, Any]]:
        """Every article with no known outlet, with its story (keys: id, url,
        source_path, published_at, story_id), oldest first: the sources the outlets page
        names by web site or file (``web/other_sources.py``)."""
        return self._dicts(
            "SELECT a.id, a.url, a.source_path, a.published_at, s.story_id FROM articles a "
            "LEFT JOIN story_articles s ON s.article_id = a.id WHERE a.outlet IS NULL "
            "ORDER BY a.published_at, a.id"
        )

    def outlet_stories(self) -> list[tuple[str, str | None, str]]:
        """(outlet, story id or None, first ingest time of its articles there) for every
        outlet and story it has an article in: the outlets each story puts side by side,
        and which outlet came first, for the outlet colours (``report.outlet_colours``)."""
        rows = self.conn.execute(
            "SELECT a.outlet, s.story_id, min(a.ingested_at) FROM articles a "
            "LEFT JOIN story_articles s ON s.article_id = a.id WHERE a.outlet IS NOT NULL "
            "GROUP BY a.outlet, s.story_id"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def language_counts(self) -> list[tuple[str, int]]:
        """Every article language with its count, most first."""
        rows = self.conn.execute(
            "SELECT language, count(*) AS n FROM articles WHERE language IS NOT NULL "
            "GROUP BY language ORDER BY n DESC, language"
        )
        return [(r[0], r[1]) for r in rows]

    def published_span(self) -> tuple[str | None, str | None]:
        """The first and last publication time of the stored articles."""
        row = self.conn.execute("SELECT min(published_at), max(published_at) FROM articles")
        first, last = row.fetchone()
        return first, last

    def count_unclustered(self) -> int:
        """How many articles are in no story yet."""
        return self.conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM story_articles s WHERE s.article_id = a.id)"
        ).fetchone()[0]

    # -- one outlet ------------------------------------------------------------------

    def outlet_summary(self, name: str) -> dict[str, Any] | None:
        """An outlet (case-insensitive) as stored, with its article count and span
        (keys: outlet, n, first, last), or None."""
        rows = self._dicts(
            "SELECT min(outlet) AS outlet, count(*) AS n, min(published_at) AS first, "
            "max(published_at) AS last FROM articles WHERE lower(outlet) = lower(?) "
            "GROUP BY lower(outlet)", (name,),
        )  # fmt: skip
        return rows[0] if rows else None

    def outlet_languages(self, name: str) -> list[tuple[str, int]]:
        rows = self.conn.execute(
            "SELECT language, count(*) AS n FROM articles WHERE lower(outlet) = lower(?) "
            "AND language IS NOT NULL GROUP BY language ORDER BY n DESC, language",
            (name,),
        )
        return [(r[0], r[1]) for r in rows]

    def _outlet_rows(self, name: str, version: str) -> tuple[str, list[Any]]:
        joined = (
            "JOIN articles a ON a.id = t.article_id "
            f"WHERE lower(a.outlet) = lower(?) AND t.story_id IN ({self.CURRENT_ANALYSES})"
        )
        return joined, [name, version]

    def outlet_terms(self, name: str, version: str) -> list[dict[str, Any]]:
        """The outlet's loaded terms in current analyses (term, category, count, quoted,
        attributed: in a named source's words outside quotation marks)."""
        joined, params = self._outlet_rows(name, version)
        return self._dicts(
            "SELECT t.term, t.category, sum(t.count) AS count, sum(t.quoted) AS quoted, "
            "sum(t.attributed) AS attributed "
            f"FROM analysis_terms t {joined} GROUP BY t.term, t.category "
            "ORDER BY count DESC, t.term", params,
        )  # fmt: skip

    def outlet_terms_by_month(self, name: str, version: str) -> list[dict[str, Any]]:
        """Its loaded terms by month of publication (month, category, count)."""
        joined, params = self._outlet_rows(name, version)
        return self._dicts(
            "SELECT coalesce(substr(a.published_at, 1, 7), 'undated') AS month, t.category, "
            f"sum(t.count) AS count FROM analysis_terms t {joined} AND t.count > 0 "
            "GROUP BY coalesce(substr(a.published_at, 1, 7), 'undated'), t.category "
            "ORDER BY month, t.category", params,
        )  # fmt: skip

    def outlet_voices(self, name: str, version: str, limit: int = 50) -> list[dict[str, Any]]:
        """The voices it quotes most (speaker, count)."""
        joined, params = self._outlet_rows(name, version)
        return self._dicts(
            f"SELECT t.speaker, sum(t.count) AS count FROM analysis_voices t {joined} "
            "GROUP BY t.speaker ORDER BY count DESC, t.speaker LIMIT ?", [*params, limit],
        )  # fmt: skip

    def outlet_analysed_articles(self, name: str, version: str) -> int:
        """How many of its articles are in a story with a current analysis."""
        return self.conn.execute(
            "SELECT count(*) FROM articles a JOIN story_articles m ON m.article_id = a.id "
            f"WHERE lower(a.outlet) = lower(?) AND m.story_id IN ({self.CURRENT_ANALYSES})",
            (name, version),
        ).fetchone()[0]

    # -- entities across stories -----------------------------------------------------

    def entity_rows(self, key: str, version: str, limit: int) -> list[dict[str, Any]]:
        """The entities under ``key`` in current analyses, newest story first (story_id,
        entity_id, name, type, aliases, mentions, last_seen)."""
        return self._dicts(
            "SELECT e.story_id, e.entity_id, e.name, e.type, e.aliases, e.mentions, s.last_seen "
            "FROM analysis_entities e JOIN stories s ON s.id = e.story_id WHERE e.key = ? "
            f"AND e.story_id IN ({self.CURRENT_ANALYSES}) "
            "ORDER BY s.last_seen IS NULL, s.last_seen DESC, e.story_id LIMIT ?",
            (key, version, limit),
        )

    def entity_index(self, version: str, limit: int) -> list[dict[str, Any]]:
        """Entities of the current analyses, in most stories first (key, name, type,
        stories, mentions).

        An entity has a row per key (its name and each alias). The index lists the keys
        that are some entity's name, and counts, as the entity page does
        (:meth:`entity_rows`), every story where the key names an entity or is one of
        its aliases: "U.S." then counts the stories of "United States" that call it so,
        and the index never says 2 stories where its page lists 3."""
        return self._dicts(
            "SELECT e.key, min(CASE WHEN e.by_name = 1 THEN e.name END) AS name, "
            "min(CASE WHEN e.by_name = 1 THEN e.type END) AS type, "
            "count(DISTINCT e.story_id) AS stories, sum(e.mentions) AS mentions "
            f"FROM analysis_entities e WHERE e.story_id IN ({self.CURRENT_ANALYSES}) "
            "GROUP BY e.key HAVING max(e.by_name) = 1 "
            "ORDER BY stories DESC, mentions DESC, e.key LIMIT ?",
            (version, limit),
        )
