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

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_json, write_rows

ROWS = (160, 180, 200, 220)  # line index in the jsonl, 0-based
BASIL = ("526cabb7-02a3-4adb-8e90-ec781c40c498", "68748e7f-cf6e-4ac7-8504-454c0876880d")


def main(data: str, out: str) -> None:
    """One directory per story: neus<row>/{left,center,right}.json, basil<uuid8>/{1,2,3}.json."""
    write_rows(data, out, ROWS)
    for uuid in BASIL:
        folder = Path(out, f"basil{uuid[:8]}")
        folder.mkdir(parents=True, exist_ok=True)
        for n in (1, 2, 3):
            raw = json.loads(Path(data, "basil/articles/2013", f"{uuid}_{n}.json").read_text())
            paras = raw["body-paragraphs"]
            if isinstance(paras, str):
                paras = ast.literal_eval(paras)
            write_json(folder / f"{n}.json",
                   {"title": raw["title"], "text": "\n\n".join(" ".join(s) for s in paras),
                    "source": raw["source"], "date": raw["date"], "url": raw.get("url", "")})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
