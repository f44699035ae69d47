"""Build ``data/verb_senses.tsv.gz``: each English verb's commonest WordNet senses, to
tell two verbs that name one act (issue 12, session 33).

Runs with WordNet 3.0's database folder (Debian's ``wordnet-base`` package puts it in
/usr/share/wordnet; the same files ship in the WordNet 3.0 tarball):

    python scripts/build_verb_senses.py [/usr/share/wordnet] [--check]

Outlets open on one act in different verbs ("signed" / "ratified", "fired" /
"dismissed", "killed" / "defeated" a bill); the pair model scores such leads under
its bar, and the static embedding puts a verb nearer its opposite than its synonym
(docs/eval-compare.md, session 33: "approved" / "rejected" 0.49, "rejected" /
"turned down" 0.05). WordNet groups verbs by sense (synsets) and links opposites
(antonym pointers). Each line is ``lemma<TAB>senses<TAB>opposites``: the synset
offsets of the lemma's first :data:`SENSES` senses (WordNet's order, commonest first;
a rare sense joins unlike acts: "pass" is also "die"), and the synsets any sense of it
is an antonym of. Lemmas with spaces for WordNet's underscores ("shoot down").
``--check`` rebuilds and compares byte for byte.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from wordnet_db import WordNetReader, read_synset_links, write_or_check  # noqa: E402

OUT = ROOT / "src/newsprism/data/verb_senses.tsv.gz"
SENSES = 3
HEADER = """\
# Each verb's commonest WordNet senses and its senses' opposites, for compare/verb_senses.py.
# Derived by scripts/build_verb_senses.py from WordNet 3.0 (Princeton University; licence:
# "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved." Permission to use,
# copy, modify and distribute this software and database and its documentation for any purpose
# and without fee or royalty is hereby granted, provided that the copyright notice and these
# statements appear on all copies; THE SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton
# University or Princeton may not be used in advertising or publicity pertaining to distribution
# of the software and/or database. Title to copyright remains with Princeton University.)
# data.verb sha256: {digest}
# lemma	first {senses} synset offsets (commonest first)	synsets an antonym of any sense
"""


def entries(reader: WordNetReader) -> list[str]:
    """One line per verb lemma that has a synonym in its first senses or an opposite."""
    out = []
    for lemma, offsets in sorted(reader.index["verb"].items()):
        first = offsets[:SENSES]
        shared = any(len(reader.synset("verb", o)[2]) > 1 for o in first)
        opposite = sorted({target for o in offsets
                           for symbol, pos, target in read_synset_links(reader, "verb", o)[0]
                           if symbol == "!" and pos == "verb"})  # fmt: skip
        if shared or opposite:
            out.append(f"{lemma.replace('_', ' ')}\t{' '.join(map(str, first))}\t"
                       f"{' '.join(map(str, opposite))}")
    return out


def build(folder: Path) -> bytes:
    """The gzipped table (fixed mtime, so a rebuild is byte-identical)."""
    digest = hashlib.sha256((folder / "data.verb").read_bytes()).hexdigest()[:16]
    text = HEADER.format(digest=digest, senses=SENSES) + "\n".join(entries(
        WordNetReader(folder))) + "\n"  # fmt: skip
    return gzip.compress(text.encode("utf-8"), mtime=0)


def main() -> None:
    write_or_check(OUT, build, __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
