"""Every default framing flag of BASIL 2010–2012 that touches no lex or inf span, by kind.

Runs in the project's venv on the file ``framing_changed_flags.py --set basil`` writes
(the training years only; the held-out 2013–2014 flags are never read here):

    PYTHONPATH=src python scripts/framing_changed_flags.py --set basil --out /tmp/flags.json
    PYTHONPATH=src python scripts/framing_untouched_flags.py /tmp/flags.json [--list]

Each untouched flag gets the first kind whose test holds, in this order (session 24,
docs/eval-framing.md "Session 24: flags that are not the outlet's"):

- ``name``: every word of the flag is part of a proper name or the title of a law, a
  group, a work (a ``PROPN`` or a word inside a named entity of a name type);
- ``quoted``: inside quotation marks (a source's words, a partial or scare quote);
- ``reported``: a named or described source's reported speech (``speaker`` set);
- ``attribution``: a lexicon attribution verb or hedge (the outlet's choice of verb,
  which BASIL does not mark);
- ``topic``: a word the article uses twice or more (lemma), what the story is about;
- ``own``: the rest, the outlet's own words (plain words and words the annotators
  missed; told apart by reading, counted in the docs).

The kinds are a first sort for reading, not a verdict: the docs give the read counts.
``--list`` prints every flag with its sentence; ``--kind`` only one kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME_ENTS = frozenset({"PERSON", "ORG", "LAW", "WORK_OF_ART", "EVENT", "FAC", "GPE",
                       "NORP", "PRODUCT", "LOC"})  # fmt: skip
KINDS = ("name", "quoted", "reported", "attribution", "topic", "own")


def _touch(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def kind_of(flag: dict, doc: Doc, lemmas: Counter) -> str:
    """The first kind of the module docstring whose test holds for ``flag``."""
    span = doc.char_span(flag["start"], flag["end"], alignment_mode="expand")
    words = [t for t in span if t.is_alpha] if span is not None else []
    if words and all(t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTS for t in words):
        return "name"
    if flag["in_quote"] or flag["kind"] in ("partial-quote", "scare-quote"):
        return "quoted"
    if flag["speaker"]:
        return "reported"
    if flag["kind"] in ("attribution", "hedge", "criticism-verb"):
        return "attribution"
    if words and all(lemmas[t.lemma_.lower()] >= 2 for t in words if not t.is_stop):
        return "topic"
    return "own"


def untouched(articles: list[dict]) -> list[dict]:
    """The untouched flags of every article, each with its kind and sentence."""
    from newsprism.extract.nlp import load_nlp

    out = []
    for a, doc in zip(articles, load_nlp().pipe(a["text"] for a in articles), strict=True):
        lemmas = Counter(t.lemma_.lower() for t in doc if t.is_alpha)
        for f in a["flags"]:
            if any(_touch(f["start"], f["end"], g[0], g[1]) for g in a["gold"]):
                continue
            sent = doc.char_span(f["start"], f["end"], alignment_mode="expand")
            context = sent.sent.text if sent is not None else ""
            out.append({**f, "article": a["name"], "source": a["source"],
                        "class": kind_of(f, doc, lemmas), "sentence": context})  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("flags", type=Path)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--kind", choices=KINDS)
    args = parser.parse_args()
    articles = json.loads(args.flags.read_text("utf-8"))
    if any(a["name"] and not a["gold"] for a in articles[:1]):
        sys.exit("needs the basil set (gold spans)")
    rows = untouched(articles)
    total = sum(len(a["flags"]) for a in articles)
    print(f"{len(rows)} of {total} flags touch no lex/inf span")
    for k, n in Counter((r["class"], r["kind"]) for r in rows).most_common():
        print(f"  {k[0]:12} {k[1]:15} {n}")
    for k, n in Counter(r["class"] for r in rows).most_common():
        print(f"{k:12} {n}")
    if args.list or args.kind:
        for r in rows:
            if args.kind in (None, r["class"]):
                print(f"[{r['class']}] {r['article']} ({r['source']}) {r['kind']} "
                      f"{r['text']!r} speaker={r['speaker']!r}\n    {r['sentence'].strip()}")


if __name__ == "__main__":
    main()
