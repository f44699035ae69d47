"""Build ``src/newsprism/data/affect_cues.tsv`` from the VADER lexicon (MIT licence).

The framing detector's optional affect cues are the single words of VADER's lexicon
(Hutto and Gilbert, ICWSM 2014) whose mean human valence is at most -1.0. The file
ships in the package so that nothing is downloaded at run time; the detector applies
its own, stricter threshold (``[cues]`` in ``data/framing.toml``).

VADER is not a dependency: fetch its wheel once and point this script at the lexicon::

    pip download --no-deps -d /tmp/vader vaderSentiment==3.3.2
    unzip -o /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl -d /tmp/vader
    python scripts/build_affect_cues.py /tmp/vader/vaderSentiment/vader_lexicon.txt
    python scripts/build_affect_cues.py /tmp/vader/vaderSentiment/vader_lexicon.txt --check

The output is deterministic (sorted, fixed header), so ``--check`` can compare it with
the committed file byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newsprism" / "data" / "affect_cues.tsv"
MAX_VALENCE = -1.0
LICENCE = """\
# Derived from vader_lexicon.txt of vaderSentiment 3.3.2 (PyPI), by
# scripts/build_affect_cues.py: single alphabetic words with mean valence <= {max}.
# Source sha256: {sha}
# Columns: word <TAB> mean valence (-4 most negative .. +4 most positive).
#
# The MIT License (MIT)
#
# Copyright (c) 2016 C.J. Hutto
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
"""


def build(source: Path) -> str:
    """The TSV text for the lexicon at ``source``."""
    raw = source.read_bytes()
    rows = []
    for line in raw.decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].isalpha() or not parts[0].isascii():
            continue
        valence = float(parts[1])
        if valence <= MAX_VALENCE:
            rows.append((parts[0].lower(), valence))
    header = LICENCE.format(max=MAX_VALENCE, sha=hashlib.sha256(raw).hexdigest())
    body = "".join(f"{word}\t{valence:.1f}\n" for word, valence in sorted(set(rows)))
    return header + body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lexicon", type=Path, help="vader_lexicon.txt from vaderSentiment 3.3.2")
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    args = parser.parse_args()
    text = build(args.lexicon)
    if args.check:
        same = OUT.read_text("utf-8") == text
        print("affect_cues.tsv is up to date" if same else "affect_cues.tsv differs: rebuild it")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - LICENCE.count(chr(10))} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
