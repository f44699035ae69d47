"""Scoring newsprism against public gold data (``newsprism eval …``).

Each evaluation returns an ``EvalTable``: rows of systems (newsprism and the baseline
libraries run in the same process on the same pages) and their scores, printed by the
CLI as a table or JSON and copied into docs/evaluation.md.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.errors import IngestError


@dataclass
class EvalTable:
    """A table of scores: one row per system."""

    title: str
    columns: list[str]
    rows: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "columns": self.columns, "rows": self.rows,
                "notes": self.notes}  # fmt: skip


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts (0.0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def read_page(data_dir: Path, name: str) -> str | None:
    """The decoded page ``html/<name>.gz`` (or an unzipped ``html/<name>``); None if absent.

    Both HTML gold sets (trafilatura-eval, htmldate-eval) store pages this way; the bytes
    go through newsprism's own decoder, as ingest would decode them.
    """
    from newsprism.ingest.decode import decode_bytes

    base = Path(data_dir) / "html"
    path = base / f"{name}.gz"
    if path.is_file():
        data = gzip.decompress(path.read_bytes())
    elif (base / name).is_file():
        data = (base / name).read_bytes()
    else:
        return None
    try:
        return decode_bytes(data)[0]
    except IngestError:
        return data.decode("utf-8", errors="replace")
