"""Build ``src/newsprism/data/fixed_pairs.tsv.gz``: set two-word phrases of general English.

A field's plain term often comes as a fixed pair ("punitive damages", "racial
profiling", "iron out"): the pair is how the field names the thing, so the word in it
is no outlet's choice, however loaded it looks alone (docs/eval-framing.md, "Session 26:
plain terms"). Which pairs are fixed is read from a frequency table of a corpus outside
every evaluation set, shipped by a package: symspellpy's English unigram and bigram
dictionaries (MIT licence; counts from the Google Books Ngram data, CC BY 3.0, joined
with SCOWL by SymSpell's author). A pair is kept when both words are alphabetic, neither
is among the unigram list's 300 commonest words (function words: "of the" is no term),
except a verb's particle as the second word ("iron out", "ramp up"), and its pointwise
mutual information is at least ``MIN_PMI`` bits.

symspellpy is not a dependency: fetch its wheel once and point this script at it::

    pip download --no-deps -d /tmp/sym symspellpy==6.10.1
    unzip -o /tmp/sym/symspellpy-6.10.1-py3-none-any.whl -d /tmp/sym
    python scripts/build_fixed_pairs.py /tmp/sym/symspellpy
    python scripts/build_fixed_pairs.py /tmp/sym/symspellpy --check

The output is deterministic (sorted, fixed header, gzip without a time stamp), so
``--check`` compares it with the committed file byte for byte.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/newsprism/data/fixed_pairs.tsv.gz"
UNIGRAMS = "frequency_dictionary_en_82_765.txt"
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
COMMON = 300  # the commonest unigrams: function words, never half of a term
PARTICLES = frozenset({"up", "out", "down", "off", "back", "over", "away"})  # "iron out"
MIN_PMI = 6.0  # bits; the bigram list keeps only pairs seen 6.4 million times or more
HEADER = """\
# Fixed two-word phrases of general English, for the framing detector's plain terms.
# Derived by scripts/build_fixed_pairs.py from symspellpy 6.10.1 (PyPI, MIT licence,
# copyright (c) 2025 mmb L and (c) 2021 Wolf Garbe): {uni} (sha256 {uni_sha})
# and {bi} (sha256 {bi_sha}), counts from the Google Books Ngram data
# (CC BY 3.0). Kept: both words alphabetic, neither among the {common} commonest
# unigrams but a particle second ({particles}), pointwise mutual information
# >= {pmi} bits.
# Columns: first word <TAB> second word (lower case).
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pairs(folder: Path) -> list[tuple[str, str]]:
    """The kept pairs, sorted."""
    counts: dict[str, int] = {}
    order: list[str] = []
    for line in (folder / UNIGRAMS).read_text("utf-8").splitlines():
        word, count = line.split()
        counts[word] = int(count)
        order.append(word)
    common = set(order[:COMMON])
    total = sum(counts.values())
    kept = []
    for line in (folder / BIGRAMS).read_text("utf-8").splitlines():
        a, b, count = line.split()
        if not (a.isalpha() and b.isalpha()) or a in common or (b in common and b not in PARTICLES):
            continue
        if a not in counts or b not in counts:
            continue
        if math.log2(int(count) * total / (counts[a] * counts[b])) >= MIN_PMI:
            kept.append((a.lower(), b.lower()))
    return sorted(set(kept))


def render(folder: Path) -> bytes:
    """The gzip file's bytes: the header and one pair a line, no time stamp."""
    head = HEADER.format(uni=UNIGRAMS, uni_sha=_sha(folder / UNIGRAMS), bi=BIGRAMS,
                         bi_sha=_sha(folder / BIGRAMS), common=COMMON, pmi=MIN_PMI,
                         particles=", ".join(sorted(PARTICLES)))  # fmt: skip
    text = head + "".join(f"{a}\t{b}\n" for a, b in pairs(folder))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def check_or_write(out: Path, data: bytes, check: bool) -> None:
    """Write a rebuilt shipped file, or with ``check`` only say whether the shipped one is
    the same to the byte (exit 1 when it differs), as a reviewer re-runs the build."""
    if check:
        same = out.exists() and out.read_bytes() == data
        print("same" if same else "differs")
        sys.exit(0 if same else 1)
    out.write_bytes(data)
    print(f"{out}: {len(data)} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="symspellpy's package folder")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    check_or_write(OUT, render(args.folder), args.check)


if __name__ == "__main__":
    main()
