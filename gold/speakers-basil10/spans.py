"""Find and print every quoted span of one BASIL article, as [Qn|offset: ... ]Qn, for
annotation by hand.

The pairs are gold/speakers-basil9's (every pair of double quotation marks, curly or
straight, across sentences; an opening mark never closed runs to the end of its
sentence). One addition, the newspaper convention for a quotation that runs over
paragraphs: the paragraph a quotation leaves carries no closing mark and the next one
opens again. So a mark that starts a paragraph while a span opened in an earlier
paragraph is open closes that span at the end of the paragraph before and opens a new
one; basil9's finder read that mark as the closing one and paired every mark after it
off by one.

    python gold/speakers-basil10/spans.py ../shared/data TRIPLET N YEAR
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

Mark = tuple[int, int]  # (sentence index, offset)


def spans(trip: str, n: str, year: str, data: Path):
    """(article, [(paragraph, sentence, text)], [(open, close)]), in order of the
    opening mark."""
    a = json.loads((data / "basil" / "articles" / year / f"{trip}_{n}.json").read_text("utf-8"))
    sents = [(pi, si, s) for pi, p in enumerate(a["body-paragraphs"]) for si, s in enumerate(p)]
    out: list[tuple[Mark, Mark]] = []
    open_: Mark | None = None
    for idx, (pi, si, s) in enumerate(sents):
        for m in re.finditer("[\"\u201c\u201d]", s):
            c = m.group()
            new_paragraph = si == 0 and m.start() == 0 and c in "\"\u201c"
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
