"""The store owns every SQL statement: nothing outside ``newsprism.store`` runs one, or
knows which backend it talks to (docs/architecture.md, "Layers")."""

from __future__ import annotations

import re
from pathlib import Path

import newsprism

PACKAGE = Path(newsprism.__file__).parent
STORE = PACKAGE / "store"
# A statement run on a connection or cursor, or a backend named outside the store.
FORBIDDEN = re.compile(r"\.execute(many|script)?\(|\bSQLiteStore\b|\bimport sqlite3\b|psycopg")


def _outside_store() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if STORE not in p.parents]


def test_the_scan_sees_the_package_and_would_catch_a_statement() -> None:
    files = _outside_store()
    assert len(files) > 50 and PACKAGE / "cluster" / "state.py" in files
    assert FORBIDDEN.search('rows = store.conn.execute("SELECT 1")')
    assert FORBIDDEN.search("conn.executemany(sql, rows)")
    assert not FORBIDDEN.search("store.list_stories(sort='size')")


def test_no_sql_and_no_backend_outside_the_store() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"
        for path in _outside_store()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if FORBIDDEN.search(line)
    ]
    assert found == []
