"""Stories: near-duplicates and event clustering over a stream of articles.

The stages, each in its own module:

``features``  per-article features, a pure function (embedding of title + lead, hashed
              term and name frequencies, MinHash signature, time), computed once, stored
``model``     the learned weights and settings (``data/models/clusterer.json``)
``live``      the exact nearest-centroid look-up over the live stories
``stream``    the stream clusterer: near-copy, candidates (nearest live centroids), score,
              join or found, freeze
``state``     the clusterer's state in the store, sessions, crash recovery
``faults``    a test seam: kill the process at a named point of the story step
``engine``    the ingest hook and ``recluster`` (local, or features on Dask)

docs/clustering.md describes the method and the decisions behind it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names as a type checker and an editor see them
    from newsprism.cluster.engine import (
        ReclusterReport,
        StoryAssigner,
        built_model,
        cluster_pending,
        recluster,
    )
    from newsprism.cluster.features import FEATURES_VERSION, ArticleFeatures, compute_features
    from newsprism.cluster.model import ClusterModel, load_model
    from newsprism.cluster.stream import Decision, StreamClusterer, story_id_for

# Each public name and the submodule that defines it. The submodules are imported on
# first use (PEP 562), not with the package: ``compare`` reads two small modules of it
# (``terms``' stop words, ``crosslang``'s embedder name), and importing ``engine`` with
# them pulled the store, MinHash (datasketch) and SciPy into every compare, about 50 MB
# of a 2-article story's 380 MB peak (session 30, docs/benchmarks.md).
_EXPORTS = {
    "ReclusterReport": "engine",
    "StoryAssigner": "engine",
    "built_model": "engine",
    "cluster_pending": "engine",
    "recluster": "engine",
    "FEATURES_VERSION": "features",
    "ArticleFeatures": "features",
    "compute_features": "features",
    "ClusterModel": "model",
    "load_model": "model",
    "Decision": "stream",
    "StreamClusterer": "stream",
    "story_id_for": "stream",
}


def __getattr__(name: str) -> Any:
    """The public name ``name``, its submodule imported on first use."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FEATURES_VERSION",
    "ArticleFeatures",
    "ClusterModel",
    "Decision",
    "ReclusterReport",
    "StoryAssigner",
    "StreamClusterer",
    "built_model",
    "cluster_pending",
    "compute_features",
    "load_model",
    "recluster",
    "story_id_for",
]
