"""What each page shows, as plain JSON-able dicts: the API returns them as they are and
the HTML pages render them, so every page has a JSON twin with the same content."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from newsprism.analyses import ANALYSIS_VERSION, INDEX_VERSION, fold
from newsprism.cluster.model import load_model, stories_model_name
from newsprism.models import Story
from newsprism.report._shared import as_written, quoted_by
from newsprism.report.outlet_colours import store_colours
from newsprism.report.truncation_view import ARTICLE_NOTE
from newsprism.store import Store
from newsprism.web.story_facts import source_count, story_fact_counts
from newsprism.web.story_sources import member_sources

HOME_STORIES = 8
ENTITY_STORIES = 100  # stories shown on an entity page, newest first
OUTLET_STORIES = 50


class NotFound(LookupError):
    """The page's subject (story, article, entity, outlet) does not exist."""


def story_dicts(store: Store, stories: list[Story]) -> list[dict[str, Any]]:
    """Stories as their public JSON, plus whether an analysis is stored for each, its
    counts of shared facts and conflicts (None before it is analysed), its number of
    sources (see :func:`newsprism.web.story_facts.source_count`) and how many of its
    articles a paywall cuts (``truncated_count``; each member says it, ``truncated``)."""
    analysed = store.analysed_status((s.id for s in stories), ANALYSIS_VERSION)
    # Only the analysed ones: a look-up for a story known to have no analysis is a
    # wasted statement (a round trip on PostgreSQL), one per story of the page.
    facts = story_fact_counts(store, [s for s in stories if analysed.get(s.id)])
    return [{**s.as_dict(), "analysed": analysed.get(s.id, False), "facts": facts.get(s.id),
             "sources": source_count(s),
             "truncated_count": sum(m.truncated for m in s.articles)} for s in stories]  # fmt: skip


def outlet_counts(store: Store) -> list[dict[str, Any]]:
    """Every outlet with its article and story counts and time span, most articles first."""
    rows = store.outlet_counts()
    return [{"outlet": r["outlet"], "articles": r["articles"], "stories": r["stories"],
             "first_published": r["first"], "last_published": r["last"]} for r in rows]  # fmt: skip


def outlet_colours(store: Store) -> dict[str, int]:
    """Every stored outlet's colour: one colouring of the whole store, so that an outlet
    has one colour on every page and no story shows two outlets in one
    (:func:`newsprism.report.outlet_colours.store_colours`)."""
    return store_colours(store.outlet_stories())


def languages(store: Store) -> list[dict[str, Any]]:
    """Every article language with its count, most first."""
    return [{"language": lang, "count": n} for lang, n in store.language_counts()]


def overview(store: Store) -> dict[str, Any]:
    """The home page: counts, time span, outlets, the latest and the biggest stories."""
    first, last = store.published_span()
    built_with, current = store.story_model_version(), load_model().version
    context = store.story_model_context()
    return {
        "articles": store.count(),
        "stories": store.count_stories(),
        "analysed": store.count_current(ANALYSIS_VERSION),
        "unclustered": store.count_unclustered(),
        "first_published": first,
        "last_published": last,
        "outlets": outlet_counts(store),
        "languages": languages(store),
        "latest": story_dicts(store, store.list_stories(sort="newest", limit=HOME_STORIES)),
        "biggest": story_dicts(store, store.list_stories(sort="size", limit=HOME_STORIES)),
        # The clusterer model the stories were built with, and this newsprism's: an
        # older one means `newsprism recluster` would rebuild them with the current model.
        "story_model": built_with,
        "model_version": current,
        "recluster_due": built_with is not None and built_with < current,
        # Stored analyses whose index rows (entity and outlet pages) older rules made:
        # `newsprism analyze` indexes them again (session 36, E311); 0 when none.
        "reindex_due": store.count_old_index(INDEX_VERSION),
        # Which `--stories-model` built them ("packaged" or "minilm"; None: no stories):
        # an ingest with the other one is refused (E422) until a recluster.
        "stories_model": None if context is None else stories_model_name(context),
    }


def article(store: Store, article_id: str) -> dict[str, Any]:
    """One article's public JSON, plus the story it belongs to and, for an article a
    paywall cuts, the note its page shows above the text (else None)."""
    found = store.get(article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r}")
    return {**found.as_dict(), "story_id": store.story_of(found.id),
            "truncation_note": ARTICLE_NOTE if found.truncated else None}  # fmt: skip


def entity(store: Store, key: str) -> dict[str, Any]:
    """An entity across the analysed stories: its names, stories and quotes.

    Raises:
        NotFound: no current analysis has an entity under that key.
    """
    key = fold(key)
    rows = store.entity_rows(key, ANALYSIS_VERSION, ENTITY_STORIES)
    if not rows:
        raise NotFound(f"no entity {key!r} in the analysed stories")
    analyses = store.analyses_of(sorted({r["story_id"] for r in rows}))
    names: Counter[str] = Counter()
    aliases: dict[str, None] = {}
    types: Counter[str] = Counter()
    stories, quotes = [], []
    for r in rows:
        story = store.get_story(r["story_id"])
        analysis = analyses.get(r["story_id"]) or {}
        outlets = {a.get("id"): a.get("outlet") for a in analysis.get("articles") or []}
        named = dict(zip(outlets, member_sources(analysis.get("articles") or []), strict=True))
        names[r["name"]] += r["mentions"]
        types[r["type"]] += 1
        aliases.update(dict.fromkeys(json.loads(r["aliases"])))
        stories.append({
            "story_id": r["story_id"], "label": story.label if story else r["story_id"],
            "entity_id": r["entity_id"], "name": r["name"], "type": r["type"],
            "mentions": r["mentions"], "outlets": story.outlets if story else [],
            # every source by name, files and web sites too (session 35)
            "sources": list(dict.fromkeys(member_sources(analysis.get("articles") or []))),
            "first_seen": story.first_seen if story else None,
            "last_seen": story.last_seen if story else None,
        })  # fmt: skip
        by_id = {q.get("id"): q for q in analysis.get("quotes") or []}
        for q in analysis.get("quotes") or []:
            if q.get("speaker_entity_id") == r["entity_id"]:
                quotes.append({
                    "story_id": r["story_id"], "article_id": q.get("article_id"),
                    "outlet": outlets.get(q.get("article_id")), "text": q.get("text"),
                    "source": named.get(q.get("article_id")),  # a file's name too (session 35)
                    "kind": q.get("kind"), "cue": q.get("cue"),
                    # words quoted inside another's quote: whose account they are
                    "quoted_by": quoted_by(q, by_id),
                    # the words that name the speaker when an office, a document or a
                    # title speaks for this entity ("a statement from his office")
                    "speaker_as_written": as_written(q),
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
        "analysed_stories": store.count_current(ANALYSIS_VERSION),
        "total_stories": store.count_stories(),
    }


def entities(store: Store, limit: int = 200) -> dict[str, Any]:
    """The entities of the analysed stories, in most stories first (the entity index)."""
    return {"entities": store.entity_index(ANALYSIS_VERSION, limit),
            "analysed_stories": store.count_current(ANALYSIS_VERSION),
            "total_stories": store.count_stories()}  # fmt: skip


def outlet(store: Store, name: str) -> dict[str, Any]:
    """An outlet: its stories, its loaded terms month by month, the voices it quotes.

    Terms and voices come from the stored analyses of the stories its articles are in
    (``analysed_articles`` says how many of its articles that covers).

    Raises:
        NotFound: no article of that outlet (case-insensitive) is stored.
    """
    row = store.outlet_summary(name)
    if row is None:
        raise NotFound(f"no outlet {name!r}")
    stories = store.list_stories(outlet=name, sort="newest", limit=OUTLET_STORIES)
    return {
        "outlet": row["outlet"],
        "articles": row["n"],
        "first_published": row["first"],
        "last_published": row["last"],
        "languages": [{"language": lang, "count": n}
                      for lang, n in store.outlet_languages(name)],
        "stories": story_dicts(store, stories),
        "terms": store.outlet_terms(name, ANALYSIS_VERSION),
        "terms_by_month": store.outlet_terms_by_month(name, ANALYSIS_VERSION),
        "voices": store.outlet_voices(name, ANALYSIS_VERSION),
        "analysed_articles": store.outlet_analysed_articles(name, ANALYSIS_VERSION),
    }
