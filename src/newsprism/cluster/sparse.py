"""The join threshold on a sparse stream (session 35, docs/eval-clustering.md).

The eval's TF-IDF single-pass baseline tunes one threshold per condition, and it picks a
lower one on a stream of real dates (a few events a day) than on the dense day (hundreds
of events in three days): on neus-raw's training part 0.175 against 0.25. With that
lower threshold it beat the clusterer on neus-raw's real dates, by recall: the second
report of an event whose lead shares few words with the first founded a story of its
own under the clusterer's one threshold. The lesson read from the joins it made that
the clusterer missed is about the *prior*, not the words: a probability is calibrated
on the mix of streams the scorer was trained on, and when few stories are live, the
best candidate at a middling probability is more often the article's event, because
fewer other events are there to be confused with it.

So when the live set holds fewer than ``model.sparse_live`` stories, a dated join needs
only ``model.sparse_threshold`` (never more than the model's own threshold), and only to
a story of at most ``model.sparse_size`` members (0: any size): a large story's centroid
has drifted, and a middling probability to it is a topic's, not an event's. Both sides
must have names: on lower-cased snippets without names (GoogleNews) a middling
probability is a shared word or two (decisions 30 and 32 found the same of the joins a
lowered threshold added there), and on the dense day's first hours, while few stories
are live, such joins cut GoogleNews-T's training row by 0.007 B³ F1. The core check,
the weekday check and the guard still apply. A feed of hundreds of stories a day
never meets the condition, so the dense day decides as before. The count read is the
size of the live set, which the clusterer keeps anyway: no cost per article.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.cluster.model import FEATURES, ClusterModel

_NO_ENTITIES = FEATURES.index("no_entities")


def applies(model: ClusterModel, x: Sequence[float], language: str | None, live_count: int,
            story_size: int) -> bool:  # fmt: skip
    """Whether the sparse stream's threshold may decide this comparison: the model sets
    one, the dated scorer scores it, both sides have names, the article's language is
    one the model was trained on, fewer than ``sparse_live`` stories are live, and the
    story is small."""
    if model.sparse_live <= 0 or live_count >= model.sparse_live:
        return False
    if not eligible(model, x, language):
        return False
    return model.sparse_size <= 0 or story_size <= model.sparse_size


def eligible(model: ClusterModel, x: Sequence[float], language: str | None) -> bool:
    """Whether a threshold other than the model's may decide this comparison at all: the
    dated scorer scores it, both sides have names, and the article's language is one
    the model was trained on (also read by ``cluster.density``)."""
    if model.scores_undated(x) or x[_NO_ENTITIES]:  # lower-cased snippets: noise there
        return False
    return language is None or language in model.languages


def join_threshold(model: ClusterModel, x: Sequence[float], language: str | None,
                   live_count: int, story_size: int) -> float:  # fmt: skip
    """The probability a join needs: the model's (``ClusterModel.join_threshold``), or
    on a sparse stream the lower ``sparse_threshold`` (see the module docstring)."""
    base = model.join_threshold(x, language)
    if not applies(model, x, language, live_count, story_size):
        return base
    return min(base, model.sparse_threshold)
