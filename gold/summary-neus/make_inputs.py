"""Write the NeuS raw-crawl rows of gold/summary-neus as compare inputs.

Usage: python gold/summary-neus/make_inputs.py ../shared/data OUT_DIR [--held-out]
(``--held-out``: the rows of held_out.json, session 23, instead of gold.json's)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from neus_raw_inputs import write_rows

ROWS = (4, 13, 23, 33, 53, 65, 83, 93,  # line index in the jsonl, 0-based (session 22)
        89, 91, 92)  # session 23, development
HELD_OUT = (193, 197, 203, 214, 223)  # session 22: read once, at the end (no gold)
HELD_OUT_GOLD = (94, 96, 97)  # session 23: held_out.json, scored once, at the end

if __name__ == "__main__":
    write_rows(sys.argv[1], sys.argv[2], HELD_OUT_GOLD if "--held-out" in sys.argv else ROWS)
