"""Find and print every quoted span of one BASIL article, as [Qn|offset: ... ]Qn, for
annotation by hand.

The pairs are gold/speakers-basil8's (every pair of double quotation marks, curly or
straight, across sentences). One addition: an opening curly mark that is never closed
(a second opening mark comes first, or the article ends) is a span too, running to the
end of its own sentence; basil8's finder dropped it, and with it the quote.

    python gold/speakers-basil9/spans.py ../shared/data TRIPLET N YEAR
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

Mark = tuple[int, int]  # (sentence index, offset)


def spans(trip: str, n: str, year: str, data: Path, run_on: bool = False):
    """(article, [(paragraph, sentence, text)], [(open, close)]), in order of the
    opening mark; an unclosed opening closes at its sentence's end. ``run_on``: a mark
    that opens a paragraph while a span of an earlier paragraph is open closes that span
    at the end of the paragraph before and opens a new one (gold/speakers-basil10's
    addition; off here, so this gold's spans are as committed)."""
    a = json.loads((data / "basil" / "articles" / year / f"{trip}_{n}.json").read_text("utf-8"))
    sents = [(pi, si, s) for pi, p in enumerate(a["body-paragraphs"]) for si, s in enumerate(p)]
    out: list[tuple[Mark, Mark]] = []
    open_: Mark | None = None
    for idx, (pi, si, s) in enumerate(sents):
        for m in re.finditer("[\"\u201c\u201d]", s):
            c = m.group()
            new_paragraph = run_on and si == 0 and m.start() == 0 and c in "\"\u201c"
            if open_ is not None and new_paragraph and sents[open_[0]][0] < pi:
                out.append((open_, (idx - 1, len(sents[idx - 1][2]))))
                open_ = (idx, m.start())
            elif open_ is None and c in "\"\u201c":
                open_ = (idx, m.start())
            elif open_ is not None and c in "\"\u201d":
                out.append((open_, (idx, m.end())))
                open_ = None
            elif open_ is not None:
                out.append((open_, (open_[0], len(sents[open_[0]][2]))))
                open_ = (idx, m.start())
    if open_ is not None:
        out.append((open_, (open_[0], len(sents[open_[0]][2]))))
    return a, sents, sorted(out)


def show(data: Path, trip: str, n: str, year: str) -> None:
    """Print the article with its spans tagged: gold/speakers-basil8's printer, this finder."""
    path = Path(__file__).resolve().parents[1] / "speakers-basil8" / "spans.py"
    spec = importlib.util.spec_from_file_location("speakers_basil8_spans", path)
    basil8 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(basil8)
    basil8.show(data, trip, n, year, finder=spans)


if __name__ == "__main__":
    show(Path(sys.argv[1]), *sys.argv[2:5])
