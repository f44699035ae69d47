"""PolNeAR's nested direct quotes, and how newsprism gives their speakers (session 28).

    python scripts/nested_statements_polnear.py list ../shared/data/polnear out.json [--split train]
    python scripts/nested_statements_polnear.py diff before.json after.json
    python scripts/nested_statements_polnear.py relays ../shared/data/polnear out.json
    python scripts/nested_statements_polnear.py shapes ../shared/data

``list`` reads the gold (the first annotator, as ``eval quotes`` does) and keeps every
direct quote (speech cue, content inside quotation marks) whose content lies inside
another attribution's content (the smallest such, any cue) and whose Source differs
from that outer relation's Source (no shared characters, no shared capitalised word).
It then runs ``extract_quotes`` on those articles only and says, for each, how the
predicted quote that best overlaps the inner content gives it: ``inner`` (the gold
inner Source, as ``eval quotes`` scores a speaker), ``outer`` (the outer Source),
``unresolved`` (no speaker), ``other``, or ``missed`` (no quote overlaps at 0.3).
``diff`` prints the items whose verdict changed between two such files. The shapes in
docs/eval-quotes.md ("Session 28: statements inside reports") were sorted by reading the
printed lines (outer cue, inner cue, sentence).

On this copy of PolNeAR ``list`` finds nothing: no relation's content lies inside
another's (each stretch of text has one attribution). ``relays`` therefore shows which
level the annotators chose when a quote is told through a relay: ``outer`` rows are
gold relations whose cue is a relay ("according to", "reported", an account, a
transcript, audio), with main's verdict ``right``, ``inner`` (main names someone
inside the relayed content: the person the relay quotes), ``unresolved``, ``other`` or
``missed``; ``inner`` rows are direct quotes with a speech cue of their own in a
sentence that also names a relay ("…,” he told advisers, according to Uzi Arad"),
with main's verdict ``right``, ``outer``, ``unresolved``, ``other`` or ``missed``.
``shapes`` counts four shapes of a statement told inside another by regular expressions
over the text (no gold) of PolNeAR train, BASIL 2010–2012 and the NeuS raw rows 0–505,
and prints the BASIL and NeuS matches to read.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsprism.eval.quotes import (
    GoldQuote,
    Predicted,
    _Words,
    load_split,
    newsprism_system,
    overlap,
    speaker_right,
)

_CAP = re.compile(r"\b[A-Z][\w’']+")


def _text(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    return " … ".join(" ".join(text[a:b].split()) for a, b in spans)


def _differs(text: str, a: GoldQuote, b: GoldQuote) -> bool:
    """Two Sources that share no character and no capitalised word."""
    if any(x < d and c < y for x, y in a.source for c, d in b.source):
        return False
    caps = {w.lower() for s in (a.source,) for w in _CAP.findall(_text(text, s))}
    return not caps & {w.lower() for w in _CAP.findall(_text(text, b.source))}


def nested_items(text: str, quotes: tuple[GoldQuote, ...]) -> list[tuple[GoldQuote, GoldQuote]]:
    """(inner, outer) pairs: a direct speech quote inside another relation's content."""
    words = _Words(text)
    toks = [words.of(q.content) for q in quotes]
    out = []
    for i, q in enumerate(quotes):
        if not (q.speech and q.kind == "direct" and q.source and toks[i]):
            continue
        outers = [j for j, o in enumerate(quotes) if j != i and o.source and
                  toks[i] <= toks[j] and toks[i] != toks[j]]  # fmt: skip
        if not outers:
            continue
        j = min(outers, key=lambda j: len(toks[j]))
        if _differs(text, q, quotes[j]):
            out.append((q, quotes[j]))
    return out


def verdict(text: str, inner: GoldQuote, outer: GoldQuote, pred: list[Predicted]) -> tuple:
    """How the best-overlapping predicted quote gives the inner quote's speaker."""
    words = _Words(text)
    g = words.of(inner.content)
    scored = [(overlap(words.of(p.content), g), n) for n, p in enumerate(pred)]
    best = max(scored, default=(0.0, -1))
    if best[0] < 0.3:
        return "missed", None
    p = pred[best[1]]
    if speaker_right(text, p, inner):
        return "inner", p.speaker
    if speaker_right(text, p, outer):
        return "outer", p.speaker
    return ("unresolved" if p.speaker is None else "other"), p.speaker


def _sentence(text: str, a: int, b: int) -> str:
    lo = max(text.rfind("\n", 0, a), text.rfind(". ", 0, a - 1)) + 1
    hi = text.find("\n", b)
    return " ".join(text[lo : hi if hi > 0 else len(text)].split())[:500]


def run_list(data: Path, out: Path, split: str) -> None:
    from newsprism.extract.nlp import load_nlp

    nlp = load_nlp()
    rows = []
    for art in load_split(data, split):
        items = nested_items(art.text, art.quotes)
        if not items:
            continue
        pred = newsprism_system(nlp(art.text))
        for inner, outer in items:
            v, said = verdict(art.text, inner, outer, pred)
            lo = min(a for a, _ in (*outer.content, *outer.cue, *outer.source))
            rows.append({"article": art.name, "start": inner.content[0][0], "verdict": v,
                         "predicted": said, "inner_source": _text(art.text, inner.source),
                         "inner_cue": inner.cue_text, "outer_source": _text(art.text, outer.source),
                         "outer_cue": outer.cue_text, "outer_speech": outer.speech,
                         "sentence": _sentence(art.text, lo, inner.content[-1][1])})  # fmt: skip
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    for r in rows:
        print(f"[{r['verdict']}] {r['article']}@{r['start']} outer {r['outer_source']!r} "
              f"({r['outer_cue']!r}) inner {r['inner_source']!r} ({r['inner_cue']!r}) "
              f"-> {r['predicted']!r}\n    {r['sentence']}")
    print(Counter(r["verdict"] for r in rows))


_RELAY_CUE = re.compile(r"according to|report|account|transcript|audio", re.I)
_RELAY_FRAME = re.compile(r"according to|\b(?:reported|reports|reporting)\b|as reported by|"
                          r"quot(?:ed|es)\b[^.“\"]{0,80}?\bas (?:saying|telling)", re.I)


def _best(text: str, gold: GoldQuote, pred: list[Predicted]) -> Predicted | None:
    words = _Words(text)
    g = words.of(gold.content)
    scored = [(overlap(words.of(p.content), g), n) for n, p in enumerate(pred)]
    best = max(scored, default=(0.0, -1))
    return pred[best[1]] if best[0] >= 0.3 else None


def relay_verdict(text: str, gold: GoldQuote, pred: list[Predicted]) -> tuple[str, str, object]:
    """(gold's level, main's verdict, main's speaker) for a relayed quote, or ("", …)."""
    lo = min(a for a, _ in (*gold.content, *gold.cue, *gold.source))
    hi = max(b for _, b in (*gold.content, *gold.cue, *gold.source))
    level = ""
    if _RELAY_CUE.search(gold.cue_text):
        level = "outer"
    elif gold.kind == "direct":
        sent = _sentence(text, lo, hi)
        inside = " ".join(text[a:b] for a, b in gold.content)
        if any(m.group(0) not in inside for m in _RELAY_FRAME.finditer(sent)):
            level = "inner"
    if not level:
        return "", "", None
    p = _best(text, gold, pred)
    if p is None:
        return level, "missed", None
    if speaker_right(text, p, gold):
        return level, "right", p.speaker
    if p.speaker is None:
        return level, "unresolved", None
    in_content = any(a <= s < b for s, _ in p.speaker_spans[:1] for a, b in gold.content)
    if level == "outer" and in_content:
        return level, "inner", p.speaker
    if level == "inner" and not in_content and gold.cue and p.speaker_spans and \
            p.speaker_spans[0][0] > gold.cue[-1][1]:  # fmt: skip
        return level, "outer", p.speaker
    return level, "other", p.speaker


def run_relays(data: Path, out: Path, split: str) -> None:
    from newsprism.extract.nlp import load_nlp

    nlp = load_nlp()
    rows = []
    for art in load_split(data, split):
        pred = None
        for g in art.quotes:
            if not (g.speech and g.source):
                continue
            if pred is None and not (_RELAY_CUE.search(g.cue_text) or
                                     _RELAY_FRAME.search(art.text)):  # fmt: skip
                continue
            pred = pred if pred is not None else newsprism_system(nlp(art.text))
            level, v, said = relay_verdict(art.text, g, pred)
            if level:
                lo = min(a for a, _ in (*g.content, *g.cue, *g.source))
                rows.append({"article": art.name, "start": g.content[0][0], "level": level,
                             "verdict": v, "predicted": said, "cue": g.cue_text,
                             "source": _text(art.text, g.source),
                             "sentence": _sentence(art.text, lo, g.content[-1][1])})  # fmt: skip
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    for r in rows:
        print(f"[{r['level']} {r['verdict']}] {r['article']}@{r['start']} gold {r['source']!r} "
              f"({r['cue']!r}) -> {r['predicted']!r}\n    {r['sentence']}")
    print(Counter((r["level"], r["verdict"]) for r in rows))

_DOC = (r"(?:poll|survey|report|memo|memorandum|cable|letter|study|ad|advertisement|e-?mail|"
        r"document|filing|complaint|lawsuit|indictment|transcript|assessment|analysis|audit|"
        r"tweet|message|note|website|article|book|column|editorial|commercial|video|account|"
        r"recording|audio)s?")
_SV = (r"(?:said|says|told|tells|wrote|writes|stated|states|added|adds|asked|replied|warned|"
       r"noted|declared|insisted|explained|argued|claimed|recalled)")
_FREE = r"[^.\n“\"”]"
SHAPES = {
    "according to X, Y said “…” / “…,” Y said, according to X": re.compile(
        rf"according to {_FREE}{{2,80}}?,\s+(?:the |a |an )?[\w .’'-]{{2,60}}?\b{_SV}\b"
        rf"{_FREE}{{0,40}}?[“\"]|[”\"],?\s+[\w .’'-]{{2,60}}?\b{_SV}\b{_FREE}{{0,60}}?,?\s+"
        r"according to\b", re.I),
    "“…,” Y said, X reported / as reported by X": re.compile(
        rf"[”\"],?\s+[\w .’'-]{{2,60}}?\b{_SV}\b{_FREE}{{0,60}}?,\s+(?:[\w .’'-]{{2,40}}?"
        r"\b(?:reported|reports)\b|as reported by)", re.I),
    "X quoted Y as saying": re.compile(
        rf"\bquot(?:ed|es|ing)\b{_FREE}{{1,80}}?\bas (?:saying|telling|writing)\b", re.I),
    "X said a poll / a document showed (said, claimed) “…”": re.compile(
        rf"\b{_SV}\b{_FREE}{{0,150}}?\b(?:the|a|an|his|her|their|its|this|that)\s+"
        rf"(?:[\w\-]+\s+){{0,4}}?{_DOC}\b{_FREE}{{0,60}}?\b(?:said|says|showed|shows|found|"
        r"finds|stated|states|read|reads|concluded|noted|warned|claimed|declared|called|"
        rf"described)\b{_FREE}{{0,60}}?[“\"‘]", re.I),
}


def _shape_texts(data: Path) -> dict[str, dict[str, str]]:
    """set -> key -> text: PolNeAR train, BASIL 2010–2012, the NeuS raw rows."""
    out: dict[str, dict[str, str]] = {"PolNeAR train": {}, "BASIL 2010–12": {},
                                      "NeuS raw rows 0–505": {}}  # fmt: skip
    for p in sorted((data / "polnear" / "train" / "text").glob("*.txt")):
        out["PolNeAR train"][p.stem] = p.read_text("utf-8")
    for year in ("2010", "2011", "2012"):
        for p in sorted((data / "basil" / "articles" / year).glob("*.json")):
            art = json.loads(p.read_text("utf-8"))
            out["BASIL 2010–12"][p.stem] = " ".join(
                " ".join(x) if isinstance(x, list) else x for x in art["body-paragraphs"])
    crawl = data / "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
    for i, line in enumerate(crawl.read_text("utf-8").splitlines()):
        for side, news in json.loads(line)["news"].items():
            out["NeuS raw rows 0–505"][f"{i}/{side}"] = " ".join(news["newBody"])
    return out


def run_shapes(data: Path) -> None:
    for name, texts in _shape_texts(data).items():
        counts: Counter[str] = Counter()
        for key, text in texts.items():
            for shape, pattern in SHAPES.items():
                for m in pattern.finditer(text):
                    counts[shape] += 1
                    if not name.startswith("PolNeAR"):
                        print(f"  {name} {key}: "
                              f"{' '.join(text[max(0, m.start() - 60) : m.end() + 40].split())}")
        print(name, len(texts), {s: counts[s] for s in SHAPES})


def run_diff(before: Path, after: Path) -> None:
    old, new = (json.loads(p.read_text("utf-8")) for p in (before, after))
    key = {(r["article"], r["start"]): r for r in old}
    for r in new:
        o = key.get((r["article"], r["start"]))
        if o and (o["verdict"], o["predicted"]) != (r["verdict"], r["predicted"]):
            print(f"{r['article']}@{r['start']}: {o['verdict']} {o['predicted']!r} -> "
                  f"{r['verdict']} {r['predicted']!r}\n    {r['sentence']}")
    print("before", Counter(r["verdict"] for r in old))
    print("after ", Counter(r["verdict"] for r in new))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    lp = sub.add_parser("list")
    lp.add_argument("data", type=Path)
    lp.add_argument("out", type=Path)
    lp.add_argument("--split", default="train")
    rp = sub.add_parser("relays")
    rp.add_argument("data", type=Path)
    rp.add_argument("out", type=Path)
    rp.add_argument("--split", default="train")
    sp = sub.add_parser("shapes")
    sp.add_argument("data", type=Path)
    dp = sub.add_parser("diff")
    dp.add_argument("before", type=Path)
    dp.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "list":
        run_list(args.data, args.out, args.split)
    elif args.cmd == "shapes":
        run_shapes(args.data)
    elif args.cmd == "relays":
        run_relays(args.data, args.out, args.split)
    else:
        run_diff(args.before, args.after)


if __name__ == "__main__":
    main()
