"""Measure a general "the X points back" test on gold/summary-neus before making it a rule.

The test (session 22, second pass): a sentence has a subject that is "the" + a common
noun, with no name in its phrase, whose noun is not named earlier in the sentence and
is named in the sentence before. It is read on the gold's sentences of each kind: how
many of the `definite` sentences (a reader needs the sentence before) it catches, and
how many `core` sentences (which read alone) it would lose. ``--main`` counts only a
subject of the main verb.

Usage: python scripts/summary_definite_subject.py gold/summary-neus/gold.json INPUTS [--main]
(INPUTS holds neus<row>/<side>.json, from gold/summary-neus/make_inputs.py)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsprism.extract.nlp import load_nlp


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")


def pointing_subjects(sentence: Any, before: str, main: bool) -> list[str]:
    """The subjects of ``sentence`` (a parsed span) that the test reads as pointing back."""
    hits = []
    for token in sentence:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN":
            continue
        if main and token.head != sentence.root:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        if any(t.pos_ == "PROPN" for t in token.subtree):
            continue  # "the Port of Los Angeles", "the Biden administration": says which
        earlier = sentence.text[: token.idx - sentence.start_char].lower()
        if token.lemma_.lower() in earlier:
            continue
        if token.lemma_.lower() in before.lower():
            hits.append(token.text)
    return hits


def _items(story: dict[str, Any], side: str) -> list[tuple[str, str]]:
    """(kind, opening words) of the gold's sentences of one side."""
    items = [("core", p) for p in story["core"]["sentences"].get(side, [])]
    return items + [("definite" if n["kind"] == "definite" else "other", n["starts"])
                    for n in story["not_alone"] if n["side"] == side]  # fmt: skip


def main(gold_path: str, inputs: str, main_only: bool) -> None:
    nlp = load_nlp()
    counts: Counter[str] = Counter()
    for story in json.loads(Path(gold_path).read_text("utf-8"))["stories"]:
        for side in ("left", "center", "right"):
            path = Path(inputs, f"neus{story['row']}", f"{side}.json")
            if not path.exists():
                continue
            sentences = list(nlp(_plain(json.loads(path.read_text("utf-8"))["text"])).sents)
            for kind, starts in _items(story, side):
                at = next((i for i, s in enumerate(sentences)
                           if s.text.strip().startswith(_plain(starts))), None)  # fmt: skip
                if at is None:
                    continue
                before = sentences[at - 1].text if at else ""
                hits = pointing_subjects(sentences[at], before, main_only)
                counts[kind] += 1
                counts[f"{kind} caught"] += bool(hits)
                if hits:
                    print(f"r{story['row']} {side} {kind} {hits}: {sentences[at].text[:100]}")
    print(dict(sorted(counts.items())))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--main" in sys.argv[3:])
