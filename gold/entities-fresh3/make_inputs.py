"""Write the six session-22 fresh entity-gold stories as compare inputs, one JSON per report.

Usage: python gold/entities-fresh3/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<story>/*.json --format json   (its `entities` list)
NeuS raw rows as gold/audit-neus does. Asked for rows 7, 17, 27, 47, 57, 67; row 27 (the
September jobs report) is named in docs/eval-framing.md, so row 37 was taken instead.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_rows

DEV = (7, 17, 37)  # line index in the jsonl, 0-based
HELD_OUT = (47, 57, 67)


def main(data: str, out: str) -> None:
    """One directory per story: neus<row>/{left,center,right}.json."""
    write_rows(data, out, DEV + HELD_OUT)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
