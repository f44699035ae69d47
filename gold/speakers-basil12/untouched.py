"""Count, and print, the quoted spans of BASIL 2010-12 that no gold quote touches now.

gold/speakers-basil11's ``untouched.py``, with speakers-basil11 itself counted as a gold
that touches (it skips its own directory) and this gold's directory skipped instead.
Used to choose this gold's stories before any was read, and to print the chosen
articles for annotation (untouched spans as [Qn|...]Qn, touched ones as [en|...]en):

    python gold/speakers-basil12/untouched.py ../shared/data            # counts
    python gold/speakers-basil12/untouched.py ../shared/data TRIPLET N  # one article
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "speakers_basil11_untouched", HERE.parent / "speakers-basil11" / "untouched.py")
basil11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(basil11)
spans, untouched = basil11.spans, basil11.untouched


def gold_touches() -> dict[tuple, list[tuple[int, int, str]]]:
    """(triplet, article, paragraph, sentence) -> [(start, end, gold)] of every gold
    quote but this gold's own."""
    touch: dict[tuple, list[tuple[int, int, str]]] = defaultdict(list)
    for path in sorted(HERE.parent.glob("*/*.json")):
        if path.parent == HERE:
            continue
        d = json.loads(path.read_text("utf-8"))
        trip = isinstance(d, dict) and (d.get("triplet") or d.get("story"))
        for q in d.get("quotes", []) if trip else []:
            if "ref" in q:
                n, p, s = q["ref"].split(":")
                touch[(trip, n, int(p), int(s))].append((q["start"], q["end"], path.parent.name))
    return touch


basil11.gold_touches = gold_touches

if __name__ == "__main__":
    if len(sys.argv) > 2:
        basil11.show(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    else:
        basil11.counts(Path(sys.argv[1]))
