"""Write the six session-23 fresh entity-gold stories as compare inputs, one JSON per report.

Usage: python gold/entities-fresh4/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<story>/*.json --format json   (its `entities` list)
NeuS raw rows as gold/audit-neus does; rows asked for by the session-23 brief, none used elsewhere.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_rows

DEV = (54, 56, 58)  # line index in the jsonl, 0-based
HELD_OUT = (62, 70, 72)


def main(data: str, out: str) -> None:
    """One directory per story: neus<row>/{left,center,right}.json."""
    write_rows(data, out, DEV + HELD_OUT)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
