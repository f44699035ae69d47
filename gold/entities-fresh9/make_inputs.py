"""Write the eight session-39 fresh entity-gold stories as compare inputs, one JSON per report.

Usage: python gold/entities-fresh9/make_inputs.py ../shared/data OUT_DIR
then:  python scripts/entity_rows.py OUTDIR OUT_DIR/neus*   (the `entities` lists)
Rows chosen by scripts/entity_fresh_rows.py (README.md says how).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_rows

DEV = (32, 38, 229, 485)  # line index in the jsonl, 0-based
HELD_OUT = (224, 228, 250, 306)


def main(data: str, out: str) -> None:
    """One directory per story: neus<row>/{left,center,right}.json."""
    write_rows(data, out, DEV + HELD_OUT)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
