"""The multilingual vectors of the cross-language story path, kept per article.

An Arabic article that meets the English stories embeds its own title + lead and each
shortlisted story's founder with the multilingual model (``cluster.crosslang``), about
10 ms of CPU a text. A session keeps them in memory; this table keeps them for the next
session, so that a store fed a few files at a time (a crawler running ``newsprism
ingest`` every few minutes) embeds each article once, not once per run that meets it.
It is a cache: a row is a pure function of the article's text and ``version`` (the model
and how many words it reads); a row of another version is ignored, and losing the
table loses only time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

import numpy as np


def load_vectors(conn: sqlite3.Connection, ids: Sequence[str],
                 version: str) -> dict[str, np.ndarray]:  # fmt: skip
    """The stored vectors of ``ids`` written by ``version`` (others are absent)."""
    out: dict[str, np.ndarray] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        for article_id, blob in conn.execute(
            f"SELECT article_id, vector FROM cross_vectors WHERE version = ? "
            f"AND article_id IN ({marks})", [version, *chunk],
        ):  # fmt: skip
            out[article_id] = np.frombuffer(blob, dtype="<f4").astype(np.float32)
    return out


def save_vectors(conn: sqlite3.Connection, vectors: Mapping[str, np.ndarray],
                 version: str) -> None:  # fmt: skip
    """Store ``vectors`` (float32) for articles that are in the store, in one statement;
    an id that is not an article (a pass in memory) is skipped."""
    if not vectors:
        return
    conn.executemany(
        "INSERT OR REPLACE INTO cross_vectors (article_id, version, vector) "
        "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
        [(a, version, np.asarray(v, dtype="<f4").tobytes(), a) for a, v in vectors.items()],
    )
