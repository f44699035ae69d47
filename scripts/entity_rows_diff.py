"""Diff two directories of ``scripts/entity_rows.py`` output: every entity row (name,
type, aliases, mentions per report) one side has and the other has not, per story, for
reading each changed row against its reports (session 27, i12-entities10). Entity ids
are left out: they renumber.

Usage: python scripts/entity_rows_diff.py OUT_OLD OUT_NEW
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _rows(path: Path) -> set[str]:
    rows = json.loads(path.read_text(encoding="utf-8"))["entities"]
    return {f"{e['name']} | {e['type']} | {sorted(e.get('aliases', []))} | "
            f"{sorted(e.get('mentions', {}).values())}" for e in rows}


def main(old: str, new: str) -> None:
    changed = 0
    for path in sorted(Path(old).glob("*.json"), key=lambda p: (len(p.stem), p.stem)):
        other = Path(new, path.name)
        if not other.exists():
            continue
        before, after = _rows(path), _rows(other)
        if before == after:
            continue
        changed += 1
        for row in sorted(before - after):
            print(f"{path.stem}\t-\t{row}")
        for row in sorted(after - before):
            print(f"{path.stem}\t+\t{row}")
    print(f"stories changed: {changed}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
