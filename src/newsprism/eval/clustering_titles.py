"""Report titles shared between training and held-out parts of the gold sets.

NeuS-AllSides' triplets and the crawled AllSides roundups (``neus-raw``) were taken from
the same site, so one event can sit in both, under the same report title: in one set's
training part and the other's held-out part (docs/eval-clustering.md, sessions 32 and
33). A training event that is also a held-out one is trained on and then scored as
unseen, so the held-out figure comes out optimistic. The training scripts
(``scripts/train_clusterer.py``, ``scripts/train_event_encoder.py``) drop, before
anything is fitted, every training story one of whose reports carries a title found
among the titles they must not train on; both use these helpers, so "the same title"
means the same thing in both.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsprism.eval.clustering import GoldItem, GoldSet


def title_key(title: str | None) -> str:
    """A title as compared: stripped and lower-cased (the crawls differ in case and
    in surrounding blanks, not in wording); "" for a report without one."""
    return (title or "").strip().lower()


def title_keys(items: Iterable[GoldItem]) -> set[str]:
    """The titles of ``items`` as compared (``title_key``); an empty title is no title."""
    keys = {title_key(i.article.title) for i in items}
    keys.discard("")
    return keys


def held_out_titles(sets: Iterable[GoldSet]) -> set[str]:
    """The titles of every held-out item of ``sets``: what no training story may share."""
    return title_keys(i for s in sets for i in s.items if i.part == "held-out")


def drop_shared_titles(items: list[GoldItem], titles: set[str],
                       ) -> tuple[list[GoldItem], int]:  # fmt: skip
    """``items`` without every story one of whose reports has a title in ``titles``,
    in their order, and how many stories were dropped.

    A whole story goes, not the one report: its other reports are the same event under
    other outlets' titles, so keeping them would keep the event.
    """
    shared = {i.story for i in items if title_key(i.article.title) in titles}
    return [i for i in items if i.story not in shared], len(shared)
