"""Per story, how many facts its outlets share and how many conflicts it has.

The home page and the story lists show these beside each story, from the analysis
stored for the story as it is now (never a stale one: :func:`newsprism.analyses.cached`
checks the key). A story with no current analysis gets None, which the pages say in
plain words ("not analysed yet"). Counting needs the whole analysis JSON, so the counts
are kept per analysis key for the life of the process: a key changes whenever the
story or the analysis does.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from newsprism.analyses import analysis_key, cached, member_ids
from newsprism.models import Story
from newsprism.report._shared import source_name
from newsprism.report.facts_view import fact_counts
from newsprism.store import Store

_KEPT = 4096  # analyses whose counts are remembered (a few dozen bytes each)
_counts: dict[str, dict[str, int]] = {}
_lock = threading.Lock()


def story_fact_counts(store: Store, stories: Iterable[Story]) -> dict[str, dict[str, int] | None]:
    """``{story id: {"shared": n, "conflicts": m}}``, None for a story not analysed yet."""
    out: dict[str, dict[str, int] | None] = {}
    for story in stories:
        if len(story.articles) < 2:
            out[story.id] = None
            continue
        key = analysis_key(member_ids(story))
        with _lock:
            known = _counts.get(key)
        if known is None:
            analysis = cached(store, story)
            if analysis is None:
                out[story.id] = None
                continue
            known = fact_counts(analysis)
            with _lock:
                if len(_counts) >= _KEPT:
                    _counts.clear()
                _counts[key] = known
        out[story.id] = dict(known)
    return out


def source_count(story: Story) -> int:
    """How many sources a story's articles come from: outlets, else web sites, and each
    article known by neither as a source of its own (two uploaded files with no outlet
    are two sources, not "1 outlet" nor "0 outlets")."""
    names = {source_name(m.as_dict()) for m in story.articles}
    unknown = sum(1 for m in story.articles if source_name(m.as_dict()) is None)
    return len(names - {None}) + unknown
