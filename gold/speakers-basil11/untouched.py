"""Count, and print, the quoted spans of BASIL 2010-12 that no gold quote touches.

A span is gold/speakers-basil10's (every pair of double marks, run-on paragraphs
closed); it is *touched* when a ``quotes`` entry of any gold file under gold/ (speaker,
compare and quote-variant golds) overlaps it in some sentence. Used to choose this
gold's stories before any was read, and to print the chosen articles for annotation
(untouched spans as [Qn|...]Qn, touched ones as [en|...]en):

    python gold/speakers-basil11/untouched.py ../shared/data            # counts
    python gold/speakers-basil11/untouched.py ../shared/data TRIPLET N  # one article
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "speakers-basil10"))
from spans import spans

GOLD = Path(__file__).resolve().parents[1]
YEARS = ("2010", "2011", "2012")


def gold_touches() -> dict[tuple, list[tuple[int, int, str]]]:
    """(triplet, article, paragraph, sentence) -> [(start, end, gold)] of every gold quote."""
    touch: dict[tuple, list[tuple[int, int, str]]] = defaultdict(list)
    for path in sorted(GOLD.glob("*/*.json")):
        if path.parent.name == "speakers-basil11":
            continue
        d = json.loads(path.read_text("utf-8"))
        trip = isinstance(d, dict) and (d.get("triplet") or d.get("story"))
        for q in d.get("quotes", []) if trip else []:
            if "ref" in q:
                n, p, s = q["ref"].split(":")
                touch[(trip, n, int(p), int(s))].append((q["start"], q["end"], path.parent.name))
    return touch


def untouched(trip: str, n: str, year: str, data: Path, touch: dict) -> list[bool]:
    """For each span of the finder, in its order: True when no gold quote overlaps it."""
    _, sents, found = spans(trip, n, year, data)
    out = []
    for (i0, o0), (i1, o1) in found:
        hit = False
        for idx in range(i0, i1 + 1):
            p, s, text = sents[idx]
            start, end = (o0 if idx == i0 else 0), (o1 if idx == i1 else len(text))
            hit |= any(gs < end and start < ge for gs, ge, _ in touch.get((trip, n, p, s), []))
        out.append(not hit)
    return out


def counts(data: Path) -> None:
    """Untouched / all spans per triplet of 2010-12, most untouched first."""
    touch, rows = gold_touches(), []
    for year in YEARS:
        by: dict[str, list] = defaultdict(list)
        for f in sorted((data / "basil" / "articles" / year).glob("*.json")):
            trip, n = f.stem.rsplit("_", 1)
            free = untouched(trip, n, year, data, touch)
            by[trip].append((n, sum(free), len(free)))
        rows += [(sum(a[1] for a in arts), year, t, arts) for t, arts in by.items()]
    for free, year, trip, arts in sorted(rows, key=lambda r: (-r[0], r[2])):
        print(year, trip, free, " ".join(f"{n}:{u}/{a}" for n, u, a in arts))


def show(data: Path, trip: str, n: str) -> None:
    """The article, untouched spans tagged [Qn|, touched ones [en|."""
    year = next(y for y in YEARS if (data / "basil" / "articles" / y / f"{trip}_{n}.json").exists())
    a, sents, found = spans(trip, n, year, data)
    free = untouched(trip, n, year, data, gold_touches())
    print(a["source"], a["title"], a["date"])
    tags: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for k, ((i0, o0), (i1, o1)) in enumerate(found):
        mark = "Q" if free[k] else "e"
        tags[i0].append((o0, f"[{mark}{k}|"))
        where = "" if i1 == i0 else f"(end {sents[i1][0]}:{sents[i1][1]})"
        tags[i1].append((o1, f"]{mark}{k}{where}"))
    for idx, (pi, si, s) in enumerate(sents):
        for off, tag in sorted(tags.get(idx, []), reverse=True):
            s = s[:off] + tag + s[off:]
        print(f"{n}:{pi}:{si}  {s}")


if __name__ == "__main__":
    if len(sys.argv) > 2:
        show(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    else:
        counts(Path(sys.argv[1]))
