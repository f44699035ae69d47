"""The store suite runs on both backends: ``fresh_store`` is a fresh SQLite file, then a
fresh PostgreSQL database (tests/conftest.py, ``any_store``)."""

from __future__ import annotations

import pytest


@pytest.fixture
def fresh_store(any_store):
    return any_store
