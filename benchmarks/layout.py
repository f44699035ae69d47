"""Where the benchmarks run and write, and how wide their tables print.

Shared by the runner (``benchmarks/run.py``) and the legs it calls, which cannot import
the runner without importing one another through it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"  # gitignored: corpora, stores, results

# Piped output (make bench > log) gets a readable width instead of rich's 80 columns.
PIPED_WIDTH = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 140
