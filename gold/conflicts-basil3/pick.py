"""The triplets of gold/conflicts-basil3, by a rule fixed before any of them was read.

For each year 2010-2014, the first triplet uuid in sorted order
(``<data>/basil/articles/<year>/``) that no conflict gold names (no file under
``gold/conflicts-*``, ``gold/compare-basil`` or ``gold/compare-basil-train`` holds its
uuid) and whose three articles hold at most 120 sentences in all (a reading budget;
the 2012 vice-presidential debate, 141, is the one it skips). Run from the repository
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


def pick(data: Path) -> list[str]:
    """One uuid a year: the first free one within the budget."""
    chosen = []
    for year in range(2010, 2015):
        folder = data / "basil" / "articles" / str(year)
        uuids = sorted({p.name.rsplit("_", 1)[0] for p in folder.glob("*.json")})
        for uuid in uuids:
            if not _named(uuid) and _sentences(folder, uuid) <= BUDGET:
                chosen.append(f"{year}/{uuid}")
                break
    return chosen


if __name__ == "__main__":
    print("\n".join(pick(Path(sys.argv[1]))))
