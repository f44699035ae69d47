"""Diff NeuS raw (or gold) summaries with one summary rule's switch off and on, from the
inputs ``summary_repeat_capture.py capture`` pickled (session 30, i12-summary9).

    PYTHONPATH=src python scripts/summary_rule_diff.py OUT.pkl MODULE SWITCH [--neus DATA]

``--neus DATA``: give each NeuS raw report its source as the compare inputs name it
(``eval.neus_raw.source_of``: AllSides' OPINION tag carried into the outlet) and its
link, which the capture's join leaves out, so that a column is seen as one.

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


def tag_sources(rows: dict[str, dict[str, Any]], data: Path) -> None:
    """Set each captured NeuS raw article's outlet and url as neus_raw_inputs.py writes
    them (the capture's join, story_output_diff._neus, keeps the bare source)."""
    import json

    from newsprism.eval.neus_raw import CRAWL, source_of

    crawl = (data / CRAWL).read_text(encoding="utf-8").splitlines()
    for name, row in rows.items():
        reports = [n for n in json.loads(crawl[int(name)])["news"].values() if n.get("newBody")]
        for article in row["articles"]:  # matched by title and bare source, as joined
            side = next(n for n in reports if (n["newsTitle"], n["newsSource"])
                        == (article.title, article.outlet))  # fmt: skip
            article.outlet, article.url = source_of(side), side["newsLink"]


def main() -> None:
    from summary_repeat_capture import print_row_diffs

    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    if "--neus" in sys.argv:
        tag_sources(rows, Path(sys.argv[sys.argv.index("--neus") + 1]))
    module = importlib.import_module(f"newsprism.compare.{sys.argv[2]}")
    switch = sys.argv[3]
    print_row_diffs(rows, lambda row: summary(row, module, switch, False),
                    lambda row: summary(row, module, switch, True))


if __name__ == "__main__":
    main()
