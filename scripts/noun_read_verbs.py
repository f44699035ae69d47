"""Where the mood reads a verb the parser tagged as a noun (session 26, i12-mood2;
docs/eval-compare.md "Session 26: moods and grouping").

    python scripts/noun_read_verbs.py ../shared/data

Parses every BASIL article (title and body) and the title and first three paragraphs of
every NeuS-AllSides raw-crawl report, and prints each sentence whose statement
:func:`newsprism.compare.stance.with_noun_read_verbs` completes ("Rick Perry pledges to
end …": ``pledges`` NNS under a noun root), with its mood before and after. Writes
nothing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from newsprism.compare.pairs import _main_predicates
from newsprism.compare.stance import stance, with_noun_read_verbs
from newsprism.extract.nlp import load_nlp

NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def _texts(data: Path) -> Iterator[str]:
    """BASIL titles and paragraphs, then NeuS raw titles and first paragraphs."""
    for path in sorted(data.glob("basil/articles/*/*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        yield article["title"]
        for paragraph in article["body-paragraphs"]:
            yield from (paragraph if isinstance(paragraph, list) else [paragraph])
    for line in (data / NEUS).read_text(encoding="utf-8").splitlines():
        for news in json.loads(line)["news"].values():
            yield news["newsTitle"]
            yield from news.get("newBody", [])[:3]


def main(data: Path) -> None:
    """Print the sentences the rule reads and the count."""
    sentences = fired = 0
    for doc in load_nlp().pipe(_texts(data), batch_size=64):
        for sentence in doc.sents:
            tokens = list(sentence)
            sentences += 1
            before = _main_predicates(tokens)
            after = with_noun_read_verbs(tokens, before)
            if len(after) != len(before):
                fired += 1
                print(f"{stance(before)[0]} -> {stance(after)[0]}: {sentence.text}")
    print(f"{fired} of {sentences} sentences")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
