"""Story analyses as a library feature: computed once, cached in the store, indexed.

``compare`` takes a few seconds per story (spaCy, embeddings). A story's analysis is
stored under a key made of its member ids (in page order) and the analysis version
(:func:`analysis_version`), so every later reader (``newsprism story``, the web pages,
another process) reads it back instead of computing it again, and a story that gains
an article, or a newsprism whose analysis changed, has another key: a stale analysis
is never shown, it is computed again. The store keeps one analysis per story, the
latest computed (``store/analyses.py``).

Storing an analysis also indexes it for the pages that look across stories: its
entities by folded name and alias (entity pages), each article's loaded terms and
quoted voices (outlet pages). Entities are the per-story ones of ``compare``; across
stories they are joined by name, conservatively (see :func:`entity_keys`).

``newsprism analyze`` computes the analyses of every story that has none
(:func:`analyze_pending`); the web computes one on a story's first view, in a worker
process with a time limit (``web/analyses.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsprism import __version__
from newsprism.compare.story import SCHEMA_VERSION
from newsprism.errors import StoreError
from newsprism.extract.country_names import country_key
from newsprism.models import Article, Story
from newsprism.store import Store

DEFAULT_EMBEDDER = "static"  # the web's, and the default of every command
_NON_WORD = re.compile(r"[^0-9a-z]+")
_PERSON_TYPES = frozenset({"PERSON"})


def analysis_version(embedder: str = DEFAULT_EMBEDDER) -> str:
    """What makes two analyses of the same articles differ: the JSON schema version,
    the package version and the embedder. Anything that changes what
    ``analyze_story`` returns for the same articles must change this string."""
    return f"{SCHEMA_VERSION}/{__version__}/{embedder}"


ANALYSIS_VERSION = analysis_version()

# The version of the rules that turn a stored analysis into its index rows
# (:func:`entity_keys`, :func:`index_key`), recorded with each analysis (migration 015).
# These rules can change while the analysis JSON does not, so ANALYSIS_VERSION cannot
# tell that a store's rows are old; this number can. Raise it whenever they change:
# `newsprism analyze` then indexes every older analysis again from its stored JSON
# (:func:`reindex_old`), and `stories` and the web home page say it is due.
# 1: before session 35; 2: one key per country however written (session 35).
INDEX_VERSION = 2


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
    keys = {fold(name), index_key(entity)}
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


def index_key(entity: Mapping[str, Any]) -> str:
    """The key of the entity's own row on the entities page: its folded name, or for a
    country its one key however it is written (``extract/country_names.py``)."""
    name = str(entity.get("name") or "")
    country = None if entity.get("type") in _PERSON_TYPES else country_key(name)
    return fold(country or name)


def member_ids(story: Story) -> list[str]:
    return [m.id for m in story.articles]


def cached(store: Store, story: Story, embedder: str = DEFAULT_EMBEDDER) -> dict[str, Any] | None:
    """The stored analysis of the story as it is now, or None (never computed, or stale)."""
    return store.stored_analysis(story.id, analysis_key(member_ids(story),
                                                        analysis_version(embedder)))


def _index_rows(analysis: Mapping[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows that index an analysis for the entity and outlet pages."""
    framing = analysis.get("framing") or {}
    entities = [
        (str(e.get("id")), key, int(key == index_key(e)),
         str(e.get("name") or ""), str(e.get("type") or ""),
         json.dumps(e.get("aliases") or [], ensure_ascii=False),
         sum(v for v in (e.get("mentions") or {}).values() if isinstance(v, int)))
        for e in analysis.get("entities") or []
        for key in sorted(entity_keys(e))
    ]  # fmt: skip
    terms = [
        (article_id, str(t.get("term")), str(t.get("category") or "other"),
         int(t.get("count") or 0), int(t.get("quoted") or 0), int(t.get("attributed") or 0))
        for article_id, frame in framing.items()
        for t in (frame or {}).get("terms") or []
    ]  # fmt: skip
    voices = [
        (article_id, str(speaker), int(n))
        for article_id, frame in framing.items()
        for speaker, n in ((frame or {}).get("voices") or {}).items()
    ]
    return {"entities": entities, "terms": terms, "voices": voices}


def save_analysis(
    store: Store,
    story_id: str,
    articles: Sequence[Article],
    analysis: Mapping[str, Any],
    seconds: float,
    *,
    embedder: str = DEFAULT_EMBEDDER,
) -> None:
    """Store an analysis and its index rows in one transaction."""
    ids = [a.id for a in articles]
    version = analysis_version(embedder)
    store.save_analysis(story_id, key=analysis_key(ids, version), version=version, members=ids,
                        analysis=analysis, seconds=seconds, index_version=INDEX_VERSION,
                        **_index_rows(analysis))  # fmt: skip


def reindex_old(store: Store, current: int = INDEX_VERSION) -> int:
    """Index every stored analysis whose rows older rules made again, from its stored
    JSON (no recomputation: the analysis is current, only its rows are not); returns how
    many. A store analysed before session 35 gets one "United States" row here."""
    old = store.old_index_analyses(current)
    for story_id, analysis in old:
        store.reindex_analysis(story_id, current, **_index_rows(analysis))
    return len(old)


def reindex_due_warning(store: Store, current: int = INDEX_VERSION) -> str | None:
    """The one-line note for a store whose stored analyses were indexed by older rules
    (None when none was), as ``recluster_due_warning`` says for the stories."""
    old = store.count_old_index(current)
    if not old:
        return None
    where = store.location
    noun = "analysis was" if old == 1 else "analyses were"
    return (f"note {where}: {old} stored story {noun} indexed by older rules (the entity "
            f"and outlet pages may list one name as several rows): run `newsprism analyze "
            f"--db {where}` to index them again [E311]")  # fmt: skip


def story_articles(store: Store, story: Story) -> list[Article]:
    """The story's stored articles, in page order (a member deleted meanwhile is skipped)."""
    return [a for m in story.articles if (a := store.get(m.id)) is not None]


def analyze(
    store: Store,
    story: Story,
    *,
    embedder: str = DEFAULT_EMBEDDER,
    on_step: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """The story's analysis: read from the cache, or computed here and stored.

    The computation runs in this process, with no time limit (the web runs it in a
    worker process that it can stop: ``web/analyses.py``).
    """
    from newsprism.compare.story import analyze_story

    found = cached(store, story, embedder)
    if found is not None:
        return found
    articles = story_articles(store, story)
    started = time.perf_counter()
    analysis = analyze_story(articles, embedder=embedder, on_step=on_step).as_dict()
    save_analysis(store, story.id, articles, analysis, time.perf_counter() - started,
                  embedder=embedder)  # fmt: skip
    return analysis


@dataclass
class AnalyzeReport:
    """What ``analyze_pending`` did."""

    stories: int = 0  # stories looked at
    computed: int = 0
    already: int = 0  # had a current analysis
    reindexed: int = 0  # current analyses whose index rows older rules made (session 36)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (story id, reason)

    def as_dict(self) -> dict[str, Any]:
        return {"stories": self.stories, "computed": self.computed,
                "already_analysed": self.already, "reindexed": self.reindexed,
                "failed": [{"story_id": s, "reason": r} for s, r in self.failed]}  # fmt: skip


def pending_stories(store: Store, stories: Iterable[Story],
                    embedder: str = DEFAULT_EMBEDDER) -> list[Story]:  # fmt: skip
    """The stories among ``stories`` without a current analysis."""
    return [s for s in stories if cached(store, s, embedder) is None]


def analyze_pending(
    store: Store,
    *,
    embedder: str = DEFAULT_EMBEDDER,
    limit: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> AnalyzeReport:
    """Compute and store the analysis of every story that has no current one, biggest
    first (the stories most pages show). A story whose analysis fails is reported and
    skipped; the others go on.

    Args:
        store: an open store.
        embedder: the sentence-embedding backend (part of the cache key).
        limit: only the ``limit`` biggest stories.
        on_progress: called with (done, total) after each story that needed one.
    """
    stories = store.list_stories(sort="size", limit=limit)
    todo = pending_stories(store, stories, embedder)
    report = AnalyzeReport(stories=len(stories), already=len(stories) - len(todo),
                           reindexed=reindex_old(store))  # fmt: skip
    for n, story in enumerate(todo, start=1):
        try:
            analyze(store, story, embedder=embedder)
            report.computed += 1
        except StoreError:
            raise  # the store's failure, not the story's: the run stops
        except Exception as exc:  # one story's bug must not stop the others
            report.failed.append((story.id, f"{type(exc).__name__}: {exc}"))
        if on_progress:
            on_progress(n, len(todo))
    return report
