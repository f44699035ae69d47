"""Write the eight NeuS-AllSides stories of this speaker gold as compare inputs.

The same conversion as ``gold/audit-neus/make_inputs.py`` (one JSON item per report,
paragraphs joined by a blank line), with this gold's rows.

Usage: python gold/speakers-neus/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<id>/*.json
"""
import json
import sys
from pathlib import Path

DEV = (330, 342, 355, 369)  # line index in the jsonl, 0-based
HELD_OUT = (338, 350, 363, 374)  # read once, at the end
ROWS = DEV + HELD_OUT
FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def main(data: str, out: str, rows: tuple[int, ...] = ROWS) -> None:
    """One directory per story (its AllSides id), one <side>.json per report inside."""
    lines = Path(data, FILE).read_text(encoding="utf-8").splitlines()
    for i in rows:
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
