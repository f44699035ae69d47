"""Which partners the merge step may read: dated stories whose reports date their acts
to near days of the week (issue 13, session 38; docs/clustering.md, "Session 38: the
real dates' splits").

On neus-raw's real dates most of the lost recall is splits: the second or third report
of one event founds a story of its own because its lead shares few words with the
first (148 split errors on the training part against 41 wrong joins). The merge step
(``cluster.merge``, decision 21) compares two stories report by report after both have
grown, which a single arriving report could not; on real dates it joins those pieces
with precision held, but on the dense day it also merges two steps of one beat that
share their names and words. A merge is a join of two stories, so it asks here what a
join asks that the merge step did not:

- ``merge_dated``: both stories have publication times. An undated pair (AllSides'
  headline set) is scored by the undated scorer, whose pairs of one event score too low
  to merge on (session 37 found the same for the split step);
- ``merge_weekday_gap`` N >= 0: the weekday check of a join (``cluster.weekdays``),
  read between the two stories' reports: a merge is refused when both stories have
  names, both name weekdays in their leads, and no day of one is within N days of a day
  of the other. Two reports of one act date it to one day of the week or the next; two
  steps of one process weeks apart fall on any two days.

Both are off in every packaged model file (measured in session 38, not switched on). The
cost is one pass over the reports' stored weekday masks per screened partner, at the
merge step's checks (a story's sizes 1, 2, 4, 8 …), none per arriving article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.model import ClusterModel
from newsprism.cluster.profile import Cluster, MemberRef
from newsprism.cluster.weekdays import far_apart

__all__ = ["allowed_partners", "dated", "days_far"]


def dated(a: Cluster, b: Cluster) -> bool:
    """Whether both stories have publication times (the dated scorer reads the pair)."""
    return a.t_first is not None and b.t_first is not None


def _mask(refs: Sequence[MemberRef], have: Mapping[str, ArticleFeatures]) -> tuple[int, bool]:
    """The union of the reports' lead weekdays, and whether any report has names."""
    mask, named = 0, False
    for ref in refs:
        f = have[ref.article_id]
        mask |= f.weekdays
        named = named or bool(f.entity_tf)
    return mask, named


def days_far(mine: Sequence[MemberRef], theirs: Sequence[MemberRef],
             have: Mapping[str, ArticleFeatures], gap: int) -> bool:  # fmt: skip
    """Whether the two groups of reports, both named, date their acts to days of the
    week more than ``gap`` apart (``weekdays.far_apart`` over the unions of their masks)."""
    a, a_named = _mask(mine, have)
    b, b_named = _mask(theirs, have)
    return a_named and b_named and far_apart(a, b, gap)


def allowed_partners(model: ClusterModel, cluster: Cluster, partners: Sequence[Cluster],
                     reports: Mapping[str, Sequence[MemberRef]],
                     have: Mapping[str, ArticleFeatures]) -> list[Cluster]:  # fmt: skip
    """The partners the merge step may read for ``cluster`` under the model's
    ``merge_dated`` and ``merge_weekday_gap`` (module docstring); ``reports``: each
    story's reports by id (``merge.reports``)."""
    out = []
    for partner in partners:
        if model.merge_dated and not dated(cluster, partner):
            continue
        if model.merge_weekday_gap >= 0 and days_far(
                reports[cluster.story_id], reports[partner.story_id], have,
                model.merge_weekday_gap):  # fmt: skip
            continue
        out.append(partner)
    return out
