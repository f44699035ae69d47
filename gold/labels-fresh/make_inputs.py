"""Write the four label-gold NeuS-AllSides stories as compare inputs, one JSON item per report.

Same conversion as gold/audit-neus/make_inputs.py (title, paragraphs joined by blank lines,
source, date, url), for this gold's own rows.

Usage: python gold/labels-fresh/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<id>/*.json
"""
import json
import sys
from pathlib import Path

ROWS = (380, 388, 396, 427)  # line index in the jsonl, 0-based (425 has a 2-paragraph report)
FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def main(data: str, out: str) -> None:
    """One directory per story (its AllSides id), one <side>.json per report present."""
    lines = Path(data, FILE).read_text(encoding="utf-8").splitlines()
    for i in ROWS:
        row = json.loads(lines[i])
        folder = Path(out, str(row["id"]))
        folder.mkdir(parents=True, exist_ok=True)
        for side, news in row["news"].items():
            item = {"title": news["newsTitle"], "text": "\n\n".join(news["newBody"]),
                    "source": news["newsSource"], "date": row["date"], "url": news["newsLink"]}
            (folder / f"{side}.json").write_text(json.dumps(item, ensure_ascii=False, indent=1),
                                                 encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
