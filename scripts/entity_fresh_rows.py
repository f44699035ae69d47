"""Pick NeuS raw rows for a fresh entity gold, by a rule fixed before any row is read.

Why: by session 33 every row of the crawl is named somewhere, so a fresh entity gold has
to take rows another stage read. The entity stage's own readers must not have seen them.

1. A row is *named* as ``scripts/framing_read_rows.py``'s ``named_singly`` reads names (a
   list of five or more rows is a diff's range nobody read whole and does not count), over
   every tracked file under gold/ docs/ tests/ scripts/ **except the framing stage's**
   (a path with "framing" or "quoting" in it): rows only framing readers named are free.
2. Rows another worktree's branch has taken this session (``--skip``) are left out.
3. Fit: three reports, none an opinion piece (``scripts/read_pick_rows.py``'s ``fit``).
4. Order: sha1 of "entities-fresh7:ROW"; the first ``--take`` (6) are taken; in that order
   they alternate dev, held-out, dev, … (the split fixed before any row is read).

Session 34 (``--seed entities-fresh8 --entity-only``): only five rows were left free by rule 1,
so rule 1 is narrowed to the entity stage's own files: a row is taken when no tracked file
whose path has "entit" in it, and not docs/eval-compare.md (where every compare-stage
reading, the entity stage's included, is written up), names it. Rows only other stages
(framing, speakers, conflicts, summary) named are free: their readers read quotes,
conflicts or flags, not entity rows.

Session 39 (``--seed entities-fresh9 --entity-only --take 8``, gold/entities-fresh9): the
same rule, 25 rows free.

Usage (from the checkout root): python scripts/entity_fresh_rows.py DATA [--take 6 --skip 295 451]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from framing_read_rows import FILE, named_singly, tracked_files
from read_pick_rows import fit


def framing_file(path: str) -> bool:
    """A file of the framing stage, whose readers read framing, not entities."""
    return "framing" in path or "quoting" in path


def entity_file(path: str) -> bool:
    """A file where the entity stage wrote what it read (session 34's narrower rule 1)."""
    return "entit" in path or path == "docs/eval-compare.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--take", type=int, default=6)
    parser.add_argument("--skip", type=int, nargs="*", default=[])
    parser.add_argument("--seed", default="entities-fresh7")
    parser.add_argument("--entity-only", action="store_true",
                        help="rows named only outside the entity stage's files are free")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.data / FILE).read_text("utf-8").splitlines()]
    ids = {str(row["id"]): n for n, row in enumerate(rows)}
    files = tracked_files()
    if args.entity_only:
        named = named_singly(ids, [f for f in files if entity_file(f)])
    else:
        named = named_singly(ids, [f for f in files if not framing_file(f)])
    ok = [n for n, row in enumerate(rows)
          if n not in named and n not in args.skip and len(row["news"]) == 3 and fit(row)]
    order = sorted(ok, key=lambda n: hashlib.sha1(f"{args.seed}:{n}".encode()).hexdigest())
    take = order[:args.take]
    print("free:", len(ok), "order:", order)
    print("dev:", sorted(take[0::2]), "held-out:", sorted(take[1::2]))


if __name__ == "__main__":
    main()
