"""The store's story lock (``SQLiteStore.story_lock``): exclusive between store objects,
re-entrant on one, released when its block ends, however it ends. That a killed holder
releases it is tested with a real process in tests/cluster/test_concurrent.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsprism.errors import StoreError
from newsprism.store import open_store
from newsprism.store.lock import lock_path


def _busy(store) -> StoreError:
    with pytest.raises(StoreError) as caught, store.story_lock(wait=False):
        pass
    return caught.value


def test_two_stores_on_one_file_exclude_each_other(db_path: Path) -> None:
    with open_store(db_path) as first, open_store(db_path) as second:
        with first.story_lock():
            error = _busy(second)
            assert error.code == "E209"
            assert f"{db_path}: another process (pid {os.getpid()})" in str(error)
        with second.story_lock(wait=False):  # released when the block ended
            assert _busy(first).code == "E209"


def test_the_lock_is_reentrant_on_one_store_and_released_on_error(db_path: Path) -> None:
    with open_store(db_path) as store, open_store(db_path) as other:
        with pytest.raises(RuntimeError), store.story_lock():
            with store.story_lock(wait=False):  # the same store: no deadlock
                assert _busy(other).code == "E209"
            assert _busy(other).code == "E209"  # still held by the outer block
            raise RuntimeError("a step failed")
        with other.story_lock(wait=False):
            pass


def test_the_lock_lives_in_a_side_file_beside_the_store(db_path: Path) -> None:
    with open_store(db_path) as store, store.story_lock():
        assert lock_path(db_path) == db_path.with_name("test.db-lock")
        assert lock_path(db_path).read_text() == str(os.getpid())
