"""What each page shows, as plain JSON-able dicts: the API returns them as they are and
the HTML pages render them, so every page has a JSON twin with the same content."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from newsprism.cluster.model import load_model
from newsprism.models import Story
from newsprism.store import SQLiteStore
from newsprism.store.stories import count_stories, list_stories, story_model_version
from newsprism.web.analyses import (
    ANALYSIS_VERSION,
    CURRENT_ANALYSES,
    analysed_status,
    count_current,
    fold,
)
from newsprism.web.story_facts import source_count, story_fact_counts

HOME_STORIES = 8
ENTITY_STORIES = 100  # stories shown on an entity page, newest first
OUTLET_STORIES = 50


class NotFound(LookupError):
    """The page's subject (story, article, entity, outlet) does not exist."""


def story_dicts(store: SQLiteStore, stories: list[Story]) -> list[dict[str, Any]]:
    """Stories as their public JSON, plus whether an analysis is stored for each, its
    counts of shared facts and conflicts (None before it is analysed) and its number of
    sources (see :func:`newsprism.web.story_facts.source_count`)."""
    analysed = analysed_status(store, (s.id for s in stories))
    facts = story_fact_counts(store, stories)
    return [{**s.as_dict(), "analysed": analysed.get(s.id, False), "facts": facts.get(s.id),
             "sources": source_count(s)} for s in stories]  # fmt: skip


def outlet_counts(store: SQLiteStore) -> list[dict[str, Any]]:
    """Every outlet with its article and story counts and time span, most articles first."""
    rows = store.conn.execute(
        "SELECT a.outlet, count(*) AS articles, count(DISTINCT s.story_id) AS stories, "
        "min(a.published_at) AS first, max(a.published_at) AS last FROM articles a "
        "LEFT JOIN story_articles s ON s.article_id = a.id WHERE a.outlet IS NOT NULL "
        "GROUP BY a.outlet ORDER BY articles DESC, a.outlet"
    ).fetchall()
    return [{"outlet": r["outlet"], "articles": r["articles"], "stories": r["stories"],
             "first_published": r["first"], "last_published": r["last"]} for r in rows]  # fmt: skip


def languages(store: SQLiteStore) -> list[dict[str, Any]]:
    """Every article language with its count, most first."""
    rows = store.conn.execute(
        "SELECT language, count(*) AS n FROM articles WHERE language IS NOT NULL "
        "GROUP BY language ORDER BY n DESC, language"
    ).fetchall()
    return [{"language": r[0], "count": r[1]} for r in rows]


def overview(store: SQLiteStore) -> dict[str, Any]:
    """The home page: counts, time span, outlets, the latest and the biggest stories."""
    conn = store.conn
    first, last = conn.execute(
        "SELECT min(published_at), max(published_at) FROM articles"
    ).fetchone()
    built_with, current = story_model_version(store), load_model().version
    return {
        "articles": store.count(),
        "stories": count_stories(store),
        "analysed": count_current(store),
        "unclustered": conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM story_articles s WHERE s.article_id = a.id)"
        ).fetchone()[0],
        "first_published": first,
        "last_published": last,
        "outlets": outlet_counts(store),
        "languages": languages(store),
        "latest": story_dicts(store, list_stories(store, sort="newest", limit=HOME_STORIES)),
        "biggest": story_dicts(store, list_stories(store, sort="size", limit=HOME_STORIES)),
        # The clusterer model the stories were built with, and this newsprism's: an
        # older one means `newsprism recluster` would rebuild them with the current model.
        "story_model": built_with,
        "model_version": current,
        "recluster_due": built_with is not None and built_with < current,
    }


def article(store: SQLiteStore, article_id: str) -> dict[str, Any]:
    """One article's public JSON, plus the story it belongs to."""
    from newsprism.store.stories import story_of

    found = store.get(article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r}")
    return {**found.as_dict(), "story_id": story_of(store, found.id)}


def _analyses(store: SQLiteStore, story_ids: list[str]) -> dict[str, dict[str, Any]]:
    if not story_ids:
        return {}
    marks = ", ".join("?" for _ in story_ids)
    return {
        r[0]: json.loads(r[1])
        for r in store.conn.execute(
            f"SELECT story_id, analysis FROM story_analyses WHERE story_id IN ({marks})",
            story_ids,
        )
    }


def entity(store: SQLiteStore, key: str) -> dict[str, Any]:
    """An entity across the analysed stories: its names, stories and quotes.

    Raises:
        NotFound: no current analysis has an entity under that key.
    """
    key = fold(key)
    rows = store.conn.execute(
        "SELECT e.story_id, e.entity_id, e.name, e.type, e.aliases, e.mentions, s.last_seen "
        "FROM analysis_entities e JOIN stories s ON s.id = e.story_id WHERE e.key = :key "
        f"AND e.story_id IN ({CURRENT_ANALYSES}) "
        "ORDER BY s.last_seen IS NULL, s.last_seen DESC, e.story_id LIMIT :limit",
        {"key": key, "version": ANALYSIS_VERSION, "limit": ENTITY_STORIES},
    ).fetchall()
    if not rows:
        raise NotFound(f"no entity {key!r} in the analysed stories")
    from newsprism.store.stories import get_story

    analyses = _analyses(store, sorted({r["story_id"] for r in rows}))
    names: Counter[str] = Counter()
    aliases: dict[str, None] = {}
    types: Counter[str] = Counter()
    stories, quotes = [], []
    for r in rows:
        story = get_story(store, r["story_id"])
        analysis = analyses.get(r["story_id"]) or {}
        outlets = {a.get("id"): a.get("outlet") for a in analysis.get("articles") or []}
        names[r["name"]] += r["mentions"]
        types[r["type"]] += 1
        aliases.update(dict.fromkeys(json.loads(r["aliases"])))
        stories.append({
            "story_id": r["story_id"], "label": story.label if story else r["story_id"],
            "entity_id": r["entity_id"], "name": r["name"], "type": r["type"],
            "mentions": r["mentions"], "outlets": story.outlets if story else [],
            "first_seen": story.first_seen if story else None,
            "last_seen": story.last_seen if story else None,
        })  # fmt: skip
        for q in analysis.get("quotes") or []:
            if q.get("speaker_entity_id") == r["entity_id"]:
                quotes.append({
                    "story_id": r["story_id"], "article_id": q.get("article_id"),
                    "outlet": outlets.get(q.get("article_id")), "text": q.get("text"),
                    "kind": q.get("kind"), "cue": q.get("cue"),
                })  # fmt: skip
    name = names.most_common(1)[0][0]
    return {
        "key": key,
        "name": name,
        "types": [t for t, _ in types.most_common()],
        "aliases": sorted(aliases),
        "mentions": sum(names.values()),
        "stories": stories,
        "quotes": quotes,
        "analysed_stories": count_current(store),
        "total_stories": count_stories(store),
    }


def entities(store: SQLiteStore, limit: int = 200) -> dict[str, Any]:
    """The entities of the analysed stories, in most stories first (the entity index)."""
    # An entity has a row per key (name and aliases): count it once, by its name's row.
    rows = store.conn.execute(
        "SELECT e.key, min(e.name) AS name, min(e.type) AS type, "
        "count(DISTINCT e.story_id) AS stories, sum(e.mentions) AS mentions "
        f"FROM analysis_entities e WHERE e.by_name = 1 AND e.story_id IN ({CURRENT_ANALYSES}) "
        "GROUP BY e.key ORDER BY stories DESC, mentions DESC, e.key LIMIT :limit",
        {"version": ANALYSIS_VERSION, "limit": limit},
    ).fetchall()
    return {"entities": [dict(r) for r in rows], "analysed_stories": count_current(store),
            "total_stories": count_stories(store)}  # fmt: skip


def outlet(store: SQLiteStore, name: str) -> dict[str, Any]:
    """An outlet: its stories, its loaded terms month by month, the voices it quotes.

    Terms and voices come from the stored analyses of the stories its articles are in
    (``analysed_articles`` says how many of its articles that covers).

    Raises:
        NotFound: no article of that outlet (case-insensitive) is stored.
    """
    conn = store.conn
    row = conn.execute(
        "SELECT outlet, count(*) AS n, min(published_at) AS first, max(published_at) AS last "
        "FROM articles WHERE lower(outlet) = lower(?) GROUP BY lower(outlet)",
        (name,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no outlet {name!r}")
    langs = conn.execute(
        "SELECT language, count(*) AS n FROM articles WHERE lower(outlet) = lower(?) "
        "AND language IS NOT NULL GROUP BY language ORDER BY n DESC, language",
        (name,),
    ).fetchall()
    # Only rows of current analyses: one left from before a recluster or an added
    # article is not this outlet's framing in that story any more.
    params = {"name": name, "version": ANALYSIS_VERSION}
    joined = (
        "JOIN articles a ON a.id = t.article_id "
        f"WHERE lower(a.outlet) = lower(:name) AND t.story_id IN ({CURRENT_ANALYSES})"
    )
    terms = conn.execute(
        "SELECT t.term, t.category, sum(t.count) AS count, sum(t.quoted) AS quoted "
        f"FROM analysis_terms t {joined} GROUP BY t.term, t.category "
        "ORDER BY count DESC, t.term",
        params,
    ).fetchall()
    monthly = conn.execute(
        "SELECT coalesce(substr(a.published_at, 1, 7), 'undated') AS month, t.category, "
        f"sum(t.count) AS count FROM analysis_terms t {joined} AND t.count > 0 "
        "GROUP BY month, t.category ORDER BY month, t.category",
        params,
    ).fetchall()
    voices = conn.execute(
        f"SELECT t.speaker, sum(t.count) AS count FROM analysis_voices t {joined} "
        "GROUP BY t.speaker ORDER BY count DESC, t.speaker LIMIT 50",
        params,
    ).fetchall()
    analysed = conn.execute(
        "SELECT count(*) FROM articles a JOIN story_articles m ON m.article_id = a.id "
        f"WHERE lower(a.outlet) = lower(:name) AND m.story_id IN ({CURRENT_ANALYSES})",
        params,
    ).fetchone()[0]
    stories = list_stories(store, outlet=name, sort="newest", limit=OUTLET_STORIES)
    return {
        "outlet": row["outlet"],
        "articles": row["n"],
        "first_published": row["first"],
        "last_published": row["last"],
        "languages": [{"language": r[0], "count": r[1]} for r in langs],
        "stories": story_dicts(store, stories),
        "terms": [dict(r) for r in terms],
        "terms_by_month": [dict(r) for r in monthly],
        "voices": [dict(r) for r in voices],
        "analysed_articles": analysed,
    }
