"""The sources with no known outlet, for the outlets page (issue 12, session 35).

The outlets page listed outlets only, so a reader who had uploaded two files, or whose
store holds reports without an outlet, found them on the home page and the story pages
("003_d3ddbd5c.txt") but not on the page that says where the store's reports come from.
Here each such article is named as every other page names it
(:func:`newsprism.report._shared.source_name`: web site, else file name), and the names
are counted like outlets: articles, stories, first and last publication. Two files of one
name in two stories are one row (the story pages number files of one name only within a
story). A web site or a file has no outlet page, so its stories are linked instead.
"""

from __future__ import annotations

from typing import Any

from newsprism.report._shared import source_name
from newsprism.store import Store

UNNAMED = "a source with no name"  # neither web address nor file: a pasted text


def other_sources(store: Store) -> list[dict[str, Any]]:
    """Each web site or file that articles with no outlet come from: ``source``,
    ``articles``, ``stories`` (``id`` and ``label``, in order), ``first_published`` and
    ``last_published``; most articles first, then by name."""
    rows = store.sourceless_articles()
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        name = source_name(row) or UNNAMED
        entry = grouped.setdefault(name, {"source": name, "articles": 0, "stories": [],
                                          "first_published": None, "last_published": None})
        entry["articles"] += 1
        story_id = row.get("story_id")
        if story_id and all(s["id"] != story_id for s in entry["stories"]):
            story = store.get_story(story_id)
            entry["stories"].append({"id": story_id, "label": story.label if story else None})
        when = row.get("published_at")
        if when:
            entry["first_published"] = min(filter(None, (entry["first_published"], when)))
            entry["last_published"] = max(filter(None, (entry["last_published"], when)))
    return sorted(grouped.values(), key=lambda e: (-e["articles"], e["source"]))
