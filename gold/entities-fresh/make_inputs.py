"""Write the six fresh entity-gold stories as compare inputs, one JSON item per report.

Usage: python gold/entities-fresh/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<story>/*.json --format json   (its `entities` list)
NeuS raw rows 160, 180, 200, 220 (each has three reports) as gold/audit-neus does; the
first two 2013 BASIL triplets (sorted uuids) not in gold/compare-basil, as
scripts/wide_conflict_inputs.py writes them.
"""
import ast
import json
import sys
from pathlib import Path

ROWS = (160, 180, 200, 220)  # line index in the jsonl, 0-based
FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
BASIL = ("526cabb7-02a3-4adb-8e90-ec781c40c498", "68748e7f-cf6e-4ac7-8504-454c0876880d")


def _write(path: Path, item: dict) -> None:
    path.write_text(json.dumps(item, ensure_ascii=False, indent=1), encoding="utf-8")


def main(data: str, out: str) -> None:
    """One directory per story: neus<row>/{left,center,right}.json, basil<uuid8>/{1,2,3}.json."""
    lines = Path(data, FILE).read_text(encoding="utf-8").splitlines()
    for i in ROWS:
        row = json.loads(lines[i])
        folder = Path(out, f"neus{i}")
        folder.mkdir(parents=True, exist_ok=True)
        for side in ("left", "center", "right"):
            news = row["news"][side]
            _write(folder / f"{side}.json",
                   {"title": news["newsTitle"], "text": "\n\n".join(news["newBody"]),
                    "source": news["newsSource"], "date": row["date"], "url": news["newsLink"]})
    for uuid in BASIL:
        folder = Path(out, f"basil{uuid[:8]}")
        folder.mkdir(parents=True, exist_ok=True)
        for n in (1, 2, 3):
            raw = json.loads(Path(data, "basil/articles/2013", f"{uuid}_{n}.json").read_text())
            paras = raw["body-paragraphs"]
            if isinstance(paras, str):
                paras = ast.literal_eval(paras)
            _write(folder / f"{n}.json",
                   {"title": raw["title"], "text": "\n\n".join(" ".join(s) for s in paras),
                    "source": raw["source"], "date": raw["date"], "url": raw.get("url", "")})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
