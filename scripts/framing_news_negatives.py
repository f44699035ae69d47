"""Plain-news sentences for the framing MiniLM's token loss: every word unmarked.

The MiniLM learns "loaded" from BABE, MBIC and BASIL, where almost every sentence is
chosen because it is political and contested; plain reporting words ("kneeled",
"piling", "fraud", "repel") then score high because they seldom occur unmarked. These
rows are sentences of straight wire and public-broadcaster news reports from the
NeuS-AllSides raw crawl (research data of Lee et al., NAACL 2022; see
docs/eval-framing.md, "Session 22", for its terms), given to the token loss as
all-unmarked rows with a low weight (``train_framing_onnx.py train --news-weight``).

Which sentences (a rule fixed before any training run):

- reports from Reuters, Associated Press, AP Politics & Fact Check, BBC News and NPR
  (AllSides "center"/"left" news desks, not their opinion pages: ``opinionTag`` empty);
- raw rows that no gold, doc, test or script names (``USED`` below, found by grepping
  ``gold/ docs/ tests/ scripts/`` for "rows N" on 2026-12-06), nor rows 300-379 (the
  audit and speaker golds' ranges), nor rows 9, 19, 29 (kept for the session-22 read);
- no sentence with a quotation mark (a source's words may be loaded and belong to the
  source), none cut off by the crawl ("..."), none shorter than 6 words.

Usage: python scripts/framing_news_negatives.py ../shared/data build/news.jsonl
then:  cat build/rows.jsonl build/news.jsonl > build/rows-news.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
OUTLETS = {"Reuters", "Associated Press", "AP Politics & Fact Check", "BBC News",
           "NPR (Online News)"}  # fmt: skip
USED = {0, 9, 10, 19, 20, 27, 29, 30, 32, 43, 50, 60, 66, 70, 73, 77, 90, 100, 102, 106,
        120, 121, 140, 143, 152, 160, 166, 174, 180, 188, 190, 200, 205, 220, 227, 240,
        245, 260, 262, 264, 280, 281, 295, 383, 385, 388, 396, 399, 400, 401, 402, 419,
        420, 427, 430, 435, 457, 458, 475, 490, 493, 505, *range(300, 380)}  # fmt: skip
QUOTES = re.compile("[\"“”‘’]|'(?=\\w)(?<!\\w')")
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def sentences(paragraph: str) -> list[str]:
    """The paragraph's whole sentences outside quotation, by the rule above."""
    out = []
    for s in SPLIT.split(paragraph.replace("\xa0", " ").strip()):
        s = s.strip()
        if len(s.split()) < 6 or s.endswith("...") or s.endswith("…") or QUOTES.search(s):
            continue
        out.append(s)
    return out


def news_rows(data: Path) -> list[dict]:
    """One training row per sentence, in the format of ``train_framing_onnx.py prepare``."""
    rows = []
    lines = (data / FILE).read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if i in USED:
            continue
        story = json.loads(line)
        for news in story["news"].values():
            if news.get("newsSource") not in OUTLETS or news.get("opinionTag"):
                continue
            for paragraph in news["newBody"]:
                rows += [{"text": s, "spans": [], "label": None, "tokens": True,
                          "source": "news", "group": f"neus-raw-{i}", "dev": False}
                         for s in sentences(paragraph)]  # fmt: skip
    return rows


def main(data: str, out: str) -> None:
    """Write the rows (JSON lines)."""
    rows = news_rows(Path(data))
    with Path(out).open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    print(f"{len(rows)} plain-news sentences from {len({r['group'] for r in rows})} rows -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
