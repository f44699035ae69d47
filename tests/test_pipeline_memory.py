"""A batch of big items is committed early: its memory is bounded by characters too."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism import pipeline
from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore
from tests.conftest import SEED_000


@pytest.fixture
def fresh_store(any_store):
    """On both backends: the batching is the pipeline's, whatever the store."""
    return any_store


def _folder(tmp_path: Path, n: int) -> tuple[Path, int]:
    """``n`` distinct articles of one size (the seed's paragraphs, rotated); returns the
    folder and the characters of one."""
    paragraphs = [p for p in SEED_000.read_text("utf-8").split("\n\n") if len(p) > 80][:6]
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(n):
        turn = number % len(paragraphs)
        rotated = paragraphs[turn:] + paragraphs[:turn]
        text = "\n\n".join([f"Report number {number:02d} on the talks", *rotated])
        (folder / f"{number:02d}.txt").write_text(text, "utf-8")
    return folder, len((folder / "00.txt").read_text("utf-8"))


def _batches(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Articles per store write, recorded around the real ``add_batch``."""
    sizes: list[int] = []
    write = store.add_batch

    def counted(articles, failures=(), **options):  # type: ignore[no-untyped-def]
        articles = list(articles)
        sizes.append(len(articles))
        return write(articles, failures, **options)

    monkeypatch.setattr(store, "add_batch", counted)
    return sizes


def test_a_batch_is_committed_once_its_items_hold_batch_chars(
    fresh_store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, chars = _folder(tmp_path, 6)
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 2 * chars)  # two items fill a batch
    sizes = _batches(fresh_store, monkeypatch)
    report = ingest_paths([folder], fresh_store, batch_size=200, cluster=False)
    assert report.ok and len(report.added) == 6
    assert sizes == [2, 2, 2]


def test_small_items_still_batch_by_count(
    fresh_store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = _folder(tmp_path, 6)
    sizes = _batches(fresh_store, monkeypatch)
    assert ingest_paths([folder], fresh_store, batch_size=4, cluster=False).ok
    assert sizes == [4, 2]
