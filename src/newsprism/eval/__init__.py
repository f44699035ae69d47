"""Scoring newsprism against public gold data (``newsprism eval …``).

Each evaluation returns an ``EvalTable``: rows of systems (newsprism and the baseline
libraries run in the same process on the same pages) and their scores, printed by the
CLI as a table or JSON and copied into docs/evaluation.md.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from newsprism.errors import EvalError, IngestError
from newsprism.models import Article

T = TypeVar("T")


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


def gold_article(key: str, text: str, *, title: str | None = None, outlet: str | None = None,
                 published_at: str | None = None, paragraphs: list[str] | None = None,
                 source: str = "") -> Article:  # fmt: skip
    """An Article built straight from a gold set's text, as if cleaned: the id is a hash
    of ``key`` (stable across runs), so scores and saved predictions line up."""
    article_id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return Article(id=article_id, content_hash=article_id, source_path=source, text=text,
                   raw="", raw_format="json", title=title, outlet=outlet,
                   published_at=published_at, paragraphs=paragraphs or [])  # fmt: skip


def load_url_index(data_dir: Path, index: str, folder: str, shape: str,
                   parse: Callable[[str, dict[str, Any]], T], limit: int | None = None
                   ) -> list[T]:  # fmt: skip
    """The gold pages of a ``{url: {...}}`` JSON index, in file order.

    Both HTML gold sets (trafilatura-eval's ``evaldata.json``, htmldate-eval's
    ``eval_default.json``) have this shape; ``parse`` builds one page from an entry.

    Raises:
        EvalError: E300 when the index is missing or an entry does not parse
            (``shape`` names the expected entry in the message).
    """
    gold_path = Path(data_dir) / index
    if not gold_path.is_file():
        raise EvalError(
            f"{data_dir} has no {index}: pass the {folder} folder ({index} plus html/<file>.gz)",
            code="E300",
        )
    try:
        raw = json.loads(gold_path.read_text("utf-8"))
        pages = [parse(url, entry) for url, entry in raw.items()]
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise EvalError(f"{gold_path} is not {{url: {shape}}} JSON: {exc}", code="E300") from exc
    return pages[:limit] if limit is not None else pages


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
