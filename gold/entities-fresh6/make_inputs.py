"""Write the six session-31 fresh entity-gold stories as compare inputs, one JSON per report.

Usage: python gold/entities-fresh6/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<story>/*.json --format json   (its `entities` list)
NeuS raw rows as gold/audit-neus does; rows chosen by the rule in README.md.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_rows

DEV = (293, 422, 478)  # line index in the jsonl, 0-based
HELD_OUT = (307, 454, 471)


def main(data: str, out: str) -> None:
    """One directory per story: neus<row>/{left,center,right}.json."""
    write_rows(data, out, DEV + HELD_OUT)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
