"""Which partners the merge step may read: stories whose reports all carry a body, not a
headline and a line (issue 13, session 39; docs/clustering.md, "Session 39: …").

Session 38's merge step (``cluster.merge``, read between dated stories with the weekday
check of ``cluster.merge_days``) joins the second and third reports of one event on
neus-raw's real dates with precision held, but on AllSides' dense day it merges two
events of one topic: there most reports are a headline and one or two sentences, and
two such short texts of one beat score as high as two of one event, because the names
and words they share are the topic's. A merge reads a story report by report; what a
pair of short texts lacks is the body that would tell the events apart. So
``merge_min_shingles`` N > 0 lets the merge step read a pair of stories only when every
report it reads on both sides has a body of at least N five-word shingles
(``ArticleFeatures.shingles``, counted once when the features are computed).

Off (0) in every packaged model file unless it passes the session 39 gate
(docs/eval-clustering-session39-gate.md). It reads a number the features already hold,
once per screened partner's reports at the merge step's checks (a story's sizes 1, 2,
4, 8 …), nothing per arriving article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.profile import MemberRef

__all__ = ["full_bodies", "with_bodies"]


def full_bodies(refs: Sequence[MemberRef], have: Mapping[str, ArticleFeatures],
                min_shingles: int) -> bool:  # fmt: skip
    """Whether every report of ``refs`` has a body of at least ``min_shingles`` shingles."""
    return all(have[r.article_id].shingles >= min_shingles for r in refs)


def with_bodies(story_id: str, partners: Sequence, reports: Mapping[str, Sequence[MemberRef]],
                have: Mapping[str, ArticleFeatures], min_shingles: int) -> list:  # fmt: skip
    """The partners the merge step may read for story ``story_id`` under
    ``merge_min_shingles`` (module docstring): none when its own reports fall short,
    else those whose reports all have a body of ``min_shingles`` shingles or more;
    ``reports``: each story's reports by id (``merge.reports``)."""
    if not full_bodies(reports[story_id], have, min_shingles):
        return []
    return [p for p in partners if full_bodies(reports[p.story_id], have, min_shingles)]
