"""Build ``src/newsprism/data/news_ngrams.tsv.gz``: the set phrases of plain news writing.

A framing flag on a word of a set phrase ("critical race theory", "the highly contagious
variant", "heavily redacted", "make no mistake") is no outlet's choice of word: the phrase
is how the news names the thing (docs/eval-framing.md, "Session 35: fixed expressions").
Which two- and three-word phrases are set is read from news text that is in no framing
evaluation set and that no reading of the framing output used: the NeuS-AllSides triplets
(headline and lead of every side, 3,066 stories; a triplet whose headline is also a
headline of a NeuS raw story is left out, since those raw stories are what the framing
output is read on), PolNeAR's 840 training articles and FNC-1's 1,683 article bodies, all
in ``/work/shared/data`` style (``--data``). Words are lower-cased runs of letters
(with inner hyphens or apostrophes); a phrase never crosses punctuation. Kept:

- a pair whose first and last words are not stop words (spaCy's English list), seen in
  at least ``MIN_DOCS`` texts, with pointwise mutual information of at least
  ``MIN_PMI`` bits in this corpus;
- a triple (first and last words not stop words) seen in at least ``MIN_DOCS`` texts,
  that holds at least ``MIN_SHARE`` of the occurrences of its first pair and of its last
  pair (each pair mostly comes as the triple: "critical race theory").

Deterministic (sorted, gzip without a time stamp): ``--check`` compares with the committed
file byte for byte::

    python scripts/build_news_ngrams.py --data ../shared/data [--check]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from build_fixed_pairs import check_or_write  # scripts/ is sys.path[0] when run

OUT = Path(__file__).resolve().parent.parent / "src/newsprism/data/news_ngrams.tsv.gz"
MIN_DOCS = 3
MIN_PMI = 7.0
MIN_SHARE = 0.5
WORD = re.compile(r"[a-z]+(?:[-'’][a-z]+)*")
PIECE = re.compile(r"[^.,;:!?()\[\]\"“”—–]+")  # a phrase never crosses punctuation
NEUS = "neus-allsides/naacl2022_lrc_roundup_random_order_probe"
RAW = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
HEADER = """\
# Set two- and three-word phrases of plain news writing, for the framing detector.
# Derived by scripts/build_news_ngrams.py from the NeuS-AllSides triplets (titles and
# leads; a triplet sharing a headline with a NeuS raw story left out), PolNeAR's training
# articles and FNC-1's article bodies. Kept: first and last words not stop words, seen
# in >= {docs} texts; a pair with PMI >= {pmi} bits, a triple holding >= {share} of
# its first and of its last pair. Columns: the phrase's words, tab-separated.
"""


def _neus(data: Path) -> Iterator[str]:
    raw_titles = set()
    for line in (data / RAW).read_text("utf-8").splitlines():
        for side in json.loads(line)["news"].values():
            raw_titles.add(side["newsTitle"].strip().lower().rstrip("."))
    for split in ("train", "val", "test"):
        for line in (data / NEUS / f"{split}.source").read_text("utf-8").splitlines():
            sides = line.split(" [SEP] ")
            titles = {s.split(" ARTICLE=>")[0].removeprefix("TITLE=>").strip().lower()
                      .rstrip(".") for s in sides}  # fmt: skip
            if titles.isdisjoint(raw_titles):
                yield from (s.replace("TITLE=>", "").replace("ARTICLE=>", ". ") for s in sides)


def texts(data: Path) -> Iterator[str]:
    """Every text of the corpus (module docstring)."""
    yield from _neus(data)
    for path in sorted((data / "polnear" / "train" / "text").glob("*.txt")):
        yield path.read_text("utf-8")
    with gzip.open(data / "fnc1-stance" / "bodies.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["body"]


def _pieces(text: str) -> Iterator[list[str]]:
    for piece in PIECE.findall(text.lower()):
        words = [w.replace("’", "'") for w in WORD.findall(piece)]
        if words:
            yield words


def count(data: Path) -> tuple[list[Counter], list[Counter]]:
    """Occurrences and text counts of single words, pairs and triples."""
    occ = [Counter(), Counter(), Counter()]
    docs = [Counter(), Counter(), Counter()]
    for text in texts(data):
        seen: list[set] = [set(), set(), set()]
        for words in _pieces(text):
            for n in (1, 2, 3):
                for i in range(len(words) - n + 1):
                    gram = tuple(words[i:i + n])
                    occ[n - 1][gram] += 1
                    seen[n - 1].add(gram)
        for n in range(3):
            docs[n].update(seen[n])
    return occ, docs


def phrases(data: Path) -> list[tuple[str, ...]]:
    """The kept pairs and triples, sorted."""
    from spacy.lang.en.stop_words import STOP_WORDS

    occ, docs = count(data)
    total = sum(occ[0].values())
    kept = []
    for (a, b), c in occ[1].items():
        if a in STOP_WORDS or b in STOP_WORDS or docs[1][(a, b)] < MIN_DOCS:
            continue
        if math.log2(c * total / (occ[0][(a,)] * occ[0][(b,)])) >= MIN_PMI:
            kept.append((a, b))
    for (a, b, c), n in occ[2].items():
        if a in STOP_WORDS or c in STOP_WORDS or docs[2][(a, b, c)] < MIN_DOCS:
            continue
        if n >= MIN_SHARE * occ[1][(a, b)] and n >= MIN_SHARE * occ[1][(b, c)]:
            kept.append((a, b, c))
    return sorted(set(kept))


def render(data: Path) -> bytes:
    head = HEADER.format(docs=MIN_DOCS, pmi=MIN_PMI, share=MIN_SHARE)
    body = "".join("\t".join(p) + "\n" for p in phrases(data))
    return gzip.compress((head + body).encode("utf-8"), compresslevel=9, mtime=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    check_or_write(OUT, render(args.data), args.check)


if __name__ == "__main__":
    main()
