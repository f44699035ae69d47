"""Find and print every quoted span of one BASIL article, as [Qn|offset: ... ]Qn, for
annotation by hand.

The pairs are gold/speakers-basil8's (every pair of double quotation marks, curly or
straight, across sentences). One addition: an opening curly mark that is never closed
(a second opening mark comes first, or the article ends) is a span too, running to the
end of its own sentence; basil8's finder dropped it, and with it the quote.

    python gold/speakers-basil9/spans.py ../shared/data TRIPLET N YEAR
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

Mark = tuple[int, int]  # (sentence index, offset)


def spans(trip: str, n: str, year: str, data: Path):
    """(article, [(paragraph, sentence, text)], [(open, close)]), in order of the
    opening mark; an unclosed opening closes at its sentence's end."""
    a = json.loads((data / "basil" / "articles" / year / f"{trip}_{n}.json").read_text("utf-8"))
    sents = [(pi, si, s) for pi, p in enumerate(a["body-paragraphs"]) for si, s in enumerate(p)]
    out: list[tuple[Mark, Mark]] = []
    open_: Mark | None = None
    for idx, (_, _, s) in enumerate(sents):
        for m in re.finditer("[\"\u201c\u201d]", s):
            c = m.group()
            if open_ is None and c in "\"\u201c":
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
    a, sents, found = spans(trip, n, year, data)
    print(a["source"], a["title"], a["date"])
    tags: dict[int, list[tuple[int, str]]] = {}
    for k, ((i0, o0), (i1, o1)) in enumerate(found):
        tags.setdefault(i0, []).append((o0, f"[Q{k}|{o0}:"))
        where = "" if i1 == i0 else f"(end {o1} in {sents[i1][0]}:{sents[i1][1]})"
        tags.setdefault(i1, []).append((o1, f"]Q{k}{where}"))
    for idx, (pi, si, s) in enumerate(sents):
        for off, tag in sorted(tags.get(idx, []), reverse=True):
            s = s[:off] + tag + s[off:]
        print(f"{n}:{pi}:{si}  {s}")


if __name__ == "__main__":
    show(Path(sys.argv[1]), *sys.argv[2:5])
