"""Build ``data/thing_names.tsv.gz``: two-word names of kinds of things, adjective first.

WordNet 3.0 lists lexicalised compounds as nouns of their own ("unleaded_gasoline",
"crude_oil", "nuclear_weapon"). When every sense of such a compound is a concrete kind
of thing — a lexicographer file of animals, artifacts, body parts, foods, natural
objects, plants or substances — its adjective names which kind, and no outlet or source
chose it to judge: CNBC's "a gallon of unleaded gasoline" is the pump's word
(docs/eval-framing.md, session 36's reading and session 38). A compound with any other
sense is left out, so that a figure stays ("red herring" is a fish *and* a diversion;
"silver bullet", "sacred cow", "ivory tower" have no concrete sense only).

Kept: two-word noun lemmas whose first word is a WordNet adjective (alphabetic) and
whose every sense is in noun.animal, noun.artifact, noun.body, noun.food, noun.object,
noun.plant or noun.substance. Each line is ``adjective<TAB>noun<TAB>lexicographer file``.
``--check`` rebuilds and compares byte for byte:

    python scripts/build_thing_names.py [/usr/share/wordnet] [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from build_field_terms import HEADER as FIELD_HEADER  # noqa: E402  (the licence lines)
from wordnet_db import WordNetReader, gzipped_table, write_or_check  # noqa: E402

OUT = ROOT / "src/newsprism/data/thing_names.tsv.gz"
THINGS = frozenset({"noun.animal", "noun.artifact", "noun.body", "noun.food", "noun.object",
                    "noun.plant", "noun.substance"})  # fmt: skip
LICENCE = "\n".join(FIELD_HEADER.splitlines()[1:10])  # WordNet's notice and the sums line
HEADER = f"""\
# Two-word names of kinds of things (adjective first), for the framing detector's plain words.
{LICENCE.replace("build_field_terms.py", "build_thing_names.py")}
# Kept: two-word noun lemmas, first word a WordNet adjective, every sense in
# {", ".join(sorted(THINGS))}.
# adjective	noun	lexicographer file
"""


def entries(reader: WordNetReader) -> list[str]:
    """One line per compound that only ever names a kind of thing."""
    adjectives = reader.index["adj"]
    out = []
    for lemma, offsets in reader.index["noun"].items():
        parts = lemma.split("_")
        if len(parts) != 2 or not parts[0].isalpha() or parts[0] not in adjectives:
            continue
        files_ = [reader.synset("noun", off)[0] for off in offsets]
        if files_ and all(f in THINGS for f in files_):
            out.append(f"{parts[0]}\t{parts[1]}\t{files_[0]}")
    return sorted(out)


def build(folder: Path) -> bytes:
    """The gzipped table (fixed mtime, so a rebuild is byte-identical)."""
    return gzipped_table(folder, HEADER, entries)


def main() -> None:
    write_or_check(OUT, build, __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
