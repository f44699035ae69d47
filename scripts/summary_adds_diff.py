"""Diff NeuS raw summaries with session 29's two summary rules off and on (i12-summary8:
a repeat that adds something checkable is kept, ``summary_repeats.ADDS``; a sentence
that holds all of a line backs it under the bar, ``story.LEXICAL_BACKING``), from the
inputs ``summary_repeat_capture.py capture`` pickled.

    PYTHONPATH=src python scripts/summary_adds_diff.py OUT.pkl [adds|backing|both]

Prints every row whose summary lines or citations changed, old and new lines.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))


def summary(row: dict[str, Any], adds: bool, backing: bool) -> list[dict[str, Any]]:
    """The row's summary with each rule on or off."""
    from newsprism.compare import story, summary_repeats
    from newsprism.compare.summary import summarize

    summary_repeats.ADDS, story.LEXICAL_BACKING = adds, backing
    try:
        backs = story._backing(row["claims"], row["probability"], row["threshold"])
        return summarize(row["articles"], row["facts"], row["quotes"], backs=backs,
                         framing=row["framing"])
    finally:
        summary_repeats.ADDS, story.LEXICAL_BACKING = True, True


def main() -> None:
    from summary_repeat_capture import _show

    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    which = sys.argv[2] if len(sys.argv) > 2 else "both"
    on = (which in ("adds", "both"), which in ("backing", "both"))
    changed = 0
    for name, row in sorted(rows.items(), key=lambda kv: (len(kv[0]), kv[0])):
        old, new = summary(row, False, False), summary(row, *on)
        key = [[(x["text"], x["article_ids"]) for x in s] for s in (old, new)]
        if key[0] == key[1]:
            continue
        changed += 1
        outlet = {a.id: a.outlet or a.id for a in row["articles"]}
        print(f"r{name}")
        for tag, lines in (("old", old), ("new", new)):
            for line in lines:
                print(f"  {tag} {_show(line, outlet)}")
    print(f"{changed} of {len(rows)} rows changed", file=sys.stderr)


if __name__ == "__main__":
    main()
