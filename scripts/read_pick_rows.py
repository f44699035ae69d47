"""Pick fresh NeuS raw rows to read whole, by a rule fixed before any row is read.

Why: a reading is only evidence if the rows were not chosen for what they show. Free: no
file under gold/ docs/ tests/ scripts/ of this checkout or of any other worktree names the
row (gold/conflicts-neus/pick_rows.py's ``named_rows``); fit: three or more reports, none
tagged OPINION; order: sha1 of "SALT:ROW"; taken: the first four.

Usage (from the checkout root): python scripts/read_pick_rows.py DATA SALT
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "gold/conflicts-neus")
from pick_rows import named_rows

from newsprism.eval.neus_raw import CRAWL


def worktrees() -> list[str]:
    """Every worktree of the repository, so rows others are reading are left to them."""
    out = subprocess.run(["git", "worktree", "list", "--porcelain"],
                         capture_output=True, text=True).stdout
    return [line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("worktree ")]


def all_named() -> set[int]:
    """Rows named in any worktree's gold/ docs/ tests/ scripts/."""
    here, named = os.getcwd(), set()
    for tree in [here, *worktrees()]:
        os.chdir(tree)
        named |= named_rows()
    os.chdir(here)
    return named


def fit(row: dict) -> bool:
    """Three or more reports, none an opinion piece."""
    news = row["news"]
    return len(news) >= 3 and not any(
        "OPINION" in json.dumps(v.get("source", "")).upper() for v in news.values())


def main(data: str, salt: str) -> None:
    lines = Path(data, CRAWL).read_text(encoding="utf-8").splitlines()
    named = all_named()
    free = [n for n in range(506) if n not in named]
    ok = [n for n in free if fit(json.loads(lines[n]))]
    order = sorted(ok, key=lambda n: hashlib.sha1(f"{salt}:{n}".encode()).hexdigest())
    print("free:", len(free), "fit:", len(ok))
    print("taken:", sorted(order[:4]))
    print("next:", order[4:8])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
