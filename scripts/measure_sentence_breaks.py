"""Where the shared pipeline starts sentences, over BASIL 2010–14 and the NeuS raw crawl.

    python scripts/measure_sentence_breaks.py DATA OUT.json [--without newsprism_no_breaks]
                                              [--polnear]
    python scripts/measure_sentence_breaks.py --diff BEFORE.json AFTER.json

The first form parses every BASIL article (text as eval/basil.py builds it) and every
NeuS raw-crawl report (paragraphs joined by blank lines, as scripts/neus_raw_inputs.py
does) and writes each text's sentence-start offsets, optionally with a pipe disabled
("before"). It prints how the starts fall: after a line break, after a stop, after a
closing quotation mark, after an abbreviation that keeps its stop (by what follows),
after a bare lower-case word; and, for BASIL, how many are not at one of BASIL's own
sentence starts. The second form prints every start gained or lost, with context, to
read right/wrong (docs/cleaning.md, "Session 23").
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from newsprism.eval.basil import basil_files, read_basil
from newsprism.extract.nlp import load_nlp
from newsprism.extract.sentence_breaks import is_abbreviation

NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def texts(data: Path) -> list[tuple[str, str, list[int] | None]]:
    """(name, text, BASIL's sentence starts or None) for every text measured."""
    out: list[tuple[str, str, list[int] | None]] = []
    for path in basil_files(data / "basil"):
        doc = read_basil(path)
        out.append((f"basil:{doc.name}", doc.text, sorted(s for s, _ in doc.sentences.values())))
    for row, line in enumerate((data / NEUS).read_text("utf-8").splitlines()):
        for side, news in json.loads(line)["news"].items():
            out.append((f"neus:{row}:{side}", "\n\n".join(news["newBody"]), None))
    return out


def polnear_texts(data: Path) -> list[tuple[str, str, list[int] | None]]:
    """PolNeAR's train and dev articles as they are (a third corpus, read once)."""
    return [(f"polnear:{p.parent.parent.name}:{p.stem}", p.read_text("utf-8"), None)
            for split in ("train", "dev")
            for p in sorted((data / "polnear" / split / "text").glob("*.txt"))]


def kind(doc: Doc, i: int) -> str:
    """What stands before a sentence start at token ``i`` (spaces skipped)."""
    j = i - 1
    while j >= 0 and not doc[j].text.strip():
        j -= 1
    if j < 0 or "\n" in doc[j:i].text + doc[j].whitespace_:
        return "line break"
    word, nxt = doc[j].text, doc[i].text[:1]
    if word in (".", "!", "?", "…", "..."):
        return "stop"
    if word[-1:] in "\"”’')»":
        return "closing mark"
    if is_abbreviation(word):
        shape = "lower" if nxt.islower() else "digit" if nxt.isdigit() else (
            "upper" if nxt.isupper() else "other")
        return f"abbreviation + {shape}"
    if word.isalpha() and word.islower():
        return "bare lower-case word"
    return "other"


def measure(data: Path, out: Path, without: list[str], polnear: bool) -> None:
    items = polnear_texts(data) if polnear else texts(data)
    nlp = load_nlp()
    keep = ["attribute_ruler", "lemmatizer", "entity_ruler", "ner"]
    starts: dict[str, list[tuple[int, str]]] = {}
    with nlp.select_pipes(disable=keep + without):
        for (name, _, _), doc in zip(items, nlp.pipe(t for _, t, _ in items), strict=True):
            starts[name] = [(s.start_char, kind(doc, s.start)) for s in doc.sents if s.start]
    counts: Counter[tuple[str, str, str]] = Counter()
    for name, _, gold in items:
        for start, how in starts[name]:
            where = "" if gold is None else ("at BASIL's" if start in gold else "not BASIL's")
            counts[(name.split(":")[0], how, where)] += 1
    for key, n in sorted(counts.items()):
        print(*key, n, sep="\t")
    out.write_text(json.dumps({"starts": starts, "texts": {n: t for n, t, _ in items}}), "utf-8")


def diff(before: Path, after: Path) -> None:
    """Every sentence start one run has and the other has not, with 70 characters each side."""
    a, b = (json.loads(p.read_text("utf-8")) for p in (before, after))
    for name, text in a["texts"].items():
        old, new = dict(a["starts"][name]), dict(b["starts"][name])
        for start in sorted(old.keys() ^ new.keys()):
            sign, how = ("lost", old[start]) if start in old else ("new", new[start])
            context = f"{text[max(0, start - 70):start]} ||| {text[start:start + 50]}"
            print(sign, name, how, repr(context), sep="\t")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs=2, type=Path)
    parser.add_argument("--without", action="append", default=[])
    parser.add_argument("--diff", action="store_true")
    parser.add_argument("--polnear", action="store_true", help="PolNeAR train + dev instead")
    args = parser.parse_args()
    if args.diff:
        diff(*args.paths)
    else:
        measure(args.paths[0], args.paths[1], args.without, args.polnear)


if __name__ == "__main__":
    main()
