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
