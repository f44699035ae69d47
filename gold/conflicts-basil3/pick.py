"""The triplets of gold/conflicts-basil3, by a rule fixed before any of them was read.

For each year 2010-2014, the first two triplet uuids in sorted order
(``<data>/basil/articles/<year>/``) that no conflict gold names (no file under
``gold/conflicts-*``, ``gold/compare-basil`` or ``gold/compare-basil-train`` holds its
uuid) and whose three articles hold at most 120 sentences in all (a reading budget;
the 2012 vice-presidential debate, 141, is the one it skips, so 2012 gives one). The
first one a year was read first; it held one conflict in five triplets, so the second
was added by the same rule, still before any newsprism output. Run from the repository
root: ``python gold/conflicts-basil3/pick.py ../shared/data``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BUDGET = 120
GOLDS = ("conflicts-basil", "conflicts-basil2", "conflicts-neus", "conflicts-neus2",
         "compare-basil", "compare-basil-train")  # fmt: skip


def _named(uuid: str) -> bool:
    """Whether a conflict gold names this triplet (its file name or a file's text)."""
    for gold in GOLDS:
        for path in Path("gold", gold).rglob("*"):
            if path.is_file() and (uuid in path.name or uuid in path.read_text("utf-8")):
                return True
    return False


def _sentences(folder: Path, uuid: str) -> int:
    total = 0
    for path in sorted(folder.glob(f"{uuid}_*.json")):
        body = json.loads(path.read_text("utf-8"))["body-paragraphs"]
        total += sum(len(p) for p in body)
    return total


def pick(data: Path, per_year: int = 2) -> list[str]:
    """The first ``per_year`` free uuids a year within the budget."""
    chosen = []
    for year in range(2010, 2015):
        folder = data / "basil" / "articles" / str(year)
        uuids = sorted({p.name.rsplit("_", 1)[0] for p in folder.glob("*.json")})
        free = [u for u in uuids if not _named(u) and _sentences(folder, u) <= BUDGET]
        chosen.extend(f"{year}/{uuid}" for uuid in free[:per_year])
    return chosen


if __name__ == "__main__":
    print("\n".join(pick(Path(sys.argv[1]))))
