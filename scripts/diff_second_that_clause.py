"""Every quote the second-that-clause rule changes, over BASIL 2010–14, the NeuS raw
crawl and PolNeAR train + dev (docs/eval-quotes.md, "Session 23: a second that-clause").

    PYTHONPATH=src:scripts python scripts/diff_second_that_clause.py DATA

Each article is parsed once; where a "that" opens a conjunct, quotes are extracted with
``Content._second_that_clause`` and with it returning nothing, and each quote one run
has and the other has not is printed (old/new, article, speaker, cue, parts).
"""

from __future__ import annotations

import sys
from pathlib import Path

from measure_sentence_breaks import polnear_texts, texts
from spacy.tokens import Doc

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import content, extract_quotes

Quote = tuple[int, tuple[tuple[int, int], ...], str | None]


def quotes(doc: Doc) -> set[Quote]:
    return {(q.cue_start, tuple(map(tuple, q.parts)), q.speaker) for q in extract_quotes(doc)}


def main() -> None:
    data = Path(sys.argv[1])
    items = [(n, t) for n, t, _ in texts(data) + polnear_texts(data)]
    rule = content.Content._second_that_clause
    for (name, text), doc in zip(items, load_nlp().pipe(t for _, t in items), strict=True):
        if not any(t.lower_ == "that" and t.dep_ == "mark" and t.head.dep_ == "conj"
                   for t in doc):  # fmt: skip
            continue
        new = quotes(doc)
        content.Content._second_that_clause = lambda self, verb, comps: []  # type: ignore[method-assign]
        try:
            old = quotes(doc)
        finally:
            content.Content._second_that_clause = rule  # type: ignore[method-assign]
        for sign, changed in (("old", old - new), ("new", new - old)):
            for cue, parts, speaker in sorted(changed, key=lambda q: q[:2]):
                said = " // ".join(text[a:b] for a, b in parts)
                print(sign, name, speaker, text[cue : cue + 12], said, sep="\t", flush=True)


if __name__ == "__main__":
    main()
