"""Write the six session-21 fresh entity-gold stories as compare inputs, one JSON per report.

Usage: python gold/entities-fresh2/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<story>/*.json --format json   (its `entities` list)
NeuS raw rows as gold/audit-neus does. Asked for rows 150, 165, 185, 205, 225, 290; each
moved to the next row not used elsewhere whose three reports all have 3+ paragraphs.
"""
import json
import sys
from pathlib import Path

DEV = (152, 166, 188)  # line index in the jsonl, 0-based
HELD_OUT = (205, 227, 295)
FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def _write(path: Path, item: dict) -> None:
    path.write_text(json.dumps(item, ensure_ascii=False, indent=1), encoding="utf-8")


def main(data: str, out: str) -> None:
    """One directory per story: neus<row>/{left,center,right}.json."""
    lines = Path(data, FILE).read_text(encoding="utf-8").splitlines()
    for i in DEV + HELD_OUT:
        row = json.loads(lines[i])
        folder = Path(out, f"neus{i}")
        folder.mkdir(parents=True, exist_ok=True)
        for side in ("left", "center", "right"):
            news = row["news"][side]
            _write(folder / f"{side}.json",
                   {"title": news["newsTitle"], "text": "\n\n".join(news["newBody"]),
                    "source": news["newsSource"], "date": row["date"], "url": news["newsLink"]})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
