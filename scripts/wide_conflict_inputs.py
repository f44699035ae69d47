"""Write the wide false-conflict check inputs: all 50 BASIL triplets and NeuS-AllSides raw
rows 400-419, one compare JSON item per report ({"title", "text", "source", "date", "url"}).

Usage: python scripts/wide_conflict_inputs.py ../shared/data OUT [FIRST LAST]
(FIRST LAST: other NeuS rows, LAST excluded; "0 506" gives the 555 stories of sessions
18 and 19: the 50 triplets and the 505 rows of two or more reports)
then:  newsprism compare OUT/basil/<uuid8>/*.json --format json (and OUT/neus/<row>_<id>/*.json)
(docs/eval-compare.md, "Acts refused and titles of one office").
"""
import ast
import json
import sys
from pathlib import Path

data, out = Path(sys.argv[1]), Path(sys.argv[2])
for year in sorted((data / "basil/articles").iterdir()):
    uuids = sorted({p.name.rsplit("_", 1)[0] for p in year.glob("*_1.json")})
    for u in uuids:
        folder = out / "basil" / u[:8]
        folder.mkdir(parents=True, exist_ok=True)
        for n in (1, 2, 3):
            p = year / f"{u}_{n}.json"
            if not p.exists():
                continue
            raw = json.loads(p.read_text())
            paras = raw["body-paragraphs"]
            if isinstance(paras, str):
                paras = ast.literal_eval(paras)
            text = "\n\n".join(" ".join(s) for s in paras)
            item = {"title": raw["title"], "text": text, "source": raw["source"],
                    "date": raw["date"], "url": raw.get("url", "")}
            (folder / f"{n}.json").write_text(json.dumps(item, ensure_ascii=False))
NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
lines = (data / NEUS).read_text().splitlines()
first, last = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (400, 420)
for i in range(first, last):
    row = json.loads(lines[i])
    folder = out / "neus" / f"{i}_{row['id']}"
    folder.mkdir(parents=True, exist_ok=True)
    for side in ("left", "center", "right"):
        news = row["news"].get(side)
        if not news or not news.get("newBody"):
            continue
        item = {"title": news["newsTitle"], "text": "\n\n".join(news["newBody"]),
                "source": news["newsSource"], "date": row["date"], "url": news["newsLink"]}
        (folder / f"{side}.json").write_text(json.dumps(item, ensure_ascii=False))
