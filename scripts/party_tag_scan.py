"""Count party-state tags ("Kyrsten Sinema (D., Ariz.)") and numbered bills ("Senate Bill
8") over BASIL 2010-14 and the NeuS raw crawl, and list the entity mentions the
session-22 rules drop (docs/eval-compare.md,
"Session 22: party-state tags").

Usage: python scripts/party_tag_scan.py ../shared/data
Only texts with a tag or a bill are parsed: elsewhere both rules are silent.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from newsprism.extract import mentions
from newsprism.extract.mention_rules import _PARTY_TAG, bill_numbers, party_tags
from newsprism.extract.nlp import load_nlp

NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def texts(data: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every BASIL 2010-14 article and every NeuS raw report."""
    for path in sorted(Path(data, "basil", "articles").glob("201[0-4]/*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(p) if isinstance(p, list) else str(p)
                      for p in item.get("body-paragraphs", [])]
        yield f"basil/{path.stem}", "\n\n".join(paragraphs)
    for i, line in enumerate(Path(data, NEUS).read_text(encoding="utf-8").splitlines()):
        for side, news in json.loads(line)["news"].items():
            yield f"neus{i}/{side}", "\n\n".join(news["newBody"])


def main(data: str) -> None:
    """Print the tag counts and every dropped mention with its context."""
    nlp = load_nlp()
    n_texts = n_tags = n_shaped = n_bills = dropped = 0
    for key, text in texts(Path(data)):
        n_texts += 1
        n_shaped += sum(1 for _ in _PARTY_TAG.finditer(text))
        tags = party_tags(text)
        bills = bill_numbers(text)
        if not tags and not bills:
            continue
        n_tags += len(tags)
        n_bills += len(bills)
        doc = nlp(text)
        with_rule = {(m.text, m.label, m.start) for m in mentions.find_mentions(doc, key)}
        real = mentions.party_tags, mentions.bill_numbers
        mentions.party_tags = mentions.bill_numbers = lambda _t: []
        try:
            without = {(m.text, m.label, m.start) for m in mentions.find_mentions(doc, key)}
        finally:
            mentions.party_tags, mentions.bill_numbers = real
        for name, label, start in sorted(without - with_rule, key=lambda m: m[2]):
            dropped += 1
            print(f"{key}\t{name}\t{label}\t{text[max(0, start - 40):start + 30]!r}")
        for name, label, _start in sorted(with_rule - without, key=lambda m: m[2]):
            print(f"ADDED {key}\t{name}\t{label}")
    print(f"texts {n_texts}; bracket tags after a name {n_shaped}, with a state {n_tags}; "
          f"numbered bills {n_bills}; mentions dropped {dropped}")


if __name__ == "__main__":
    main(sys.argv[1])
