"""Find and print every pair of double quotation marks (curly or straight, across
sentences) in one BASIL article, as [Qn|offset: ... ]Qn, for annotation by hand.

    python gold/speakers-basil8/spans.py ../shared/data TRIPLET N YEAR
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def spans(trip: str, n: str, year: str, data: Path = DATA):
    """(article, [(paragraph, sentence, text)], [((i0, o0), (i1, o1))]): sentence index
    and offset of each opening and closing mark."""
    a = json.loads((data / "basil" / "articles" / year / f"{trip}_{n}.json").read_text("utf-8"))
    sents = [(pi, si, s) for pi, p in enumerate(a["body-paragraphs"]) for si, s in enumerate(p)]
    out, open_ = [], None
    for idx, (_, _, s) in enumerate(sents):
        for m in re.finditer("[\"\u201c\u201d]", s):
            c = m.group()
            if open_ is None and c in "\"\u201c":
                open_ = (idx, m.start())
            elif open_ is not None and c in "\"\u201d":
                out.append((open_, (idx, m.end())))
                open_ = None
            elif open_ is not None:
                open_ = (idx, m.start())  # a second opening mark: start again there
    return a, sents, out


def show(data: Path, trip: str, n: str, year: str, finder=None) -> None:
    """Print the article with its spans tagged; ``finder`` is another gold's span finder
    of the same signature (gold/speakers-basil9 passes its own), this one's by default."""
    a, sents, found = (finder or spans)(trip, n, year, data)
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
