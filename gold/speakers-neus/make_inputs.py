"""Write the eight NeuS-AllSides stories of this speaker gold as compare inputs.

The same conversion as ``gold/audit-neus/make_inputs.py`` (one JSON item per report,
paragraphs joined by a blank line), with this gold's rows.

Usage: python gold/speakers-neus/make_inputs.py ../shared/data OUT_DIR
then:  newsprism compare OUT_DIR/<id>/*.json
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_rows

DEV = (330, 342, 355, 369)  # line index in the jsonl, 0-based
HELD_OUT = (338, 350, 363, 374)  # read once, at the end
ROWS = DEV + HELD_OUT


def main(data: str, out: str, rows: tuple[int, ...] = ROWS) -> None:
    """One directory per story (its AllSides id), one <side>.json per report inside."""
    write_rows(data, out, rows, lambda i, row: str(row["id"]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
