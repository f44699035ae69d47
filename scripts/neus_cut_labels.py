"""The label phrase of every name in the last sentence of every NeuS raw report (rows
0-505), one JSON line each, so that two versions of the label code can be diffed.

Why: the crawl cuts each report mid-sentence with "...", and a rule about a description
the cut reached (``compare/label_cut.py``) changes labels of that sentence only; the
crawl parses in minutes, where a full ``compare`` of every row takes hours.

Usage (from the checkout root):
  PYTHONPATH=src python scripts/neus_cut_labels.py ../shared/data OUT.jsonl
then the same with the other code's ``src`` and ``diff`` the two files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from neus_all_quotes import reports

from newsprism.compare.labels import mention_phrase
from newsprism.extract.nlp import load_nlp

TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def main(data: str, out_path: str) -> None:
    """Write one line per name of each report's last sentence: its phrase, or null."""
    items = reports(data)
    docs = load_nlp().pipe([text for _, _, text in items], batch_size=32)
    with open(out_path, "w", encoding="utf-8") as out:
        for (n, side, text), doc in zip(items, docs, strict=True):
            last = list(doc.sents)[-1]
            for ent in last.ents:
                if ent.label_ not in TYPES:
                    continue
                span = mention_phrase(doc, ent.start_char, ent.end_char)
                phrase = text[span[0]:span[1]] if span else None
                out.write(json.dumps({"row": n, "side": side, "name": ent.text,
                                      "phrase": phrase}) + "\n")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
