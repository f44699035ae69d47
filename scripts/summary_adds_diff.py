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
    from summary_repeat_capture import make_summary

    from newsprism.compare import story, summary_repeats

    summary_repeats.ADDS, story.LEXICAL_BACKING = adds, backing
    try:
        return make_summary(row, True)
    finally:
        summary_repeats.ADDS, story.LEXICAL_BACKING = True, True


def main() -> None:
    from summary_repeat_capture import print_row_diffs

    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    which = sys.argv[2] if len(sys.argv) > 2 else "both"
    on = (which in ("adds", "both"), which in ("backing", "both"))
    print_row_diffs(rows, lambda row: summary(row, False, False), lambda row: summary(row, *on))

if __name__ == "__main__":
    main()
