"""Every default framing flag of BASIL 2010–2012 with where it came from, to sort the
flags that touch no bias span (issue 14: the touching share).

Runs in the project's venv (the training years only; 2013–2014 is never read here):

    PYTHONPATH=src python scripts/framing_touch_kinds.py --data ../shared/data \\
        --out /tmp/touch.json
    PYTHONPATH=src python scripts/framing_touch_kinds.py --show /tmp/touch.json \\
        [--list KIND]

``framing_changed_flags.py`` keeps a flag's kind and voice; a reader sorting the
untouched ones also needs what made it: the layer (detector or which lexicon layer),
the lexicon entry and its category or connotation, the detector's score, the bias
word lists holding its words, and the words' parts of speech. Each flag gets
``framing_untouched_flags.kind_of``'s class (name, quoted, reported, attribution,
topic, own) and whether it touches a ``lex`` or ``inf`` span. docs/eval-framing.md,
"Session 29: flags that touch no span".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from framing_changed_flags import basil_articles
from framing_untouched_flags import _touch, kind_of


def _sources(framing) -> dict[tuple[int, int], dict]:
    """What made each flagged span: the layer, its entry and its score."""
    out: dict[tuple[int, int], dict] = {}
    for t in framing.terms:
        for s in t.spans:
            out[(s.start, s.end)] = {"layer": "term", "entry": t.term, "category": t.category}
    for a in framing.attributions:
        out[(a.span.start, a.span.end)] = {"layer": "attribution", "entry": a.verb,
                                           "category": a.connotation}  # fmt: skip
    for h in framing.hedges:
        out[(h.span.start, h.span.end)] = {"layer": "hedge", "entry": h.hedge,
                                           "category": h.connotation}  # fmt: skip
    for w in framing.loaded:
        out[(w.span.start, w.span.end)] = {"layer": "detector", "entry": w.term,
                                           "score": round(w.score, 3)}  # fmt: skip
    return out


def _lists(words) -> list[str]:
    """The bias word lists (framing_evidence.json) holding any of ``words``."""
    from newsprism.extract.framing.evidence import LISTS, evidence_lists

    lists = evidence_lists()
    return [n for n in LISTS if any(t.lower_ in lists[n] or t.lemma_.lower() in lists[n]
                                    for t in words)]  # fmt: skip


def dump(articles: list[dict]) -> list[dict]:
    """One row per flag of the default output, with its source, class and touch."""
    from newsprism.extract.framing import frame_doc
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    rows = []
    for a, doc in zip(articles, load_nlp().pipe(a["text"] for a in articles), strict=True):
        framing = frame_doc(doc, quotes=extract_quotes(doc))
        made = _sources(framing)
        lemmas = Counter(t.lemma_.lower() for t in doc if t.is_alpha)
        for s, kind in framing.spans():
            f = {"kind": kind, "start": s.start, "end": s.end, "text": s.text,
                 "in_quote": s.in_quote, "speaker": s.speaker}  # fmt: skip
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            words = [t for t in span if t.is_alpha] if span is not None else []
            rows.append({**f, **made.get((s.start, s.end), {"layer": kind}),
                         "article": a["name"], "source": a["source"],
                         "class": kind_of(f, doc, lemmas),
                         "touch": any(_touch(s.start, s.end, g[0], g[1]) for g in a["gold"]),
                         "lex_spans": [i for i, g in enumerate(a["gold"]) if g[2] == "lex"
                                       and _touch(s.start, s.end, g[0], g[1])],
                         "pos": [t.pos_ for t in words],
                         "lemmas": [t.lemma_.lower() for t in words], "lists": _lists(words),
                         "sentence": span.sent.text.strip() if span else ""})  # fmt: skip
    return rows


def show(rows: list[dict], listed: str | None) -> None:
    """Counts by layer, category and class, touching and not; ``listed`` prints rows."""
    untouched = [r for r in rows if not r["touch"]]
    print(f"{len(rows)} flags, {len(rows) - len(untouched)} touching, {len(untouched)} not")
    by = Counter((r["layer"], r.get("category") or r["kind"], r["class"]) for r in untouched)
    hit = Counter((r["layer"], r.get("category") or r["kind"], r["class"]) for r in rows
                  if r["touch"])  # fmt: skip
    for k, n in sorted(by.items(), key=lambda kv: -kv[1]):
        print(f"  {k[0]:12} {k[1]!s:22} {k[2]:12} untouched {n:4}  touching {hit[k]:3}")
    for r in untouched if listed else []:
        key = f"{r['layer']}/{r.get('category') or r['kind']}/{r['class']}"
        if listed in ("all", key) or key.startswith(listed):
            print(f"[{key}] {r['article']} ({r['source']}) {r['text']!r} entry={r.get('entry')}"
                  f" score={r.get('score')} lists={','.join(r['lists'])} "
                  f"speaker={r['speaker']!r}\n    {r['sentence']}")


def tsv(rows: list[dict]) -> None:
    """Every untouched flag, one line each: word, class, layer, entry, voice, score."""
    print("article\tsource\ttext\tclass\tlayer\tentry\tcategory\tvoice\tscore\tlists\tpos")
    for r in rows:
        if r["touch"]:
            continue
        voice = "quoted" if r["in_quote"] else (f"reported:{r['speaker']}" if r["speaker"]
                                                else "outlet")  # fmt: skip
        print("\t".join(str(x) for x in (
            r["article"], r["source"], r["text"].replace("\n", " "), r["class"], r["layer"],
            r.get("entry") or "", r.get("category") or "", voice, r.get("score", ""),
            ",".join(r["lists"]), "/".join(r["pos"]))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", type=Path)
    parser.add_argument("--list", default=None, help="all, or layer[/category[/class]]")
    parser.add_argument("--tsv", action="store_true", help="every untouched flag, one a line")
    args = parser.parse_args()
    if args.show and args.tsv:
        tsv(json.loads(args.show.read_text("utf-8")))
        return
    if args.show:
        show(json.loads(args.show.read_text("utf-8")), args.list)
        return
    if args.out is None:
        sys.exit("--out or --show")
    args.out.write_text(json.dumps(dump(basil_articles(args.data))), "utf-8")


if __name__ == "__main__":
    main()
