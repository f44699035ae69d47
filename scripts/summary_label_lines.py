"""Print every sentence of BASIL's articles and the NeuS raw reports whose shown text
loses a section label before a colon (compare/summary.py ``_label_end``, session 22).

Sentences are cut by a plain rule (after . ! ? or a closing quotation mark, before a
capital or an opening mark), not by the pipeline's parser: a count of where the label
rule can fire, for reading. A leading connective is dropped first, as the summary does.

Usage: python scripts/summary_label_lines.py ../shared/data [--seed N --read K]
(prints name, label, the shown text; with --read, K of them drawn with seed N).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from newsprism.compare.line_edges import CONNECTIVE as _CONNECTIVE
from newsprism.compare.line_edges import label_end as _label_end
from newsprism.compare.line_edges import opening_end as _opening_end

NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
_CUT = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def _paragraphs(data: Path) -> Iterator[tuple[str, str]]:
    """(name, paragraph) of every BASIL article (2010-14) and NeuS raw report."""
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        raw = json.loads(path.read_text("utf-8"))
        for paragraph in raw.get("body-paragraphs", []):
            text = " ".join(paragraph) if isinstance(paragraph, list) else str(paragraph)
            yield f"{path.parent.name}/{path.stem}", text
    for i, line in enumerate((data / NEUS).read_text("utf-8").splitlines()):
        for side, news in json.loads(line)["news"].items():
            for paragraph in news["newBody"]:
                yield f"neus{i}:{side}", paragraph


def touched(data: Path) -> list[tuple[str, str, str]]:
    """(name, label, shown text) of every sentence the label rule changes."""
    found = []
    for name, paragraph in _paragraphs(data):
        for sentence in _CUT.split(paragraph.strip()):
            connective = _CONNECTIVE.match(sentence)
            text = sentence[connective.end():] if connective else sentence
            end = _label_end(text)
            if end:
                found.append((name, text[:end].strip(), sentence[_opening_end(sentence):]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", type=Path)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--read", type=int, default=0)
    args = parser.parse_args()
    found = touched(args.data)
    basil = sum(1 for name, _, _ in found if not name.startswith("neus"))
    print(f"# touched: {len(found)} (BASIL {basil}, NeuS raw {len(found) - basil})")
    if args.read:
        found = random.Random(args.seed).sample(found, min(args.read, len(found)))
    for name, label, text in found:
        print(f"{name}\t{label}\t{text[:160]}")


if __name__ == "__main__":
    main()
