"""Write the four label-gold NeuS-AllSides stories as compare inputs, one JSON item per report.

Same conversion as gold/audit-neus/make_inputs.py (title, paragraphs joined by blank lines,
source, date, url), for this gold's own rows.

Usage: python gold/labels-fresh/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<id>/*.json
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_rows

ROWS = (380, 388, 396, 427)  # line index in the jsonl, 0-based (425 has a 2-paragraph report)


def main(data: str, out: str) -> None:
    """One directory per story (its AllSides id), one <side>.json per report present."""
    write_rows(data, out, ROWS, lambda i, row: str(row["id"]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
