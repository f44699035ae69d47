"""List the NeuS raw reports where the session-26 small kinds (i12-fixes30) can change
the compare output, so only those rows need a before/after compare to read.

    PYTHONPATH=src python scripts/small_kinds_candidates.py ../shared/data

- epithets: every quote speaker written as a description ("the …") whose epithet head
  or words differ between the parse's root (before) and the last-noun head (after);
- labels: every "both"/"either"/"neither" right before a PERSON name (the phrase of a
  bare name no longer opens with it).

Prints one line per candidate: kind, report key, the words.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsprism.compare.epithets import (
    MAX_EPITHET_TOKENS,
    _common_possessor,
    _word,
    epithet_words,
)
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

CRAWL = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
_OPENER = re.compile(r"\b(?:both|either|neither)\s+[A-Z]")


def _root_epithet(span) -> tuple[str, frozenset[str]] | None:
    """The epithet as read before the change: the parse's root as head."""
    tokens = [t for t in span if not t.is_space]
    head = span.root
    if len(tokens) > MAX_EPITHET_TOKENS or head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    owner = _common_possessor([t for t in head.subtree if t.i in {x.i for x in tokens}])
    return _word(head), frozenset(_word(t) for t in tokens if t.i not in owner
                                  and t.dep_ not in {"det", "case", "punct"}
                                  and t.pos_ in {"NOUN", "PROPN", "ADJ", "ADV", "NUM", "VERB"})


def main(data: Path) -> None:
    nlp = load_nlp()
    for i, line in enumerate((data / CRAWL).read_text("utf-8").splitlines()[:506]):
        for side, news in json.loads(line)["news"].items():
            text = "\n\n".join(news["newBody"])
            key = f"neus/{i}/{side}"
            doc = nlp(text)
            for q in extract_quotes(doc):
                if q.resolved not in ("none", "description") or q.surface_start is None:
                    continue
                span = doc.char_span(q.surface_start, q.surface_end, alignment_mode="expand")
                if span is None or not span.text.lower().startswith("the "):
                    continue
                written = span.text
                before, after = _root_epithet(span), epithet_words(span)
                if before != after:
                    print("epithet", key, repr(written), before, "->", after)
            for m in _OPENER.finditer(text):
                ent = [e for e in doc.ents if e.start_char == m.end() - 1]
                if ent and ent[0].label_ == "PERSON":
                    print("opener", key, repr(text[m.start() : ent[0].end_char]))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
