"""Build ``data/field_terms.tsv.gz``: words whose commonest WordNet sense is a field's term.

Runs with WordNet 3.0's database folder (Debian's ``wordnet-base`` package puts it in
/usr/share/wordnet; the same files ship in the WordNet 3.0 tarball):

    python scripts/build_field_terms.py [/usr/share/wordnet] [--check]

Session 28 (issue 14, docs/eval-framing.md "Session 28: ordinary words"): the detector's
commonest wrong flag is an ordinary or technical word in the outlet's voice ("looters",
"alphabetical", "zoonotic", "teeing up"). WordNet labels the first (commonest) sense
of such a word in two ways that say "a field's term, not a judgement":

- ``domain``: the sense has a topic-domain pointer (``;c``) to a field ("looter":
  crime; "tee": golf; "catalyze": chemistry; "stipulation": law);
- ``pert``: an adjective whose sense is a relational one (lexicographer file
  ``adj.pert``: "alphabetical" relating to the alphabet, "zoonotic", "suborbital").

Each line is ``lemma<TAB>pos<TAB>kind<TAB>domain word`` (pos noun/verb/adj/adv, lemma
lower case with spaces for WordNet's underscores). ``--check`` rebuilds and compares
byte for byte.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from wordnet_db import POS, WordNetReader, gzipped_table, write_or_check  # noqa: E402

OUT = ROOT / "src/newsprism/data/field_terms.tsv.gz"
HEADER = """\
# Words whose commonest WordNet sense is a field's term, for the framing detector's plain words.
# Derived by scripts/build_field_terms.py from WordNet 3.0 (Princeton University; licence:
# "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved." Permission to use,
# copy, modify and distribute this software and database and its documentation for any purpose
# and without fee or royalty is hereby granted, provided that the copyright notice and these
# statements appear on all copies; THE SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton
# University or Princeton may not be used in advertising or publicity pertaining to distribution
# of the software and/or database. Title to copyright remains with Princeton University.)
# data files' sha256: {sums}
# Kept: the lemma's first sense has a topic-domain pointer (kind domain, with the domain's
# first word) or is a relational adjective (lexicographer file adj.pert; kind pert).
# lemma	pos	kind	domain
"""


def entries(reader: WordNetReader) -> list[str]:
    """One line per lemma and part of speech whose first sense is a field's term."""
    out = []
    for pos in POS:
        for lemma, offsets in reader.index[pos].items():
            name, domains, _words = reader.synset(pos, offsets[0])
            word = lemma.replace("_", " ")
            if domains:
                field = reader.synset("noun", domains[0])[2][0].replace("_", " ")
                out.append(f"{word}\t{pos}\tdomain\t{field}")
            elif name == "adj.pert":
                out.append(f"{word}\t{pos}\tpert\t")
    return sorted(out)


def build(folder: Path) -> bytes:
    """The gzipped table (fixed mtime, so a rebuild is byte-identical)."""
    return gzipped_table(folder, HEADER, entries)


def main() -> None:
    write_or_check(OUT, build, __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
