"""Write the eight audited NeuS-AllSides stories as compare inputs, one JSON item per report.

Usage: python gold/audit-neus/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<id>/*.json
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_rows

ROWS = (300, 304, 310, 313, 314, 320, 324, 327)  # line index in the jsonl, 0-based


def main(data: str, out: str) -> None:
    """One directory per story (its AllSides id), left/center/right.json inside."""
    write_rows(data, out, ROWS, lambda i, row: str(row["id"]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
