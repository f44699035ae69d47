"""Story analyses for the web: computed on first view, in a worker process with a limit.

The cache itself is the library's (``newsprism.analyses``): the first view of a story
computes its analysis and stores it; every later view, and ``newsprism story``, reads
it back. The analysis runs in a worker process of a small pool (``web/workers.py``),
killed when it passes the time limit (``newsprism serve --analysis-timeout``): a story
whose analysis hangs or runs long gets a clear "took too long" answer, and the other
stories' analyses go on in the other workers meanwhile.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from typing import Any

from newsprism.analyses import (
    ANALYSIS_VERSION,
    analysis_key,
    cached,
    entity_keys,
    fold,
    member_ids,
    save_analysis,
    story_articles,
)
from newsprism.models import Story
from newsprism.web.db import Database
from newsprism.web.workers import AnalysisError, AnalysisPool, AnalysisTimeout

logger = logging.getLogger(__name__)

# The library's names, where the web's callers found them before they moved.
__all__ = ["ANALYSIS_VERSION", "Analyzer", "analysis_key", "cached", "entity_keys", "fold",
           "member_ids", "save_analysis"]  # fmt: skip


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
            present = story_articles(store, story)
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
        done = 0
        with self.db.read() as store:
            stories = store.list_stories(sort="size", limit=limit)
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
