"""A digest of every table of a SQLite store, to show two ingests stored the same thing.

Rows are sorted and hashed table by table, without the columns that hold wall-clock
times (``ingested_at``, ``seen_at``, ``recorded_at``…) and without the session token of
``cluster_meta``, which differ between any two runs. Used to check that a speed change
leaves the output alone: ingest the same files into two fresh stores with the old and
the new code, then ``diff`` the two outputs.

``python -m benchmarks.store_digest before.db > before.txt``
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
from collections.abc import Iterator

WALL_CLOCK = frozenset(
    ("ingested_at", "seen_at", "recorded_at", "created_at", "updated_at", "computed_at",
     "started_at", "finished_at", "applied_at")
)  # fmt: skip


def digests(path: str) -> Iterator[tuple[str, int, str]]:
    """``(table, rows, sha256)`` of each table, in name order."""
    db = sqlite3.connect(path)
    try:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]  # fmt: skip
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info('{table}')")
                       if r[1] not in WALL_CLOCK]  # fmt: skip
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            rows = sorted(repr(r) for r in db.execute(f'SELECT {names} FROM "{table}"'))
            if table == "cluster_meta":  # the session token is drawn afresh by each run
                rows = [r for r in rows if not r.startswith("('token'")]
            yield table, len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a SQLite store")
    args = parser.parse_args(argv)
    for table, rows, digest in digests(args.db):
        print(f"{table}\t{rows}\t{digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
