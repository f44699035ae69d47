"""The shipped ``data/thing_names.tsv.gz`` is what its committed build script makes from
WordNet 3.0's files (``make test`` installs Debian's ``wordnet-base``), as for the
field-term table (session 28)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")


def test_the_shipped_thing_name_table_rebuilds_byte_for_byte() -> None:
    assert (WORDNET / "data.noun").is_file(), "WordNet 3.0 files missing: run `make test`"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_thing_names.py"), str(WORDNET), "--check"],
        capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "identical" in done.stdout
