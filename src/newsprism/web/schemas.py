"""Response models of the JSON API: they document ``/openapi.json``.

The API returns the same public JSON shapes as the CLI (``Story.as_dict()``,
``Article.as_dict()``, ``StoryAnalysis.as_dict()``), so the models allow fields they do
not list: the contract adds fields and never renames them. The analysis itself is
described by the packaged JSON Schema of ``compare`` (``data/compare.schema.json``),
which :func:`openapi_with_compare_schema` puts into the OpenAPI document's components.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict

from newsprism.models import StoryMember
from newsprism.store.search import SearchHit

ANALYSIS_SCHEMA = "StoryAnalysis"
_COMPARE_PREFIX = "Compare_"


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorOut(_Open):
    error: str
    status: int
    code: str | None = None  # the newsprism error code, when there is one (docs/errors.md)


class FactCountsOut(_Open):
    shared: int  # facts stated by two or more of the story's articles
    conflicts: int  # contradictions, each counted once


class StoryOut(_Open):
    id: str
    label: str
    size: int
    articles: list[StoryMember]  # the dataclass is the shape: its fields are as_dict()'s
    outlets: list[str]
    key_entities: list[str]
    first_seen: str | None
    last_seen: str | None
    frozen: bool
    analysed: bool
    # Added (issue 12): counts from the current stored analysis, null before one exists
    # (and for a story of one article); and how many sources its articles come from.
    facts: FactCountsOut | None = None
    sources: int | None = None
    # Added (issue 16): how many of its articles a paywall cuts (each member's
    # ``truncated`` says which).
    truncated_count: int = 0


class StoriesOut(_Open):
    stories: list[StoryOut]
    more: bool
    limit: int
    offset: int


class OutletCountOut(_Open):
    outlet: str
    articles: int
    stories: int
    first_published: str | None
    last_published: str | None


class LanguageCountOut(_Open):
    language: str
    count: int


class OverviewOut(_Open):
    articles: int
    stories: int
    analysed: int
    unclustered: int
    first_published: str | None
    last_published: str | None
    outlets: list[OutletCountOut]
    languages: list[LanguageCountOut]
    latest: list[StoryOut]
    biggest: list[StoryOut]
    # The clusterer model version the stories were built with (None: no stories yet),
    # this newsprism's, and whether `newsprism recluster` would rebuild them (E310).
    story_model: int | None = None
    model_version: int | None = None
    recluster_due: bool = False
    reindex_due: int = 0  # added in session 36: analyses indexed by older rules (E311)
    # The `--stories-model` that built the stories: "packaged" or "minilm" (None: none).
    stories_model: str | None = None


class RemovedOut(_Open):
    text: str
    reason: str


class LiveEntryOut(_Open):
    time: str  # the entry's time as the page gives it (ISO 8601), not the article's date
    paragraph: int  # index in ``paragraphs`` of the entry's first kept paragraph
    first_words: str


class ArticleOut(_Open):
    id: str
    source_path: str
    source_line: int | None
    url: str | None
    title: str | None
    outlet: str | None
    language: str | None
    published_at: str | None
    published_at_original: str | None
    date_reason: str | None
    text: str
    paragraphs: list[str]
    removed: list[RemovedOut]
    stamps: list[dict[str, Any]]
    provenance: dict[str, str]
    content_hash: str
    encoding: str
    raw_format: str
    story_id: str | None
    crawled_at: str | None = None  # a WARC page's crawl time: bounds published_at from above
    truncated: bool = False  # a paywall cut the text; provenance["truncated"] says why
    truncation_note: str | None = None  # the note above a cut article's text, else null
    live_entries: list[LiveEntryOut] = []  # a live blog's entries in page order, else []


class FacetOutlet(_Open):
    outlet: str
    count: int


class FacetSource(_Open):
    """A web site or a file the matches with no outlet come from (session 36)."""

    source: str
    count: int


class SearchOut(_Open):
    query: str
    fts: str | None
    total: int
    limit: int
    offset: int
    hits: list[SearchHit]  # as StoryMember: the dataclass is the shape
    outlets: list[FacetOutlet]
    languages: list[LanguageCountOut]
    sources: list[FacetSource] = []  # added in session 36: matches with no outlet, by name


class EntityStoryOut(_Open):
    story_id: str
    label: str
    entity_id: str
    name: str
    type: str
    mentions: int
    outlets: list[str]
    sources: list[str] = []
    first_seen: str | None
    last_seen: str | None


class EntityQuoteOut(_Open):
    story_id: str
    article_id: str | None
    outlet: str | None
    text: str | None
    kind: str | None
    cue: str | None
    source: str | None = None  # the outlet, else the web site or file (session 35)
    quoted_by: str | None = None  # a statement quoted inside this speaker's quote
    speaker_as_written: str | None = None  # "a statement from his office" (added in 1.5)


class EntityOut(_Open):
    key: str
    name: str
    types: list[str]
    aliases: list[str]
    mentions: int
    stories: list[EntityStoryOut]
    quotes: list[EntityQuoteOut]
    analysed_stories: int
    total_stories: int


class EntitySummaryOut(_Open):
    key: str
    name: str
    type: str
    stories: int
    mentions: int


class EntitiesOut(_Open):
    entities: list[EntitySummaryOut]
    analysed_stories: int
    total_stories: int


class TermOut(_Open):
    term: str
    category: str
    count: int
    quoted: int
    attributed: int = 0  # in a named source's words outside quotation marks (session 25)


class MonthTermOut(_Open):
    month: str
    category: str
    count: int


class VoiceOut(_Open):
    speaker: str
    count: int


class OutletOut(_Open):
    outlet: str
    articles: int
    first_published: str | None
    last_published: str | None
    languages: list[LanguageCountOut]
    stories: list[StoryOut]
    terms: list[TermOut]
    terms_by_month: list[MonthTermOut]
    voices: list[VoiceOut]
    analysed_articles: int


class OtherSourceStoryOut(_Open):
    id: str
    label: str | None


class OtherSourceOut(_Open):
    source: str
    articles: int
    stories: list[OtherSourceStoryOut]
    first_published: str | None
    last_published: str | None


class OutletsOut(_Open):
    outlets: list[OutletCountOut]
    other_sources: list[OtherSourceOut] = []


class FailureOut(_Open):
    location: str
    code: str
    reason: str


class UploadedArticleOut(_Open):
    id: str
    title: str | None
    outlet: str | None
    story_id: str | None


class UploadOut(_Open):
    files: int
    added: int
    already_stored: int
    failed: int
    failures: list[FailureOut]
    lines: list[str]
    articles: list[UploadedArticleOut]
    skipped: int = 0  # redirects, stub pages, WARC records that are not pages
    skipped_reasons: dict[str, int] = {}


@cache
def compare_schema() -> dict[str, Any]:
    path = resources.files("newsprism").joinpath("data/compare.schema.json")
    return json.loads(path.read_text("utf-8"))


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (v.replace("#/$defs/", f"#/components/schemas/{_COMPARE_PREFIX}")
                if k == "$ref" and isinstance(v, str) else _rewrite_refs(v))
            for k, v in node.items()
        }  # fmt: skip
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def openapi_with_compare_schema(document: dict[str, Any]) -> dict[str, Any]:
    """Add the compare JSON Schema to the document's components (its ``$defs`` too).

    ``$id`` and ``$schema`` are dropped: inside the OpenAPI document an ``$id`` would
    move the base that ``#/components/...`` references resolve against.
    """
    document = copy.deepcopy(document)
    schema = compare_schema()
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    top = {k: v for k, v in schema.items() if k not in ("$defs", "$id", "$schema")}
    schemas[ANALYSIS_SCHEMA] = _rewrite_refs(top)
    for name, definition in schema.get("$defs", {}).items():
        schemas[f"{_COMPARE_PREFIX}{name}"] = _rewrite_refs(definition)
    return document
