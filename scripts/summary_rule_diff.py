"""Diff NeuS raw (or gold) summaries with one summary rule's switch off and on, from the
inputs ``summary_repeat_capture.py capture`` pickled (session 30, i12-summary9).

    PYTHONPATH=src python scripts/summary_rule_diff.py OUT.pkl MODULE SWITCH

MODULE is a module of ``newsprism.compare`` and SWITCH a boolean of it (e.g.
``column_voice COLUMN_VOICE_RULE``). Prints every row whose summary lines or citations
change when the switch goes from False to True, old and new lines with their citations.
"""

from __future__ import annotations

import importlib
import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))


def summary(row: dict[str, Any], module: Any, switch: str, on: bool) -> list[dict[str, Any]]:
    """The row's summary with the switch set to ``on`` (then set back to True)."""
    from summary_repeat_capture import make_summary

    setattr(module, switch, on)
    try:
        return make_summary(row, True)
    finally:
        setattr(module, switch, True)


def main() -> None:
    from summary_repeat_capture import print_row_diffs

    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    module = importlib.import_module(f"newsprism.compare.{sys.argv[2]}")
    switch = sys.argv[3]
    print_row_diffs(rows, lambda row: summary(row, module, switch, False),
                    lambda row: summary(row, module, switch, True))


if __name__ == "__main__":
    main()
