"""Every quote the extractor finds in every NeuS raw report (rows 0-505), one JSON line
each, so that two versions of the code can be diffed quote by quote.

Why: a speaker or quote rule changes few quotes, and those few are what a reader must
read against the articles; the whole crawl parses in a few minutes, where a full
``compare`` of every row takes hours.

Usage (from the checkout root):
  PYTHONPATH=src python scripts/neus_all_quotes.py ../shared/data OUT.jsonl
then the same with the other code's ``src`` and ``diff`` the two files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprism.eval.neus_raw import CRAWL
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

ROWS = 506


def reports(data: str) -> list[tuple[int, str, str]]:
    """(row, side, text) of every report with a body, paragraphs joined by a blank line
    (as ``neus_raw_inputs.py`` writes them)."""
    lines = Path(data, CRAWL).read_text(encoding="utf-8").splitlines()
    found = []
    for n, line in enumerate(lines[:ROWS]):
        for side, news in json.loads(line)["news"].items():
            if news.get("newBody"):
                found.append((n, side, "\n\n".join(news["newBody"])))
    return found


def main(data: str, out_path: str) -> None:
    items = reports(data)
    docs = load_nlp().pipe([text for _, _, text in items], batch_size=32)
    with open(out_path, "w", encoding="utf-8") as out:
        for (n, side, _), doc in zip(items, docs, strict=True):
            for q in extract_quotes(doc):
                out.write(json.dumps({"row": n, "side": side, "speaker": q.speaker,
                                      "text": q.text, "kind": q.kind, "cue": q.cue,
                                      "start": q.start}) + "\n")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
