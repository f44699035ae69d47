"""Write NeuS-AllSides raw-crawl rows as `newsprism compare` inputs, one JSON item per report.

The one conversion every gold made from the raw crawl uses (gold/audit-neus,
gold/entities-fresh, gold/entities-fresh2, gold/labels-fresh): the title, the
paragraphs joined by blank lines, the source (with AllSides' OPINION tag, session 24:
:func:`newsprism.eval.neus_raw.source_of`, which the compare eval
reads the crawl with too), the row's date and the link.

Usage: python scripts/neus_raw_inputs.py ../shared/data OUT_DIR ROW [ROW ...]
then:  newsprism compare OUT_DIR/neus<ROW>/*.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from newsprism.eval.neus_raw import CRAWL, source_of

FILE = CRAWL  # the crawl file, as the compare eval reads it


def write_json(path: Path, item: dict) -> None:
    """One compare input, UTF-8, indented as the golds' inputs are."""
    path.write_text(json.dumps(item, ensure_ascii=False, indent=1), encoding="utf-8")


def write_rows(data: str | Path, out: str | Path, rows: Iterable[int],
               folder: Callable[[int, dict], str] = lambda i, row: f"neus{i}") -> None:
    """One directory per row (named by ``folder``: ``neus<row>`` unless told), one
    ``<side>.json`` per report the row has (left, center, right)."""
    lines = Path(data, FILE).read_text(encoding="utf-8").splitlines()
    for i in rows:
        row = json.loads(lines[i])
        where = Path(out, folder(i, row))
        where.mkdir(parents=True, exist_ok=True)
        for side, news in row["news"].items():
            write_json(where / f"{side}.json",
                       {"title": news["newsTitle"], "text": "\n\n".join(news["newBody"]),
                        "source": source_of(news), "date": row["date"],
                        "url": news["newsLink"]})


if __name__ == "__main__":
    write_rows(sys.argv[1], sys.argv[2], [int(r) for r in sys.argv[3:]])
