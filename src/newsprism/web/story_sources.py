"""Who each story's articles come from, in the words a reader knows them by.

A story's ``outlets`` name only articles with a known outlet, so a story of an Al Jazeera
report and an uploaded file was listed as "2 sources · Al Jazeera", and a story of two
files as "2 sources" with no name at all (and a story header with an empty "· ·"); the
coverage bar put every such article under one "unknown source" segment in a colour the
story page did not use. Here every article is named as the story page names it
(:func:`newsprism.report._shared.source_name`: outlet, else web site, else file name),
so the lists, the bar and the story page agree on names, number and colour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsprism.report._shared import article_labels, source_name
from newsprism.store import Store


def member_sources(members: Sequence[Mapping[str, Any]],
                   paths: Mapping[str, str] | None = None) -> list[str]:  # fmt: skip
    """Each article's source name, in order. An article with neither outlet nor web site
    is named by its file (``paths`` by article id, when the member does not carry one);
    two such articles are two sources even when their files share a name ("left.json
    (1)", "left.json (2)"), as :func:`newsprism.web.story_facts.source_count` counts."""
    names: list[str | None] = [source_name(m) for m in members]
    unnamed = [i for i, name in enumerate(names) if name is None]
    files = [{"source_path": members[i].get("source_path") or (paths or {}).get(
        str(members[i].get("id")))} for i in unnamed]  # fmt: skip
    for i, label in zip(unnamed, article_labels(files), strict=True):
        names[i] = label
    return [str(name) for name in names]


def source_links(names: Sequence[str], outlets: Sequence[str],
                 url: Any) -> list[tuple[str, str | None]]:  # fmt: skip
    """Each source once, in order, with its outlet page's address (``url(name)``) when it
    is a stored outlet; a web site or file has no outlet page and is named unlinked."""
    known = set(outlets)
    return [(name, url(name) if name in known else None) for name in dict.fromkeys(names)]


def add_sources(store: Store, stories: Sequence[dict[str, Any]]) -> None:
    """Give each story dict (``queries.story_dicts``) its ``member_sources``: one read of
    the file names of the articles that have neither outlet nor web site, none when every
    article has one (the common case costs no statement)."""
    ids = [str(m["id"]) for s in stories for m in s.get("articles") or []
           if source_name(m) is None]  # fmt: skip
    paths = {a.id: a.source_path for a in store.light_articles(ids, present_only=True)} \
        if ids else {}  # fmt: skip
    for story in stories:
        story["member_sources"] = member_sources(story.get("articles") or [], paths)
