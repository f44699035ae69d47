"""Every quote whose cue is a gerund governed by a preposition, over the NeuS raw crawl.

    PYTHONPATH=src python scripts/gerund_cue_scan.py ../shared/data [--rows 0-505]

"Nearly 8 months after declaring “war” on the coronavirus, Biden announced …" (AP,
NeuS raw row 107, session 29): the gerund "declaring" under "after" is the narrator's
time phrase, and the quote extractor gave Biden a reported statement made of the
phrase itself. This lists every quote of ``extract_quotes`` whose cue token is a gerund
(VBG) hung on a preposition (``pcomp``, or ``pobj`` of one), with the preposition, the
quote's kind, speaker and words, and the sentence, so each can be read before a rule is
chosen (docs/eval-compare.md, "Session 29: a time phrase …"). Counts by preposition
at the end.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

CRAWL = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def _reports(data: Path, first: int, last: int) -> list[tuple[str, str]]:
    lines = (data / CRAWL).read_text("utf-8").splitlines()
    out = []
    for i in range(first, min(last, len(lines) - 1) + 1):
        for side, news in json.loads(lines[i])["news"].items():
            out.append((f"r{i}/{side} {news['newsSource']}", "\n\n".join(news["newBody"])))
    return out


def _preposition(cue) -> str | None:
    """The preposition a gerund cue hangs on, if any ("after declaring")."""
    if cue.tag_ != "VBG":
        return None
    if cue.dep_ == "pcomp" and cue.head.dep_ == "prep":
        return cue.head.lower_
    if cue.dep_ == "pobj" and cue.head.dep_ == "prep":
        return cue.head.lower_
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--rows", default="0-505")
    args = ap.parse_args()
    first, last = (int(x) for x in args.rows.split("-"))
    reports = _reports(args.data, first, last)
    by_prep: Counter[str] = Counter()
    for (name, text), doc in zip(reports, load_nlp().pipe(t for _, t in reports), strict=True):
        for q in extract_quotes(doc):
            if q.cue_start is None:
                continue
            span = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
            prep = _preposition(span[0]) if span is not None and len(span) else None
            if prep is None:
                continue
            by_prep[prep] += 1
            sent = " ".join(span[0].sent.text.split())
            print(f"== {name} [{prep} {q.cue}] {q.speaker!r} <{q.kind}>\n"
                  f"   quote: {' '.join(text[q.start:q.end].split())[:300]}\n"
                  f"   sent:  {sent[:400]}")  # fmt: skip
    print("\nby preposition:", dict(by_prep.most_common()), "total", sum(by_prep.values()))


if __name__ == "__main__":
    main()
