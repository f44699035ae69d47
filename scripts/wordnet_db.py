"""Read WordNet 3.0's database files (Debian's ``wordnet-base``) without NLTK.

For the session 28 measurement and the table builds (``framing_ordinary_words.py``,
``build_ordinary_words.py``): for a lemma and part of speech, its senses in WordNet's
order (the commonest first), each as (lexicographer file, topic domains). The format is
WordNet's wndb(5WN): ``index.POS`` lists a lemma's synset offsets, ``data.POS`` holds a
synset at its byte offset, with the lexicographer file number and the pointers (``;c``
a topic domain).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food "
    "noun.group noun.location noun.motive noun.object noun.person noun.phenomenon "
    "noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape "
    "noun.state noun.substance noun.time verb.body verb.change verb.cognition "
    "verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative "
    "verb.weather adj.ppl"
).split()
POS = ("noun", "verb", "adj", "adv")


class WordNetReader:
    """Senses of a lemma from a WordNet 3.0 database folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index: dict[str, dict[str, list[int]]] = {}
        for pos in POS:
            table = self.index[pos] = {}
            for line in (folder / f"index.{pos}").read_text("latin-1").splitlines():
                if line.startswith(" "):
                    continue
                f = line.split()
                n_ptr = int(f[3])
                n_syn = int(f[2])
                table[f[0]] = [int(x) for x in f[6 + n_ptr : 6 + n_ptr + n_syn]]
        self.data = {pos: (folder / f"data.{pos}").read_bytes() for pos in POS}

    @cache  # noqa: B019 - one reader per run
    def synset(self, pos: str, offset: int) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
        """(lexicographer file, topic-domain offsets, words) of the synset at ``offset``."""
        raw = self.data[pos]
        line = raw[offset : raw.index(b"\n", offset)].decode("latin-1").split(" | ")[0]
        f = line.split()
        n_words = int(f[3], 16)
        words = tuple(f[4 + 2 * k].lower() for k in range(n_words))
        at = 4 + 2 * n_words
        n_ptr = int(f[at])
        ptrs = [f[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(n_ptr)]
        domains = tuple(int(p[1]) for p in ptrs if p[0] == ";c")
        return LEXNAMES[int(f[1])], domains, words

    def senses(self, lemma: str, pos: str) -> list[tuple[str, tuple[int, ...]]]:
        """(lexicographer file, topic domains) of each sense, commonest first."""
        if pos not in self.index:
            return []
        key = lemma.lower().replace(" ", "_").replace("-", "_")
        offsets = self.index[pos].get(key) or self.index[pos].get(key.replace("_", ""), [])
        out = []
        for off in offsets:
            name, domains, _words = self.synset(pos, off)
            out.append((name, domains))
        return out


def read_synset_links(
    reader: WordNetReader, pos: str, offset: int
) -> tuple[list[tuple[str, str, int]], str]:
    """The pointers (symbol, target part of speech, target offset) and the gloss of a synset.

    Session 28 (i14-figures): a field's member words are read through these links (a
    topic domain's members, hyponyms, a relational adjective's noun) and its glosses."""
    raw = reader.data[pos]
    line = raw[offset : raw.index(b"\n", offset)].decode("latin-1")
    head, _, gloss = line.partition(" | ")
    f = head.split()
    at = 4 + 2 * int(f[3], 16)
    n_ptr = int(f[at])
    letter = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
    ptrs = [(f[at + 1 + 4 * k], letter[f[at + 3 + 4 * k]], int(f[at + 2 + 4 * k]))
            for k in range(n_ptr)]  # fmt: skip
    return ptrs, gloss


def write_or_check(out: Path, build: Callable[[Path], bytes], description: str) -> None:
    """The command line both WordNet table builders share: build from the WordNet folder
    (default Debian's /usr/share/wordnet) and write ``out``, or with ``--check`` say
    whether a rebuild is byte-identical to the committed file (exit 1 if not)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("wordnet", type=Path, nargs="?", default=Path("/usr/share/wordnet"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    data = build(args.wordnet)
    if args.check:
        same = out.read_bytes() == data
        print("identical" if same else "differs")
        sys.exit(0 if same else 1)
    out.write_bytes(data)
    print(f"{out}: {len(data)} bytes")


def gzipped_table(folder: Path, header: str,
                  entries: Callable[[WordNetReader], list[str]]) -> bytes:  # fmt: skip
    """A WordNet-built table as the builders ship it: ``header`` (its ``{sums}`` filled
    with the data files' sha256 prefixes, so a table says which WordNet made it), then
    ``entries``' lines, gzipped with a fixed mtime so that a rebuild is byte-identical."""
    digest = {pos: hashlib.sha256((folder / f"data.{pos}").read_bytes()).hexdigest()
              for pos in POS}  # fmt: skip
    sums = ", ".join(f"data.{pos} {digest[pos][:16]}" for pos in POS)
    text = header.format(sums=sums) + "\n".join(entries(WordNetReader(folder))) + "\n"
    return gzip.compress(text.encode("utf-8"), mtime=0)
